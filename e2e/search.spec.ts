import { foldForSearch } from '../src/domain/search-text.js';
import { expect, firstVisit, restartOffline, seedGuide, startVisit, test } from './fixtures.js';

test('search finds BankID by "bankid" and "Bank-ID", and Försäkringskassan without the dots, offline', async ({
  page,
  server,
}) => {
  await firstVisit(page);
  await restartOffline(page);
  await startVisit(page);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const input = page.getByLabel('Sök bland guiderna');
  const firstResult = page.locator('.guide-card').first();

  const bankid = seedGuide(server, 'bankid', 'sv');
  for (const query of ['bankid', 'Bank-ID']) {
    await input.fill(query);
    await expect(firstResult).toContainText(bankid.title);
  }
  await input.fill('forsakringskassan');
  await expect(firstResult).toContainText(seedGuide(server, 'forsakringskassan', 'sv').title);

  await input.fill('qqqzzzxxx');
  await expect(page.getByText('Ingen guide passar.')).toBeVisible();
});

test('search in Arabic finds the BankID guide by an Arabic word of its title, typed without vowel marks', async ({
  page,
  server,
}) => {
  await firstVisit(page);
  await startVisit(page, 'العربية');
  const guide = seedGuide(server, 'bankid', 'ar');
  // The longest Arabic word of the title, as a visitor would type it (no harakat, plain alef).
  const word =
    guide.title
      .split(/[^\p{Script=Arabic}]+/u)
      .sort((a, b) => b.length - a.length)[0]
      ?.replace(/[\u064b-\u065f]/g, '')
      .replace(/[أإآ]/g, 'ا') ?? '';
  expect(foldForSearch(word).length).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await page.locator('#search-input').fill(word);
  await expect(page.locator('.guide-card').first()).toContainText(guide.title);
});
