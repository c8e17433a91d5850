import type { BookingRequest } from '../domain/help.js';
import { onDeviceChange } from './device.js';
import { enqueueRequest as enqueue, flushOutbox, type QueuedRequest } from './outbox.js';
import { startTask, type Task } from './scheduler.js';

let task: Task | undefined;

/**
 * The outbox on the scheduler. A trigger (start, back online, woke up, an idle reset, a new
 * request) sends every queued request whatever its backoff; the timer then runs when the next
 * entry is due, which `flushOutbox` decides (it owns each entry's backoff). If the flush itself
 * fails (storage), it is tried again after 30 seconds, then less often.
 */
function outboxTask(): Task {
  return startTask({
    run: async (reason) => {
      const { nextAttemptAt } = await flushOutbox({ ignoreBackoff: reason === 'trigger' });
      // Never sooner than a second: an entry another context (the service worker) is sending stays
      // due, and must not make this page spin on it.
      return nextAttemptAt === null ? null : Math.max(nextAttemptAt, Date.now() + 1_000);
    },
    intervalMs: null,
    backoff: { firstMs: 30_000, maxMs: 5 * 60_000 },
    on: { online: true, visible: true },
  });
}

/**
 * Sends every queued request now, whatever its backoff: called when something changed (start,
 * the network is back, the tablet woke, an idle reset, a new request). Then the backoff timer.
 */
export function requestFlush(): void {
  // Starting the task runs it at once.
  if (task) void task.runNow();
  else task = outboxTask();
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
 * The page's flush triggers: now (app start), when the network comes back, when the tablet wakes,
 * and when it is enrolled (again: a revoked tablet kept its queue for this). The idle reset calls
 * `requestFlush` too. Returns the function that stops them.
 */
export function startOutboxFlushing(): () => void {
  requestFlush();
  const unlisten = onDeviceChange((change) => change === 'enrolled' && requestFlush());
  return () => {
    unlisten();
    task?.stop();
    task = undefined;
  };
}
