import type { KioskConfig } from '../domain/kiosk-config.js';
import type { KioskSettings } from '../domain/kiosk-settings.js';
import { LANGUAGES, type Language, SOURCE_LANGUAGE } from '../domain/languages.js';

/** What a visit follows: the server's kiosk config, narrowed by the fleet settings applied on this tablet. */
export interface VisitSettings extends KioskConfig {
  /** The language a visit starts in and every reset returns to. */
  defaultLanguage: string;
  /** The languages offered, in the chooser's (and the attract screen's) order; never empty. */
  languages: readonly Language[];
  /** Category ids Home shows; null: every category. */
  categories: readonly string[] | null;
}

/**
 * Turns the server's config and the applied fleet settings (null: a tablet not enrolled, which
 * behaves as before fleet settings existed) into what the visit uses. Languages this app does not
 * ship are dropped, and reminder channels are only those both the settings and the server offer.
 */
export function visitSettings(config: KioskConfig, applied: KioskSettings | null): VisitSettings {
  if (!applied) return { ...config, ...startLanguages(null), categories: null };
  return {
    ...config,
    idleTimeoutSeconds: applied.idleTimeoutSeconds,
    reminderChannels: config.reminderChannels.filter((c) => applied.reminderChannels.includes(c)),
    ...startLanguages(applied),
    categories: applied.categories,
  };
}

/**
 * The languages offered and the start language under the applied fleet settings (null: not
 * enrolled, every language, Swedish first); all the first screen needs of the settings.
 */
export function startLanguages(applied: KioskSettings | null): Pick<VisitSettings, 'defaultLanguage' | 'languages'> {
  if (!applied) return { defaultLanguage: SOURCE_LANGUAGE, languages: LANGUAGES };
  const shipped = applied.languages.flatMap((code) => LANGUAGES.filter((l) => l.code === code));
  const languages = shipped.length > 0 ? shipped : LANGUAGES;
  const start = languages.find((l) => l.code === applied.defaultLanguage) ?? (languages[0] as Language);
  return { defaultLanguage: start.code, languages };
}

/**
 * The categories Home shows, in content order. A category left out is only off Home: its guides
 * are still found by search and by links from other guides, so nothing a visitor was sent to breaks.
 */
export function shownCategories<T extends { id: string }>(categories: T[], shown: readonly string[] | null): T[] {
  return shown === null ? categories : categories.filter((c) => shown.includes(c.id));
}
