import type { Response } from '@playwright/test';
import { expect, firstVisit, openCategoryOf, restartOffline, seedGuide, startVisit, test } from './fixtures.js';

/** A network answer to the service worker, with the encoding it came in. */
interface Fetched {
  path: string;
  encoding: string | undefined;
}

test('the kiosk installs from a compressed shell and works offline after a restart', async ({ page, server }) => {
  // A first start, a restart and a guide: three times the usual allowance on a shared machine.
  test.slow();
  const bySw: Promise<Fetched>[] = [];
  // Context events show the service worker's own fetches (its precache), not only the page's.
  page.context().on('response', (response: Response) => {
    if (response.request().serviceWorker() === null || response.fromServiceWorker()) return;
    bySw.push(
      response.allHeaders().then((headers) => ({
        path: new URL(response.url()).pathname,
        encoding: headers['content-encoding'],
      })),
    );
  });

  await firstVisit(page);
  const fetched = await Promise.all(bySw);
  const shell = fetched.filter((f) => /\.(?:js|css|html)$/.test(f.path));
  // The kiosk's entry script and page are in the precache, and every text file of it came compressed.
  expect(shell.map((f) => f.path)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/assets\/kiosk-[\w-]+\.js$/), '/index.html']),
  );
  expect(shell.filter((f) => f.encoding !== 'br')).toEqual([]);

  await restartOffline(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await startVisit(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad vill du ha hjälp med?');
  const guide = seedGuide(server, 'print-scan', 'sv');
  await openCategoryOf(page, server, 'print-scan', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');
});
