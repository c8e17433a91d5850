import { expect, firstVisit, restartOffline, test } from './fixtures.js';

/** Each welcome font fetched by the document so far: its file and what asked for it. */
function welcomeFontFetches(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/welcome-[^/]+\.woff2$/.test(entry.name))
      .map((entry) => ({
        file: new URL(entry.name).pathname,
        by: (entry as PerformanceResourceTiming).initiatorType,
      })),
  );
}

test('the welcome fonts are asked for by the page head, once each, and used by the welcome screen', async ({
  page,
}) => {
  await firstVisit(page);
  await restartOffline(page);
  await page.locator('.attract-button').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => true));

  const loaded = await page.evaluate(() =>
    [...document.fonts]
      // Chromium gives a family name with spaces in quotes.
      .filter((face) => face.family.replace(/"/g, '').startsWith('Servicepunkt Welcome'))
      .map((face) => face.status),
  );
  // Arabic and Ethiopic, regular and bold.
  expect(loaded).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);

  const fetches = await welcomeFontFetches(page);
  // Asked for while the head is parsed, beside the scripts, not once the entry module has run; and
  // the module's FontFace loads took those answers rather than fetching each file a second time.
  expect(fetches).toHaveLength(4);
  expect(new Set(fetches.map((f) => f.file)).size).toBe(4);
  for (const fetch of fetches) expect(fetch.by, fetch.file).toBe('link');
});
