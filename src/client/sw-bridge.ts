import { Workbox } from 'workbox-window';
import { OUTBOX_SYNC_TAG } from './sync-tags.js';

/**
 * The one module that talks to the service worker. The page registers it, learns when a new
 * version is waiting, and tells it to take over only at a reset point (`applyWaitingUpdate`), so
 * the kiosk never reloads under a visitor.
 */
let workbox: Workbox | undefined;
/** Set once this page has told a waiting version to take over; only then does a new controller mean a reload. */
let applying = false;

/** Registers `/sw.js` (never renamed: old tablets keep asking for that URL). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js');
  // The first install also takes control (clientsClaim) and must not reload; a version this page
  // let in at a reset point must, so the page runs the code that goes with it. workbox-window's
  // own `isUpdate` cannot tell: it says whether the page had a controller when it registered,
  // which is false for a kiosk that has run since its first install.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) window.location.reload();
  });
  // Start-up is a reset point too: a version left waiting (see below) takes over now.
  void workbox.register().then(() => takeOver(false));
}

/** How long a version told to take over may take before the page reloads to let it. */
const TAKE_OVER_WAIT_MS = 5000;

/**
 * Tells a waiting version to take over (the page reloads onto it); false when none waits. The
 * old version hands over only once this page lets go of it, which in Chromium it sometimes does
 * not (the update test saw the new one stay waiting with the page still open). At an idle reset
 * (`reloadIfStuck`) the page then reloads, which lets go, and the new version takes over at that
 * start. At start-up it never reloads for this, so it can never loop.
 */
async function takeOver(reloadIfStuck: boolean): Promise<boolean> {
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!registration || !waiting) return false;
  applying = true;
  // The message sw.ts listens for, straight to the waiting worker: workbox-window's
  // messageSkipWaiting never made it take over in the update test (Chromium), this does.
  waiting.postMessage({ type: 'SKIP_WAITING' });
  if (reloadIfStuck) {
    setTimeout(() => {
      if (registration.waiting === waiting) window.location.reload();
    }, TAKE_OVER_WAIT_MS);
  }
  return true;
}

/**
 * At a reset point: lets a waiting app version take over (the page then reloads onto it), or
 * else asks for an update check, so a version found now waits for the next reset.
 */
export async function applyWaitingUpdate(): Promise<void> {
  if (!workbox) return;
  if (!(await takeOver(true))) void workbox.update().catch(() => undefined);
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
