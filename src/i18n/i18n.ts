import i18next, { type i18n } from 'i18next';
import { languageFor } from '../domain/languages.js';

type Bundle = Record<string, unknown>;

/**
 * Every locale file, loaded on demand: each language is its own small chunk, precached by the
 * service worker so every language works offline while only the first one costs start-up time.
 */
const bundles = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default' });

export const NAMESPACES = ['common', 'kiosk'] as const;

async function loadLanguage(instance: i18n, code: string): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (instance.hasResourceBundle(code, ns)) return;
      const load = bundles[`../../locales/${code}/${ns}.json`];
      if (load) instance.addResourceBundle(code, ns, await load());
    }),
  );
}

/** Starts i18next in the given language, with Swedish loaded as the fallback. */
export async function initI18n(code: string): Promise<i18n> {
  await i18next.init({
    lng: code,
    fallbackLng: 'sv',
    ns: [...NAMESPACES],
    defaultNS: 'kiosk',
    resources: {},
    interpolation: { escapeValue: false }, // Preact escapes text itself.
  });
  await Promise.all([loadLanguage(i18next, code), loadLanguage(i18next, 'sv')]);
  applyDocumentLanguage(code);
  return i18next;
}

/** Switches language: loads its strings, then sets `<html lang dir>`. */
export async function changeLanguage(code: string): Promise<void> {
  await loadLanguage(i18next, code);
  await i18next.changeLanguage(code);
  applyDocumentLanguage(code);
}

function applyDocumentLanguage(code: string): void {
  const language = languageFor(code);
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
