import type { Language } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { chooseLanguageIn, chooseLanguageInEach } from '../first-screen/strings.js';

/**
 * Every language by its own name in its own script (never a flag), each a large button; the
 * heading says "choose language" in all of them, since the visitor has not chosen yet. `languages`:
 * those this kiosk offers, in its order.
 */
export function LanguageChooser({
  languages,
  onChoose,
}: {
  languages: readonly Language[];
  onChoose: (code: string) => void;
}) {
  const { lang } = useTranslation();
  return (
    <main class="languages">
      <h1>{chooseLanguageIn(lang)}</h1>
      <p class="choose-in-every-language">
        {chooseLanguageInEach(lang, languages).map(({ language, text }) => (
          <span key={language.code} lang={language.htmlLang} dir={language.dir}>
            {text}
          </span>
        ))}
      </p>
      <ul class="language-list">
        {languages.map((language) => (
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
