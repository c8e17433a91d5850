import type { KioskSettings } from '../../domain/kiosk-settings.js';

/** What the first screen needs from the tablet's storage. */
export interface StartRead {
  /** The fleet settings applied on this tablet; null when it is not enrolled. */
  settings: KioskSettings | null;
  /** Whether the tablet holds a content version, so the welcome screen (not "no content yet") comes first. */
  hasContent: boolean;
}

declare global {
  interface Window {
    /** Set by public/start-read.js, which index.html runs from its head before the app's code loads. */
    servicepunktStartRead?: Promise<StartRead>;
  }
}

/**
 * The read public/start-read.js began while this code loaded (settings and content state, one
 * IndexedDB transaction). Without it (the script failed to load) the tablet reads as holding
 * nothing yet: the full app reads again and shows what it finds.
 */
export function readStart(): Promise<StartRead> {
  return window.servicepunktStartRead ?? Promise.resolve({ settings: null, hasContent: false });
}
