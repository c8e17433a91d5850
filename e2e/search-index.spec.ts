import { LANGUAGES } from '../src/domain/languages.js';
import { expect, firstVisit, restartOffline, seedGuide, startVisit, test } from './fixtures.js';

const marks = (page: import('@playwright/test').Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

test('with the index stored, the first search after a restart answers without building an index', async ({
  page,
  server,
}) => {
  await firstVisit(page);
  // The first download is followed by a build of every language's index, in a worker.
  await page.waitForFunction(
    (count) => performance.getEntriesByName('search-index-built').length >= count,
    LANGUAGES.length,
  );

  await restartOffline(page);
  await startVisit(page);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.getByLabel('Sök bland guiderna').fill('bankid');
  await expect(page.locator('.guide-card').first()).toContainText(seedGuide(server, 'bankid', 'sv').title);
  expect(await marks(page, 'search-index-ready')).toBe(1);
  expect(await marks(page, 'search-index-built')).toBe(0);
  await expect(page.getByText('Sökningen förbereds')).toHaveCount(0);
});
