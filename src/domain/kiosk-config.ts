/** Settings a kiosk takes from its server (and keeps for offline starts). */
export interface KioskConfig {
  /** Where visitors' phones reach the public take-away pages; null: the kiosk's own origin. */
  publicUrl: string | null;
  /** Seconds without a touch before the idle countdown starts. */
  idleTimeoutSeconds: number;
  /** Seconds the countdown runs before the visit is cleared. */
  countdownSeconds: number;
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  publicUrl: null,
  idleTimeoutSeconds: 90,
  countdownSeconds: 20,
};

/** The public page that shows a guide on a visitor's own phone. */
export function takeAwayUrl(base: string, slug: string, lang: string): string {
  return `${base.replace(/\/$/, '')}/take/${encodeURIComponent(slug)}/${encodeURIComponent(lang)}`;
}
