import i18next, { type TFunction } from 'i18next';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';

type Bundle = Record<string, unknown>;

/**
 * The kiosk's string files, as addresses of copies the build emits (never inlined: the CSP lets
 * the console fetch only from its own origin). Fetched, not imported: an import would share these
 * modules with the kiosk's bundle and change how the kiosk's own start is split into files.
 */
const files = import.meta.glob<string>('../../../locales/*/{kiosk,common}.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

async function bundle(lang: string, ns: 'kiosk' | 'common'): Promise<Bundle | undefined> {
  const url = files[`../../../locales/${lang}/${ns}.json`];
  if (!url) return undefined;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Bundle;
}

const loaded = new Map<string, Promise<TFunction>>();

/**
 * The kiosk's strings in one language, with the kiosk's fallback to Swedish, in an i18next
 * instance of their own: the preview shows the kiosk in the language being edited while the
 * console itself stays in Swedish or English.
 */
export function kioskStringsFor(code: string): Promise<TFunction> {
  let strings = loaded.get(code);
  if (!strings) {
    strings = load(code);
    // A failed load is tried again by the next preview.
    strings.catch(() => loaded.delete(code));
    loaded.set(code, strings);
  }
  return strings;
}

async function load(code: string): Promise<TFunction> {
  const resources: Record<string, Record<string, Bundle>> = {};
  for (const lang of new Set([code, SOURCE_LANGUAGE])) {
    const [kiosk, common] = await Promise.all([bundle(lang, 'kiosk'), bundle(lang, 'common')]);
    resources[lang] = { ...(kiosk && { kiosk }), ...(common && { common }) };
  }
  const instance = i18next.createInstance();
  await instance.init({
    lng: code,
    fallbackLng: SOURCE_LANGUAGE,
    ns: ['common', 'kiosk'],
    defaultNS: 'kiosk',
    resources,
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    initAsync: false,
  });
  return instance.t;
}
