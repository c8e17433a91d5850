/// <reference lib="webworker" />
import { flushOutbox } from '../client/outbox.js';
import { OUTBOX_SYNC_TAG } from '../client/sync-tags.js';

declare const self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * Background Sync (Chromium): the browser wakes the worker when the tablet is online again, even
 * with the kiosk page closed. Entries are sent under the same Web Locks as the page's, so the two
 * never send one at once. Rejecting asks the browser to try again later.
 */
export function registerOutboxSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== OUTBOX_SYNC_TAG) return;
    sync.waitUntil(
      flushOutbox({ ignoreBackoff: true }).then((result) => {
        if (result.remaining > 0) throw new Error(`${result.remaining} requests still queued`);
      }),
    );
  });
}
