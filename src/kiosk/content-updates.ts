import { type SyncResult, syncContent } from '../client/content-sync.js';

/** How often an open kiosk asks whether the content changed (a 304 costs a few bytes). */
export const POLL_INTERVAL_MS = 60_000;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

export interface UpdateStatus {
  /** When the next attempt is due, while the tablet has no content and keeps trying. */
  nextAttemptAt: number | null;
  trying: boolean;
  lastError: string | null;
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const schedule = (lastError: string | null) => {
    if (stopped) return;
    clearTimeout(timer);
    // After a failure, try again soon (with backoff and jitter, so a library's tablets do not all
    // knock at once); otherwise a tablet with content polls every minute.
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
    const retrying = failures > 0 || !callbacks.hasContent();
    const delay = retrying ? backoff * (0.75 + Math.random() * 0.5) : POLL_INTERVAL_MS;
    timer = setTimeout(run, delay);
    callbacks.onStatus({ nextAttemptAt: retrying ? Date.now() + delay : null, trying: false, lastError });
  };

  // One sync at a time: a trigger during a sync (back online, a reset point) asks for one more
  // after it, instead of a second download of the same entries beside the first.
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    callbacks.onStatus({ nextAttemptAt: null, trying: true, lastError: null });
    syncContent()
      .then(
        (result) => {
          failures = 0;
          callbacks.onSynced(result);
          schedule(null);
        },
        (error: unknown) => {
          failures += 1;
          schedule(error instanceof Error ? error.message : String(error));
        },
      )
      .finally(() => {
        running = false;
        if (again && !stopped) {
          again = false;
          run();
        }
      });
  };

  window.addEventListener('online', run);
  run();
  return {
    syncNow: run,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', run);
    },
  };
}
