import { LANGUAGES, type Language, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { WELCOME_KEYS } from './script-fonts.js';

type CommonStrings = Record<string, unknown>;

/** The `common` keys the first screen reads (written out whole in WELCOME_KEYS, so the translation check sees them used). */
type FirstScreenKey = (typeof WELCOME_KEYS)[number];

/**
 * The `common` strings of every language, straight from locales/<lang>/common.json (the same files
 * i18next reads later), so the first screen needs no i18next and there is no second copy to keep.
 */
const bundles = import.meta.glob<CommonStrings>('../../../locales/*/common.json', { import: 'default', eager: true });
const bundleOf = (code: string) => bundles[`../../../locales/${code}/common.json`] ?? {};

/** A string in one language; one it lacks is the source language's, as i18next falls back. */
function stringIn(code: string, key: FirstScreenKey): string {
  const at = (bundle: CommonStrings): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node as CommonStrings | undefined)?.[part], bundle);
  const own = at(bundleOf(code));
  if (typeof own === 'string') return own;
  const source = at(bundleOf(SOURCE_LANGUAGE));
  return typeof source === 'string' ? source : '';
}

/** What the welcome screen says in one language. */
export interface AttractStrings {
  name: string;
  welcome: string;
  start: string;
}

/** The welcome screen's strings in one language. */
export function attractStrings(code: string): AttractStrings {
  return {
    name: stringIn(code, 'app.name'),
    welcome: stringIn(code, 'attract.welcome'),
    start: stringIn(code, 'attract.start'),
  };
}

/** "Choose language" in one language. */
export function chooseLanguageIn(code: string): string {
  return stringIn(code, 'attract.chooseLanguage');
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
