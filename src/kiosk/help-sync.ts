import { adoptSetupAddress } from '../client/device.js';
import { startOutboxFlushing } from '../client/outbox-triggers.js';
import { refreshSlotFeed } from '../client/slot-feed.js';

/** How often an open kiosk refreshes its help-session times (a 304 when unchanged). */
const SLOT_FEED_INTERVAL_MS = 60_000;

/**
 * Help-session requests and times, started after the first screen: takes a set-up address's
 * token, starts the outbox's flush triggers, and keeps the slot feed fresh for offline use.
 */
export async function startHelpSync(): Promise<void> {
  await adoptSetupAddress(window.location, window.history);
  startOutboxFlushing();
  const refresh = () => void refreshSlotFeed().catch(() => undefined); // offline: keep the times held
  refresh();
  setInterval(refresh, SLOT_FEED_INTERVAL_MS);
  window.addEventListener('online', refresh);
}
