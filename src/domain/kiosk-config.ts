import { knownChannels, type ReminderChannel } from './reminder-channels.js';

/** Settings a kiosk takes from its server (and keeps for offline starts). */
export interface KioskConfig {
  /** Where visitors' phones reach the public take-away pages; null: the kiosk's own origin. */
  publicUrl: string | null;
  /** Seconds without a touch before the idle countdown starts. */
  idleTimeoutSeconds: number;
  /** Seconds the countdown runs before the visit is cleared. */
  countdownSeconds: number;
  /** The channels the server can send visitors a reminder through; the kiosk offers only these. */
  reminderChannels: ReminderChannel[];
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  publicUrl: null,
  idleTimeoutSeconds: 90,
  countdownSeconds: 20,
  reminderChannels: [],
};

/**
 * The settings as a kiosk uses them, from what a server sent or a tablet kept: defaults where a
 * setting is missing (a server or tablet older than it), and only the reminder channels this kiosk
 * knows, so one kept from before channels were reported offers none.
 */
export function kioskConfigFrom(value: Partial<KioskConfig> | undefined): KioskConfig {
  const config = { ...DEFAULT_KIOSK_CONFIG, ...value };
  return { ...config, reminderChannels: knownChannels(config.reminderChannels) };
}

/** The public page that shows a guide on a visitor's own phone. */
export function takeAwayUrl(base: string, slug: string, lang: string): string {
  return `${base.replace(/\/$/, '')}/take/${encodeURIComponent(slug)}/${encodeURIComponent(lang)}`;
}
