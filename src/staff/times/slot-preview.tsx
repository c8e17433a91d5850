import type { Branch } from '../../domain/help.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';
import { formatShortDay, todayAtLibrary } from './dates.js';
import { LanguageNames } from './labels.js';

export const PREVIEW_DAYS = 14;

interface SlotPreviewProps {
  branches: Branch[];
  /** Changes whenever times are saved, so the preview is loaded again. */
  version: number;
}

interface Row {
  key: string;
  branchId: string;
  date: string;
  start: string;
  end: string;
  languages: string[];
  /** Null for drop-in hours, which have no places. */
  places: { left: number; capacity: number } | null;
}

/** The sessions the patterns give for the next two weeks, exceptions left out: what kiosks offer. */
export function SlotPreview({ branches, version }: SlotPreviewProps) {
  const { t, lang } = useTranslation();
  const today = todayAtLibrary();
  const loaded = useLoad(() => helpApi.slots(today, PREVIEW_DAYS), [today, version]);
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const rows: Row[] = [
    ...(loaded.data?.slots ?? []).map((s) => ({
      ...s,
      key: s.id,
      places: { left: s.placesLeft, capacity: s.capacity },
    })),
    ...(loaded.data?.dropIns ?? []).map((d) => ({ ...d, key: `${d.branchId}@${d.date}@${d.start}`, places: null })),
  ].sort(
    (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.branchId.localeCompare(b.branchId),
  );

  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('times.previewHeading', { count: PREVIEW_DAYS })}</h2>
      <ProblemMessage error={loaded.error} />
      {!loaded.data && !loaded.error && <p aria-busy="true">{t('app.loading')}</p>}
      {loaded.data && rows.length === 0 && <p>{t('times.previewEmpty')}</p>}
      {rows.length > 0 && (
        <table class="preview-table" aria-busy={loaded.loading}>
          <caption class="visually-hidden">{t('times.previewCaption', { count: PREVIEW_DAYS })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('times.date')}</th>
              <th scope="col">{t('times.time')}</th>
              <th scope="col">{t('times.branch')}</th>
              <th scope="col">{t('times.languages')}</th>
              <th scope="col">{t('times.placesLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  <time dateTime={r.date}>{formatShortDay(r.date, lang)}</time>
                </th>
                <td>
                  {r.start}–{r.end}
                </td>
                <td>{branchName(r.branchId)}</td>
                <td>
                  <LanguageNames codes={r.languages} none="–" />
                </td>
                <td>
                  {r.places
                    ? t('times.placesOf', { left: r.places.left, capacity: r.places.capacity })
                    : t('times.dropInNoBooking')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
