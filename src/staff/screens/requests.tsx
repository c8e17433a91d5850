import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { useRefresh } from '../components/use-refresh.js';
import { type BookingFilters, bookingsCsvUrl, helpApi } from '../help-api-client.js';
import { Counts } from '../requests/counts.js';
import { effectiveFilters, Filters } from '../requests/filters.js';
import type { RequestContext } from '../requests/request-context.js';
import { RequestList } from '../requests/request-list.js';
import { RetentionNote } from '../requests/retention-note.js';
import { slotName } from '../requests/slot-names.js';
import { addDays, todayAtLibrary } from '../times/dates.js';
import { PREVIEW_DAYS } from '../times/slot-preview.js';
import { useTopics } from '../times/use-topics.js';

/**
 * The helpers' inbox: visitors' requests from the kiosks, by day, with what to do about each;
 * follow-up for those still to place; a CSV of what is shown; and anonymous figures.
 */
export function Requests() {
  const { t, lang } = useTranslation();
  const today = todayAtLibrary();
  const [filters, setFilters] = useState<BookingFilters>({
    from: today,
    to: addDays(today, PREVIEW_DAYS - 1),
    branch: '',
    language: '',
    topic: '',
    status: '',
    followUp: false,
    reference: '',
  });
  const shown = effectiveFilters(filters, today);
  const query = JSON.stringify(shown);
  const bookings = useLoad(() => helpApi.bookings(shown), [query]);
  const times = useLoad(() => helpApi.times(), []);
  // The slots a request can be moved to; loaded again after every change, as places change.
  const slots = useLoad(() => helpApi.slots(today, PREVIEW_DAYS), [today]);
  const topics = useTopics();
  const [status, setStatus] = useState('');

  const context: RequestContext = {
    topicName: topics.nameOf,
    slotName: (id) => slotName(id, slots.data?.slots ?? [], times.data?.patterns ?? [], lang),
    slots: slots.data?.slots ?? [],
  };

  // New requests come from the kiosks at any time: look again every half minute while the page is seen.
  useRefresh(bookings.reload);

  const changed = async (message: string) => {
    setStatus(message);
    await Promise.all([bookings.reload(), slots.reload()]);
  };

  const list = bookings.data?.bookings ?? [];
  return (
    <section class="requests">
      <ScreenHeading title={t('requests.heading')}>{t('requests.heading')}</ScreenHeading>
      <RetentionNote />
      <Filters value={filters} branches={times.data?.branches ?? []} topics={topics} onChange={setFilters} />
      <div class="list-tools">
        <p role="status" class="count">
          {bookings.data ? t('requests.count', { count: list.length }) : t('app.loading')}
        </p>
        <a class="button-link" href={bookingsCsvUrl(shown)} download>
          {t('requests.csv')}
        </a>
      </div>
      <p role="status" class="success">
        {status}
      </p>
      <ProblemMessage error={bookings.error ?? times.error ?? slots.error} />
      {bookings.data && list.length === 0 && <p>{filters.followUp ? t('requests.noFollowUp') : t('requests.none')}</p>}
      <RequestList bookings={list} context={context} onChanged={changed} />
      <Counts branches={times.data?.branches ?? []} topicName={topics.nameOf} />
    </section>
  );
}
