import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type TFunction } from 'i18next';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';

/** The reminder strings for a language (Swedish where a language lacks one). */
export type ReminderTexts = (lang: string) => TFunction;

/** Loads `locales/<lang>/reminders.json` for every shipped language into its own i18next instance. */
export async function loadReminderTexts(localesDir: string): Promise<ReminderTexts> {
  const resources: Resource = {};
  for (const { code } of LANGUAGES) {
    const file = join(localesDir, code, 'reminders.json');
    if (existsSync(file)) resources[code] = { reminders: JSON.parse(readFileSync(file, 'utf8')) };
  }
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    fallbackLng: SOURCE_LANGUAGE,
    ns: ['reminders'],
    defaultNS: 'reminders',
    // Plain-text e-mail and SMS: nothing to escape, and an escaped "&amp;" would reach the visitor.
    interpolation: { escapeValue: false },
  });
  return (lang) => instance.getFixedT(lang);
}
