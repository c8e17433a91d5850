import type { InboxBooking } from '../../domain/help-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { formatDay, todayAtLibrary } from '../times/dates.js';
import type { RequestContext } from './request-context.js';
import { RequestRow } from './request-row.js';

interface RequestListProps {
  bookings: InboxBooking[];
  context: RequestContext;
  onChanged: (message: string) => Promise<void>;
}

interface Group {
  /** The date, or null for requests with no time yet (shown first: they need a helper most). */
  date: string | null;
  bookings: InboxBooking[];
}

function groupsOf(bookings: readonly InboxBooking[]): Group[] {
  const byDate = new Map<string | null, InboxBooking[]>();
  const sorted = [...bookings].sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  for (const booking of sorted) byDate.set(booking.date, [...(byDate.get(booking.date) ?? []), booking]);
  return [...byDate].map(([date, list]) => ({ date, bookings: list }));
}

/** The requests, a table per day under the day's heading. */
export function RequestList({ bookings, context, onChanged }: RequestListProps) {
  const { t, lang } = useTranslation();
  const today = todayAtLibrary();
  return (
    <>
      {groupsOf(bookings).map((group) => {
        const heading =
          group.date === null
            ? t('requests.noTimeYetHeading')
            : group.date === today
              ? t('requests.today', { date: formatDay(group.date, lang) })
              : formatDay(group.date, lang);
        const id = `requests-${group.date ?? 'no-time'}`;
        return (
          <section key={id} aria-labelledby={id} class="request-day">
            <h2 id={id}>
              {group.date ? <time dateTime={group.date}>{heading}</time> : heading}{' '}
              <span class="count">{t('requests.countInDay', { count: group.bookings.length })}</span>
            </h2>
            <div class="table-scroll">
              <table class="request-table">
                <caption class="visually-hidden">{t('requests.caption', { day: heading })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('requests.reference')}</th>
                    <th scope="col">{t('requests.time')}</th>
                    <th scope="col">{t('requests.topicAndLanguage')}</th>
                    <th scope="col">{t('requests.visitor')}</th>
                    <th scope="col">{t('requests.askedFor')}</th>
                    <th scope="col">{t('requests.status')}</th>
                    <th scope="col">{t('requests.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.bookings.map((b) => (
                    <RequestRow key={b.id} booking={b} context={context} onChanged={onChanged} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
