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
 * Kiosk JS before the first screen: on a first visit (empty cache), every JS file the page
 * fetched until the first screen painted with content (`kiosk-interactive`), each gzipped at level 9 and summed.
 * This is what a tablet downloads before a visitor sees anything, so it bounds the cold first load.
 * "Until" is checked with Resource Timing: files that finished after the mark are left out.
 */
export async function measureBundle(browser: Browser, url: string): Promise<Figure[]> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (isJs(response)) scripts.push(response);
    });
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    await page.waitForFunction(FIRST_SCREEN);
    const finishedBeforeMark = await page.evaluate<string[]>(`(() => {
      const mark = performance.getEntriesByName('kiosk-interactive')[0].startTime;
      return performance.getEntriesByType('resource').filter((e) => e.responseEnd <= mark).map((e) => e.name);
    })()`);
    const before = scripts.filter((r) => finishedBeforeMark.includes(r.url()));
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
