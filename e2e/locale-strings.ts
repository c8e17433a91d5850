import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES } from '../src/domain/languages.js';

/** The kiosk's own strings for a language, through i18next as the kiosk uses them. */
export async function kioskStrings(lang: string): Promise<TFunction> {
  const resources = Object.fromEntries(
    LANGUAGES.map(({ code }) => [
      code,
      {
        kiosk: JSON.parse(readFileSync(`locales/${code}/kiosk.json`, 'utf8')),
        common: JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')),
      },
    ]),
  );
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: lang, fallbackLng: false, defaultNS: 'kiosk', ns: ['kiosk', 'common'] });
  return instance.t;
}
