/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerMediaRoute } from './media-route.js';
import { registerOutboxSync } from './outbox-sync.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] };

// The app shell only (js, css, html); media is never precached.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open page at once, so code it loads later (the request flow,
// search) comes from the precache even if the network goes before the next reload. An update
// still waits for the idle reset: it activates only after `SKIP_WAITING`, and the page reloads.
clientsClaim();

// Every kiosk navigation gets the app shell, offline too; server-owned paths are left alone.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/staff(\/|$)/, /^\/media\//, /^\/healthz/, /^\/bench\//],
  }),
);

registerMediaRoute();
registerOutboxSync();

// The page sends this only at a reset point (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  // Kept alive until it is done: a worker stopped right after the message never took over.
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
});
