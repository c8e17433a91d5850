import i18next from 'i18next';
import svCommon from '../../locales/sv/common.json';
import svKiosk from '../../locales/sv/kiosk.json';
import { languageFor, SOURCE_LANGUAGE } from '../domain/languages.js';

type Bundle = Record<string, unknown>;

/**
 * Swedish (the default and the fallback) is in the main bundle, so the first screen waits for no
 * further file. Every other language is its own small chunk, loaded when chosen and precached by
 * the service worker, so all of them work offline.
 */
const lazyBundles = import.meta.glob<Bundle>(['../../locales/*/*.json', '!../../locales/sv/*.json'], {
  import: 'default',
});

export const NAMESPACES = ['common', 'kiosk'] as const;

async function loadLanguage(code: string): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (i18next.hasResourceBundle(code, ns)) return;
      const load = lazyBundles[`../../locales/${code}/${ns}.json`];
      if (load) i18next.addResourceBundle(code, ns, await load());
    }),
  );
}

/** Starts i18next in Swedish, synchronously (its strings are bundled). */
export function initI18n(code: string = SOURCE_LANGUAGE): void {
  void i18next.init({
    lng: code,
    fallbackLng: SOURCE_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'kiosk',
    resources: { sv: { common: svCommon, kiosk: svKiosk } },
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    initAsync: false,
  });
  applyDocumentLanguage(code);
}

/** Switches language: loads its strings, then sets `<html lang dir>`. */
export async function changeLanguage(code: string): Promise<void> {
  await loadLanguage(code);
  await i18next.changeLanguage(code);
  applyDocumentLanguage(code);
}

function applyDocumentLanguage(code: string): void {
  const language = languageFor(code);
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
