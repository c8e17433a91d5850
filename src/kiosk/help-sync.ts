import { adoptSetupAddress } from '../client/device.js';
import { startHeartbeat } from '../client/heartbeat.js';
import { startOutboxFlushing } from '../client/outbox-triggers.js';
import { startTask } from '../client/scheduler.js';
import { refreshSlotFeed } from '../client/slot-feed.js';

/** How often an open kiosk refreshes its help-session times (a 304 when unchanged). */
const SLOT_FEED_INTERVAL_MS = 60_000;

/**
 * The kiosk's work with the server beside its content, started after the first screen: takes a
 * set-up address's token, starts the outbox's flush triggers and the heartbeat, and keeps the slot
 * feed fresh for offline use (offline, the times held stay). Returns the function that stops it all.
 */
export async function startHelpSync(): Promise<() => void> {
  await adoptSetupAddress(window.location, window.history);
  const stopOutbox = startOutboxFlushing();
  const slots = startTask({
    run: () => refreshSlotFeed(),
    intervalMs: SLOT_FEED_INTERVAL_MS,
    jitter: 0.1,
    on: { online: true },
  });
  const stopHeartbeat = startHeartbeat();
  return () => {
    stopOutbox();
    slots.stop();
    stopHeartbeat();
  };
}
