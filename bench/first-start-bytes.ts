import type { Browser, Request } from '@playwright/test';
import { COMPRESS_THRESHOLD_BYTES, isCompressible } from '../src/server/plugins/compression.js';
import { FIRST_SCREEN, freshContext } from './browser.js';
import { type Figure, figure, withTimeout } from './figure.js';

/** One answer that crossed the network, as Chromium counted it. */
interface Transfer {
  url: string;
  status: number;
  type: string;
  encoding: string | undefined;
  bodyBytes: number;
  headerBytes: number;
}

async function transferOf(request: Request): Promise<Transfer | null> {
  const response = await request.response();
  // Answered by the service worker from its caches: nothing crossed the network for this one.
  if (!response || response.fromServiceWorker()) return null;
  const headers = await response.allHeaders();
  const sizes = await request.sizes();
  return {
    url: request.url(),
    status: response.status(),
    type: headers['content-type'] ?? '',
    encoding: headers['content-encoding'],
    bodyBytes: sizes.responseBodySize,
    headerBytes: sizes.responseHeadersSize,
  };
}

/**
 * Bytes on the wire for a kiosk's first start: a fresh Chromium (no cache, no service worker, no
 * IndexedDB) opens the kiosk with the seed content and waits until the content is stored and the
 * service worker has precached the shell. Every request the page and the service worker send is
 * counted by its encoded (on-the-wire) size, headers included. Also counts the text answers that
 * went out uncompressed above the compression threshold: the budget is none.
 */
export async function measureFirstStartBytes(browser: Browser, url: string): Promise<Figure[]> {
  const context = await freshContext(browser);
  try {
    const pending = new Set<Request>();
    const finished: Promise<Transfer | null>[] = [];
    // Resolved each time the last open request ends, so the wait below is on that, not a poll.
    let settled = () => {};
    const done = (request: Request) => {
      pending.delete(request);
      if (pending.size === 0) settled();
    };
    // Context events include the service worker's own fetches (its precache), not only the page's.
    context.on('request', (request) => pending.add(request));
    context.on('requestfailed', done);
    context.on('requestfinished', (request) => {
      finished.push(transferOf(request));
      done(request);
    });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.waitForFunction(`${FIRST_SCREEN} && !!document.documentElement.dataset.contentActive`, undefined, {
      timeout: 60_000,
    });
    // Active means installed, so the precache is complete.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    if (pending.size > 0) {
      const idle = new Promise<void>((resolve) => {
        settled = resolve;
      });
      await withTimeout(idle, 30_000, 'open requests').catch(() => undefined);
    }
    if (pending.size > 0) throw new Error(`requests still open: ${[...pending].map((r) => r.url()).join(', ')}`);

    const transfers = (await Promise.all(finished)).filter((t): t is Transfer => t !== null);
    const bytes = transfers.reduce((sum, t) => sum + t.bodyBytes + t.headerBytes, 0);
    const bodies = transfers.reduce((sum, t) => sum + t.bodyBytes, 0);
    const text = transfers.filter((t) => t.status === 200 && isCompressible(t.type));
    const raw = text.filter((t) => t.encoding === undefined && t.bodyBytes >= COMPRESS_THRESHOLD_BYTES);
    const compressed = text.filter((t) => t.encoding !== undefined);
    const small = text.filter((t) => t.encoding === undefined && t.bodyBytes < COMPRESS_THRESHOLD_BYTES);
    const path = (t: Transfer) => new URL(t.url).pathname;
    return [
      figure(
        "bytes on the wire for a kiosk's first start",
        bytes,
        'B',
        null,
        `${transfers.length} answers from the network (page and service worker), ${bodies} B of bodies + ${bytes - bodies} B of headers; ` +
          `${compressed.length} text answers compressed (${[...new Set(compressed.map((t) => t.encoding))].join(', ')}), ` +
          `${small.length} below ${COMPRESS_THRESHOLD_BYTES} B sent as they are`,
      ),
      figure(
        "uncompressed text answers on a kiosk's first start",
        raw.length,
        'answers',
        0,
        raw.length === 0
          ? `every text answer of ${COMPRESS_THRESHOLD_BYTES} B or more was compressed`
          : `sent raw: ${raw.map((t) => `${path(t)} (${t.bodyBytes} B)`).join(', ')}`,
      ),
    ];
  } finally {
    await context.close();
  }
}
