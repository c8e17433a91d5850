import { useTranslation } from '../../i18n/use-translation.js';
import { CONSOLE_LANGUAGES, changeConsoleLanguage } from '../i18n.js';

/** The console's language, each named in itself; the pressed one is the language in use. */
export function LanguageSwitch() {
  const { t, lang } = useTranslation();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('app.language')}</legend>
      {CONSOLE_LANGUAGES.map(({ code, nativeName }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => void changeConsoleLanguage(code)}
        >
          {nativeName}
        </button>
      ))}
    </fieldset>
  );
}
