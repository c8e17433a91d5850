import { type SyncResult, syncContent } from '../client/content-sync.js';
import { startTask } from '../client/scheduler.js';

/** How often an open kiosk asks whether the content changed (a 304 costs a few bytes). */
export const POLL_INTERVAL_MS = 60_000;

export interface UpdateStatus {
  /** When the next attempt is due, while the tablet has no content and keeps trying. */
  nextAttemptAt: number | null;
  trying: boolean;
  lastError: string | null;
  /**
   * The last check could not reach the server at all (fetch failed: no network, or a library
   * Wi-Fi with no way out). The browser's own `navigator.onLine` says true whenever a network is
   * joined, and after a restart offline Chromium may say so even with none.
   */
  unreachable: boolean;
}

export interface ContentUpdates {
  /** Checks for new content at once (the "try now" button, a reset point). */
  syncNow(): void;
  stop(): void;
}

/**
 * Keeps the tablet's content current: a sync at start, whenever the browser comes back online, and
 * on a timer: every minute, or after a failure (or while the tablet has no content at all) sooner,
 * with exponential backoff and jitter. `onSynced` hears every result; the app decides
 * when a ready version may be shown.
 */
export function startContentUpdates(callbacks: {
  hasContent: () => boolean;
  onSynced: (result: SyncResult) => void;
  onStatus: (status: UpdateStatus) => void;
}): ContentUpdates {
  let unreachable = false;
  const task = startTask({
    run: () =>
      syncContent().then(
        (result) => {
          unreachable = false;
          callbacks.onSynced(result);
        },
        (error: unknown) => {
          // fetch rejects with a TypeError only when no answer came; an HTTP error is an answer.
          unreachable = error instanceof TypeError;
          throw error;
        },
      ),
    intervalMs: POLL_INTERVAL_MS,
    // After a failure, try again soon, so a tablet back on its network shows content quickly.
    backoff: { firstMs: 2_000, maxMs: 60_000 },
    eager: () => !callbacks.hasContent(),
    on: { online: true },
    onState: (s) =>
      callbacks.onStatus({
        nextAttemptAt: s.retrying ? s.nextRunAt : null,
        trying: s.running,
        lastError: s.lastError,
        unreachable,
      }),
  });
  return { syncNow: () => void task.runNow(), stop: task.stop };
}
