/**
 * The languages the kiosk ships, each named in its own script (never as a flag).
 * `htmlLang` is what goes in `<html lang>`: easy Swedish is Swedish to a screen reader.
 */
export interface Language {
  code: string;
  nativeName: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'sv', nativeName: 'Svenska', htmlLang: 'sv', dir: 'ltr' },
  { code: 'en', nativeName: 'English', htmlLang: 'en', dir: 'ltr' },
];

export const SOURCE_LANGUAGE = 'sv';

/** The language entry for a code, falling back to the source language. */
export function languageFor(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as Language);
}
