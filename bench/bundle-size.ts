import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { FIRST_SCREEN, freshContext } from './browser.js';
import { type Figure, figure } from './figure.js';

/** The design doc's budget for the kiosk's JS before the first screen, gzipped. */
const BUDGET_BYTES = 45 * 1024;

const isJs = (response: Response) => {
  const url = new URL(response.url());
  if (url.pathname === '/sw.js') return false; // The service worker runs beside the page, not before it.
  return response.request().resourceType() === 'script' || url.pathname.endsWith('.js');
};

/**
 * Kiosk JS before the first screen, on a start with content on the tablet: every JS file index.html
 * names (scripts and modulepreloads) and every other JS file the page fetched until the first
 * screen was painted (`kiosk-interactive`), each gzipped at level 9 and summed.
 * "Until" is checked with Resource Timing: files that finished after the mark, and that
 * index.html does not name, are left out (the rest of the app, loaded while the first screen shows).
 */
export async function measureBundle(browser: Browser, url: string): Promise<Figure[]> {
  const context = await freshContext(browser);
  try {
    // The first visit downloads the content; the start measured is the next one, whose first
    // screen is the welcome screen every start after the first shows (an empty tablet's "no
    // content yet" screen is the whole app's, and waits on the network anyway).
    const first = await context.newPage();
    await first.goto(`${url}/`);
    await first.waitForFunction(`${FIRST_SCREEN} && !!document.documentElement.dataset.contentActive`);
    await first.close();
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (isJs(response)) scripts.push(response);
    });
    const navigation = await page.goto(`${url}/`, { waitUntil: 'commit' });
    if (!navigation) throw new Error('no answer for the kiosk page');
    await page.waitForFunction(FIRST_SCREEN);
    // Counted: the scripts and modulepreloads index.html itself names (the first screen cannot run
    // without them, whenever they finish), and any other JS that finished before the mark. Read
    // from the page as served, not the live document: loading the rest of the app after the mark
    // adds modulepreload links of its own, which are not needed for the first screen.
    const html = await navigation.text();
    const needed = await page.evaluate<string[]>(
      `((html) => {
      const mark = performance.getEntriesByName('kiosk-interactive')[0].startTime;
      const finished = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= mark).map((e) => e.name);
      const served = new DOMParser().parseFromString(html, 'text/html');
      const declared = [...served.querySelectorAll('script[src], link[rel="modulepreload"]')].map(
        (e) => new URL(e.getAttribute('src') || e.getAttribute('href'), location.href).href,
      );
      return [...finished, ...declared];
    })(${JSON.stringify(html)})`,
    );
    const before = scripts.filter((r) => needed.includes(r.url()));
    if (before.length === 0) throw new Error('no JS loaded before kiosk-interactive: is the build there?');

    const files = await Promise.all(
      before.map(async (r) => ({
        path: new URL(r.url()).pathname,
        gzip: gzipSync(await r.body(), { level: 9 }).length,
      })),
    );
    files.sort((a, b) => a.path.localeCompare(b.path));
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const detail = files.map((f) => `${f.path.replace(/^\/assets\//, '')} ${f.gzip}`).join(', ');
    return [
      figure('Kiosk JS before first screen (gzip)', total, 'bytes', BUDGET_BYTES, detail),
      figure('Kiosk JS files before first screen', files.length, 'files', null, 'count of the files above'),
    ];
  } finally {
    await context.close();
  }
}
