import { LANGUAGES } from '../src/domain/languages.js';
import { expect, firstVisit, restartOffline, seedGuide, startVisit, test } from './fixtures.js';

const marks = (page: import('@playwright/test').Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

/** How many search indexes the tablet has stored (read straight from IndexedDB). */
const storedIndexes = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const open = indexedDB.open('servicepunkt');
      open.onsuccess = () => done(open.result);
    });
    const count = await new Promise<number>((done) => {
      const request = db.transaction('searchIndexes').objectStore('searchIndexes').count();
      request.onsuccess = () => done(request.result);
    });
    db.close();
    return count;
  });

test.setTimeout(180_000); // building nine indexes on a shared, loaded machine takes a while

test('with the indexes stored, a search after a restart in another language answers without building one', async ({
  page,
  server,
}) => {
  await firstVisit(page);
  // The first download is followed by a build of every language's index, in a worker.
  await expect.poll(() => storedIndexes(page), { timeout: 60_000 }).toBe(LANGUAGES.length);

  await restartOffline(page);
  // The search worker, started after the first screen, holds the start language's index.
  await page.waitForFunction(() => performance.getEntriesByName('search-index-ready').length > 0);
  await startVisit(page, 'English');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search the guides').fill('bankid');
  await expect(page.locator('.guide-card').first()).toContainText(seedGuide(server, 'bankid', 'en').title);
  // A Swedish word finds the guide too: the Swedish index is searched beside the visitor's.
  await page.getByLabel('Search the guides').fill('skrivaren');
  await expect(page.locator('.guide-card').first()).toContainText(seedGuide(server, 'print-scan', 'en').title);
  expect(await marks(page, 'search-index-building')).toBe(0);
  expect(await marks(page, 'search-index-built')).toBe(0);
  await expect(page.getByText('Search is getting ready')).toHaveCount(0);
});
