import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { bookingBody } from '../test/helpers/bookings.js';
import { testServer } from '../test/helpers/server.js';
import { freshContext } from './browser.js';
import { type Figure, figure, round } from './figure.js';

const QUEUED = 100;

/**
 * A tablet offline all morning: 100 requests wait in its outbox. Measured in Chromium from the
 * moment the network is back until the outbox is empty, with every request on the server once.
 * The kiosk's own `online` trigger does the flushing; nothing here calls it.
 */
export async function measureOutboxFlush(browser: Browser): Promise<Figure[]> {
  const server = await testServer({ publicDir: resolve('dist/public') });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/#kiosk=${server.kioskToken}`);
    await page.waitForURL((u) => u.hash === '');
    await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await context.setOffline(true);
    const bodies = Array.from({ length: QUEUED }, (_, i) =>
      bookingBody([], { anyTime: true, firstName: `Besökare ${String.fromCharCode(65 + (i % 26))}` }),
    );
    // Written as the outbox writes them (src/client/db.ts OutboxEntry), while offline.
    await page.evaluate(async (requests) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('servicepunkt');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('outbox', 'readwrite');
      for (const body of requests) {
        const now = Date.now();
        tx.objectStore('outbox').put({
          key: crypto.randomUUID(),
          body,
          queuedAt: now,
          attempts: 0,
          nextAttemptAt: now,
          state: 'queued',
          lastError: null,
        });
      }
      await new Promise((done) => {
        tx.oncomplete = done;
      });
      db.close();
    }, bodies);

    const started = performance.now();
    await context.setOffline(false);
    const queued = () =>
      page.evaluate(
        () =>
          new Promise<number>((done) => {
            const open = indexedDB.open('servicepunkt');
            open.onsuccess = () => {
              const count = open.result.transaction('outbox').objectStore('outbox').count();
              count.onsuccess = () => {
                open.result.close();
                done(count.result);
              };
            };
          }),
      );
    // Polled every 10 ms: the figure is at most that much late.
    while ((await queued()) > 0) {
      if (performance.now() - started > 120_000) throw new Error('outbox flush: not empty after 120 s');
      await new Promise((done) => setTimeout(done, 10));
    }
    const ms = performance.now() - started;
    const stored = await server.app.bookings.count();
    if (stored !== QUEUED) throw new Error(`outbox flush: ${stored} requests on the server, expected ${QUEUED}`);
    return [
      figure(
        'flush 100 queued requests once online',
        round(ms, 0),
        'ms',
        null,
        `${QUEUED} requests queued offline, sent one by one (each under its Web Lock) after the kiosk's online trigger; ${stored} on the server, ${round(ms / QUEUED, 1)} ms each`,
      ),
    ];
  } finally {
    await context.close();
    await server.close();
  }
}
