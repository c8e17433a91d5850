import { Workbox } from 'workbox-window';
import { OUTBOX_SYNC_TAG } from './sync-tags.js';

/**
 * The one module that talks to the service worker. The page registers it, learns when a new
 * version is waiting, and tells it to take over only at a reset point (`applyWaitingUpdate`), so
 * the kiosk never reloads under a visitor.
 */
let workbox: Workbox | undefined;
let waiting = false;

/** Registers `/sw.js` (never renamed: old tablets keep asking for that URL). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    waiting = true;
  });
  // Only ever fires after `messageSkipWaiting`, which is sent at a reset point.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  void workbox.register();
}

/** At a reset point: asks for an update check, and lets a waiting app version take over. */
export function applyWaitingUpdate(): void {
  if (!workbox) return;
  if (waiting) workbox.messageSkipWaiting();
  else void workbox.update().catch(() => undefined);
}

/**
 * Asks the browser to wake the service worker to flush the outbox once it is online (Background
 * Sync, Chromium only). A bonus: the page flushes by itself on start, `online`, visibility,
 * idle reset and a backoff timer, so browsers without it lose nothing.
 */
export async function registerOutboxSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration()) as
    | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
    | undefined;
  await registration?.sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}
