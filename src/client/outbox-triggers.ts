import type { BookingRequest } from '../domain/help.js';
import { enqueueRequest as enqueue, flushOutbox, type QueuedRequest } from './outbox.js';

const RETRY_AFTER_FAILURE_MS = 30_000;
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(at: number | null): void {
  clearTimeout(timer);
  if (at !== null) timer = setTimeout(() => flush(false), Math.max(0, at - Date.now()));
}

/** Flushes, then sets the timer for the next entry due (the backoff timer). */
function flush(ignoreBackoff: boolean): void {
  flushOutbox({ ignoreBackoff }).then(
    (result) => schedule(result.nextAttemptAt),
    () => schedule(Date.now() + RETRY_AFTER_FAILURE_MS),
  );
}

/**
 * Sends every queued request now, whatever its backoff: called when something changed (start,
 * the network is back, the tablet woke, an idle reset, a new request). Then the backoff timer.
 */
export function requestFlush(): void {
  flush(true);
}

/**
 * Stores the visitor's request on the tablet, then tries to send it at once and asks for
 * Background Sync as well. Resolves as soon as the request is safely stored.
 */
export async function enqueueRequest(request: BookingRequest): Promise<QueuedRequest> {
  const queued = await enqueue(request);
  requestFlush();
  void import('./sw-bridge.js').then((bridge) => bridge.registerOutboxSync());
  return queued;
}

/**
 * The page's flush triggers: now (app start), when the network comes back, and when the tablet
 * wakes. The idle reset calls `requestFlush` too. Returns the function that stops them.
 */
export function startOutboxFlushing(): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') requestFlush();
  };
  window.addEventListener('online', requestFlush);
  document.addEventListener('visibilitychange', onVisible);
  requestFlush();
  return () => {
    window.removeEventListener('online', requestFlush);
    document.removeEventListener('visibilitychange', onVisible);
    clearTimeout(timer);
  };
}
