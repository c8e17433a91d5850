import { LANGUAGES } from './languages.js';
import { knownChannels, type ReminderChannel } from './reminder-channels.js';

/**
 * What an admin sets per kiosk (or per branch, for its kiosks): the visitor's start language, the
 * languages offered and their order, how long before an idle reset, which categories Home shows,
 * and which reminder channels the request form offers. Versioned on the server; a kiosk applies a
 * new version at its next idle reset.
 */
export interface KioskSettings {
  /** The language the kiosk starts in and returns to at every reset; one of `languages`. */
  defaultLanguage: string;
  /** Language codes offered to visitors, in the order the chooser shows them. */
  languages: string[];
  /** Seconds without a touch before the idle countdown starts. */
  idleTimeoutSeconds: number;
  /** Category ids Home shows, in content order; null: every category. */
  categories: string[] | null;
  /** Reminder channels the request form offers (only those the server can send). */
  reminderChannels: ReminderChannel[];
}

/** Settings as stored for a branch or a kiosk: only what differs from the level below. */
export type KioskSettingsOverride = Partial<KioskSettings>;

/** A branch's staff PIN as kiosks receive it: PBKDF2-SHA-256, checked on the tablet with WebCrypto. */
export interface StaffPinHash {
  /** base64url */
  salt: string;
  /** base64url of 32 derived bytes */
  hash: string;
  iterations: number;
}

/** The settings a kiosk follows, with their version, and the PIN that opens its status screen. */
export interface SettingsAnswer {
  version: number;
  settings: KioskSettings;
  staffPin: StaffPinHash | null;
}

/** The settings of a kiosk nobody has set anything for. */
export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  defaultLanguage: 'sv',
  languages: LANGUAGES.map((l) => l.code),
  idleTimeoutSeconds: 90,
  categories: null,
  reminderChannels: ['email'],
};

/**
 * The settings in force for a kiosk: the server's defaults, under the branch's, under the kiosk's
 * own. Reminder channels are cut to those the server can send; a default language that is not
 * offered gives way to the first one offered.
 */
export function effectiveSettings(
  base: KioskSettings,
  branch: KioskSettingsOverride,
  kiosk: KioskSettingsOverride,
  serverChannels: readonly ReminderChannel[],
): KioskSettings {
  const merged = { ...base, ...branch, ...kiosk };
  const languages = merged.languages.length > 0 ? merged.languages : base.languages;
  const defaultLanguage = languages.includes(merged.defaultLanguage)
    ? merged.defaultLanguage
    : (languages[0] ?? base.defaultLanguage);
  const reminderChannels = knownChannels(merged.reminderChannels).filter((c) => serverChannels.includes(c));
  return { ...merged, languages, defaultLanguage, reminderChannels };
}
