import i18next from 'i18next';
import { LANGUAGES } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** "Choose language" in one language, from the bundle every language has from the start. */
export function chooseLanguageIn(code: string): string {
  return i18next.getFixedT(code, 'common')('attract.chooseLanguage');
}

/**
 * Every language by its own name in its own script (never a flag), each a large button; the
 * heading says "choose language" in all of them, since the visitor has not chosen yet.
 */
export function LanguageChooser({ onChoose }: { onChoose: (code: string) => void }) {
  const { lang } = useTranslation();
  return (
    <main class="languages">
      <h1>{chooseLanguageIn(lang)}</h1>
      <p class="choose-in-every-language">
        {LANGUAGES.filter((l) => l.code !== lang).map((l) => (
          <span key={l.code} lang={l.htmlLang} dir={l.dir}>
            {chooseLanguageIn(l.code)}
          </span>
        ))}
      </p>
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
