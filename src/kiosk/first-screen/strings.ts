import { LANGUAGES, type Language, SOURCE_LANGUAGE } from '../../domain/languages.js';

interface CommonStrings {
  app?: { name?: string };
  attract?: { welcome?: string; start?: string; chooseLanguage?: string };
}

/**
 * The `common` strings of every language, straight from locales/<lang>/common.json (the same files
 * i18next reads later), so the first screen needs no i18next and there is no second copy to keep.
 */
const bundles = import.meta.glob<CommonStrings>('../../../locales/*/common.json', { import: 'default', eager: true });
const bundleOf = (code: string) => bundles[`../../../locales/${code}/common.json`] ?? {};
const source = bundleOf(SOURCE_LANGUAGE);

/** What the welcome screen says in one language. */
export interface AttractStrings {
  name: string;
  welcome: string;
  start: string;
}

/** The welcome screen's strings in one language; a string it lacks is the source language's, as i18next falls back. */
export function attractStrings(code: string): AttractStrings {
  const own = bundleOf(code);
  return {
    name: own.app?.name ?? source.app?.name ?? '',
    welcome: own.attract?.welcome ?? source.attract?.welcome ?? '',
    start: own.attract?.start ?? source.attract?.start ?? '',
  };
}

/** "Choose language" in one language. */
export function chooseLanguageIn(code: string): string {
  return bundleOf(code).attract?.chooseLanguage ?? source.attract?.chooseLanguage ?? '';
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
