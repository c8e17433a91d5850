import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type TFunction } from 'i18next';
import { LANGUAGES, SOURCE_LANGUAGE } from '../domain/languages.js';

/**
 * The kiosk's UI strings, for the pages the server renders itself (the take-away page), through
 * the same i18next and the same locale files as the kiosk.
 */
export async function loadTranslations(localesDir: string): Promise<(lang: string) => TFunction> {
  const resources: Resource = {};
  for (const { code } of LANGUAGES) {
    const file = join(localesDir, code, 'kiosk.json');
    if (existsSync(file)) resources[code] = { kiosk: JSON.parse(readFileSync(file, 'utf8')) };
  }
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    fallbackLng: SOURCE_LANGUAGE,
    ns: ['kiosk'],
    defaultNS: 'kiosk',
    interpolation: { escapeValue: false }, // Preact escapes text itself.
  });
  return (lang) => instance.getFixedT(lang);
}
