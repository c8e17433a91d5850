import type { Language } from '../../domain/languages.js';
import type { PlaceStatusRow, TranslationStatus } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { StatusChip } from '../components/status-chip.js';

interface PlaceStatusProps {
  places: PlaceStatusRow[];
  languages: readonly Language[];
  /** Only places with this status in one of the languages shown; empty: all. */
  status: TranslationStatus | '';
}

/**
 * Beside the guides: each library's place in the building per language, missing where visitors
 * reading that language see the Swedish. Helpers write them under Times.
 */
export function PlaceStatus({ places, languages, status }: PlaceStatusProps) {
  const { t } = useTranslation();
  const shown = places.filter((p) => !status || languages.some((l) => p.status[l.code] === status));
  if (places.length === 0) return null;
  return (
    <section aria-labelledby="place-status-heading">
      <h2 id="place-status-heading">{t('placeTranslations.statusHeading')}</h2>
      <p class="hint">{t('placeTranslations.statusHint')}</p>
      <div class="table-scroll">
        <table class="guide-table place-status">
          <caption class="visually-hidden">{t('placeTranslations.statusCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('placeTranslations.branch')}</th>
              {languages.map((l) => (
                <th key={l.code} scope="col">
                  <span lang={l.htmlLang} dir={l.dir}>
                    {l.nativeName}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  <br />
                  <span class="hint" lang="sv">
                    {p.place}
                  </span>
                </th>
                {languages.map((l) => (
                  <td key={l.code}>
                    <StatusChip status={p.status[l.code] ?? 'missing'} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
