import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

interface LanguageChoiceProps {
  idPrefix: string;
  value: string[];
  invalid: boolean;
  onChange: (value: string[]) => void;
}

/** The languages the helper speaks, each named in itself as on the kiosk. */
export function LanguageChoice({ idPrefix, value, invalid, onChange }: LanguageChoiceProps) {
  const { t } = useTranslation();
  const toggle = (code: string, on: boolean) =>
    // Kept in the kiosk's order, whatever order they were ticked in.
    onChange(LANGUAGES.map((l) => l.code).filter((c) => (c === code ? on : value.includes(c))));
  return (
    <fieldset class="language-choice" aria-describedby={invalid ? `${idPrefix}-languages-error` : undefined}>
      <legend>{t('times.languages')}</legend>
      {invalid && (
        <p class="field-error" id={`${idPrefix}-languages-error`}>
          {t('times.languagesMissing')}
        </p>
      )}
      <div class="checkbox-row">
        {LANGUAGES.map((l) => (
          <div class="inline-field" key={l.code}>
            <input
              id={`${idPrefix}-language-${l.code}`}
              type="checkbox"
              checked={value.includes(l.code)}
              onChange={(e) => toggle(l.code, e.currentTarget.checked)}
            />
            <label for={`${idPrefix}-language-${l.code}`} lang={l.htmlLang} dir={l.dir}>
              {l.nativeName}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
