import { LANGUAGES } from '../src/domain/languages.js';
import { expect, firstVisit, openFirstGuide, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { expectNoViolations } from './staff-helpers.js';

for (const code of ['sv', 'ar', 'ti']) {
  const language = LANGUAGES.find((l) => l.code === code);
  test(`axe (WCAG 2.2 AA) finds nothing on attract, home, a category, guide, search and ask-staff in ${language?.nativeName}`, async ({
    page,
  }) => {
    const t = await kioskStrings(code);
    await firstVisit(page);
    await expectNoViolations(page, 'attract');
    await startVisit(page, language?.nativeName);
    await expectNoViolations(page, 'home');
    await page.locator('.tile-grid .tile').first().click();
    await expect(page.locator('.guide-card').first()).toBeVisible();
    await expectNoViolations(page, 'category');
    await page.locator('.guide-card').first().click();
    await expect(page.locator('.step h1')).toBeVisible();
    await expect(page.locator('.qr-code path').first()).toHaveAttribute('d', /M/);
    await expectNoViolations(page, 'guide');
    await page.getByRole('button', { name: t('topBar.search'), exact: true }).click();
    await page.locator('#search-input').fill('a');
    await expectNoViolations(page, 'search');
    await page.getByRole('button', { name: t('askStaff.button'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('askStaff.heading'));
    await expectNoViolations(page, 'ask staff');
  });
}

test('in high contrast, too', async ({ page }) => {
  await firstVisit(page);
  await startVisit(page);
  await page.getByRole('button', { name: 'Hög kontrast' }).click();
  await expectNoViolations(page, 'home, high contrast');
  await openFirstGuide(page);
  await expectNoViolations(page, 'guide, high contrast');
});

test('every control is at least 48 × 48 CSS pixels, and the kiosk works by keyboard', async ({ page }) => {
  await firstVisit(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Välj språk' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.tile-grid .tile').first()).toBeVisible();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, video')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
      .map(({ el }) => el.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
  await page.locator('.tile-grid .tile').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.guide-card').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step h1')).toBeFocused();
});
