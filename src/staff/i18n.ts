import i18next from 'i18next';
import enStaff from '../../locales/en/staff.json';
import svStaff from '../../locales/sv/staff.json';

/** The console's own languages (staff work in Swedish or English; the kiosk has nine). */
export const CONSOLE_LANGUAGES = [
  { code: 'sv', nativeName: 'Svenska' },
  { code: 'en', nativeName: 'English' },
] as const;

export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'servicepunkt-staff-language';

function storedLanguage(): ConsoleLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv'; // storage blocked: Swedish, the library's working language
  }
}

/** Starts i18next with the `staff` namespace, in the language this browser chose last time. */
export function initStaffI18n(): void {
  const lang = storedLanguage();
  void i18next.init({
    lng: lang,
    fallbackLng: 'sv',
    ns: ['staff'],
    defaultNS: 'staff',
    // Both languages are a few kilobytes, so both are bundled: switching never waits.
    resources: { sv: { staff: svStaff }, en: { staff: enStaff } },
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    initAsync: false,
  });
  document.documentElement.lang = lang;
}

/** Switches the console's language, remembers it, and sets `<html lang>` to match. */
export async function changeConsoleLanguage(lang: ConsoleLanguage): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage blocked: the choice lasts until the page is reloaded.
  }
}

/** The locale for dates and numbers in the console's language. */
export function consoleLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'sv-SE';
}
