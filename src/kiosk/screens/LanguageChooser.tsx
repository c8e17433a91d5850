import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** "Choose language" in one language, from the bundle every language has from the start. */
export function chooseLanguageIn(code: string): string {
  return i18next.getFixedT(code, 'common')('attract.chooseLanguage');
}

/**
 * The languages with their own words for "choose language" (easy Swedish says it as Swedish
 * does, so it is not said twice).
 */
export function chooseLanguageInEach(except?: string, languages: readonly Language[] = LANGUAGES) {
  const seen = new Set(except ? [chooseLanguageIn(except)] : []);
  return languages.flatMap((language) => {
    const text = chooseLanguageIn(language.code);
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ language, text }];
  });
}

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
