import type { PlaceTranslations } from '../../domain/help.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** The languages a place is translated into: every shipped one but Swedish, which is the place itself. */
export const PLACE_LANGUAGES = LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE);

interface PlaceTranslationsProps {
  idPrefix: string;
  value: PlaceTranslations;
  onChange: (value: PlaceTranslations) => void;
}

/**
 * The place in the other languages, folded away under a line that says how many are written: one
 * row per language, each field in its own language and direction. An empty one shows the Swedish.
 */
export function PlaceTranslationsFields({ idPrefix, value, onChange }: PlaceTranslationsProps) {
  const { t } = useTranslation();
  const written = PLACE_LANGUAGES.filter((l) => value[l.code]?.trim()).length;
  return (
    <details class="place-translations">
      <summary>{t('placeTranslations.summary', { written, total: PLACE_LANGUAGES.length })}</summary>
      <p class="hint" id={`${idPrefix}-place-translations-hint`}>
        {t('placeTranslations.hint')}
      </p>
      <table>
        <caption class="visually-hidden">{t('placeTranslations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('placeTranslations.language')}</th>
            <th scope="col">{t('placeTranslations.place')}</th>
          </tr>
        </thead>
        <tbody>
          {PLACE_LANGUAGES.map((l) => (
            <tr key={l.code}>
              <th scope="row">
                <label for={`${idPrefix}-place-${l.code}`} lang={l.htmlLang} dir={l.dir}>
                  {l.nativeName}
                </label>
              </th>
              <td>
                <input
                  id={`${idPrefix}-place-${l.code}`}
                  lang={l.htmlLang}
                  dir={l.dir}
                  maxLength={200}
                  aria-describedby={`${idPrefix}-place-translations-hint`}
                  value={value[l.code] ?? ''}
                  onInput={(e) => onChange({ ...value, [l.code]: e.currentTarget.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The translations as they are saved: trimmed, and a language left empty left out (it shows the Swedish). */
export function placeTranslationsToSave(value: PlaceTranslations): PlaceTranslations {
  return Object.fromEntries(
    PLACE_LANGUAGES.flatMap((l) => {
      const text = value[l.code]?.trim();
      return text ? [[l.code, text]] : [];
    }),
  );
}
