import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** Every language by its own name in its own script (never a flag), each a large button. */
export function LanguageChooser({ onChoose }: { onChoose: (code: string) => void }) {
  const { t, lang } = useTranslation();
  return (
    <main class="languages">
      <h1>{t('languages.heading')}</h1>
      <ul class="language-list">
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              class="language-button"
              lang={language.htmlLang}
              dir={language.dir}
              aria-current={language.code === lang ? 'true' : undefined}
              onClick={() => onChoose(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
