/**
 * The languages the kiosk ships, each named in its own script (never as a flag), in the order the
 * language chooser shows them. `htmlLang` is what goes in `lang` attributes (easy Swedish is
 * Swedish to a screen reader); `speechLang` is the BCP 47 tag used to pick a text-to-speech voice.
 */
export interface Language {
  code: string;
  nativeName: string;
  htmlLang: string;
  speechLang: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'sv', nativeName: 'Svenska', htmlLang: 'sv', speechLang: 'sv-SE', dir: 'ltr' },
  { code: 'sv-x-easy', nativeName: 'Lätt svenska', htmlLang: 'sv', speechLang: 'sv-SE', dir: 'ltr' },
  { code: 'en', nativeName: 'English', htmlLang: 'en', speechLang: 'en-GB', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', htmlLang: 'ar', speechLang: 'ar', dir: 'rtl' },
  { code: 'so', nativeName: 'Soomaali', htmlLang: 'so', speechLang: 'so', dir: 'ltr' },
  { code: 'ti', nativeName: 'ትግርኛ', htmlLang: 'ti', speechLang: 'ti', dir: 'ltr' },
  { code: 'prs', nativeName: 'دری', htmlLang: 'prs', speechLang: 'fa-AF', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', htmlLang: 'fa', speechLang: 'fa-IR', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', htmlLang: 'uk', speechLang: 'uk-UA', dir: 'ltr' },
];

export const SOURCE_LANGUAGE = 'sv';

/** The language entry for a code, falling back to the source language. */
export function languageFor(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as Language);
}
