import i18next from 'i18next';
import svKiosk from '../../locales/sv/kiosk.json';
import { SOURCE_LANGUAGE } from '../domain/languages.js';
import { applyDocumentLanguage } from './document-language.js';

type Bundle = Record<string, unknown>;

/**
 * `common` (a few strings, among them the attract screen's greeting in every language) is in the
 * main bundle for all languages. `kiosk` is in the main bundle for Swedish (the default and the
 * fallback) and its own small chunk for every other language, loaded when chosen and precached by
 * the service worker, so every language works offline.
 */
const commonBundles = import.meta.glob<Bundle>('../../locales/*/common.json', { import: 'default', eager: true });
const kioskBundles = import.meta.glob<Bundle>(['../../locales/*/kiosk.json', '!../../locales/sv/kiosk.json'], {
  import: 'default',
});

const codeOf = (path: string) => path.split('/').at(-2) ?? '';

/** Starts i18next in the given language, synchronously (what the first screen needs is bundled). */
export function initI18n(code: string = SOURCE_LANGUAGE): void {
  const resources: Record<string, Record<string, Bundle>> = { sv: { kiosk: svKiosk } };
  for (const [path, bundle] of Object.entries(commonBundles)) {
    resources[codeOf(path)] = { ...resources[codeOf(path)], common: bundle };
  }
  void i18next.init({
    lng: code,
    fallbackLng: SOURCE_LANGUAGE,
    ns: ['common', 'kiosk'],
    defaultNS: 'kiosk',
    resources,
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    initAsync: false,
  });
  applyDocumentLanguage(code);
}

/** Switches language: loads its strings, then sets `<html lang dir>`. */
export async function changeLanguage(code: string): Promise<void> {
  const load = kioskBundles[`../../locales/${code}/kiosk.json`];
  if (load && !i18next.hasResourceBundle(code, 'kiosk')) i18next.addResourceBundle(code, 'kiosk', await load());
  await i18next.changeLanguage(code);
  applyDocumentLanguage(code);
}
