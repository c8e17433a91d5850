import { Workbox } from 'workbox-window';

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
