import type { KioskSettings } from '../../domain/kiosk-settings.js';

/** What the app gives the fleet screens. */
export interface FleetProps {
  /** The status screen closes after this long without a touch, as a visit would. */
  idleTimeoutSeconds: number;
  /** New settings are in force (enrolment brings them; no visitor is on the screen then). */
  onSettings: (settings: KioskSettings | null) => void;
  /** Back to the attract screen, through the idle reset. */
  onClose: () => void;
  /** Looks for new content now. */
  onSyncContent: () => void;
}
