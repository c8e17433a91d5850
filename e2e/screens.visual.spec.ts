import type { Locator, Page } from '@playwright/test';
import { TEXT_SCALES } from '../src/kiosk/chrome/TopBar.js';
import { expect, test } from './fixtures.js';
import { beginVisit, heading, primaryAction, setTextScale, setUpKiosk, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { walkRequest } from './request-walk.js';
import { ORIENTATIONS } from './screen-layout.js';

// The server's start, the first visit and six screenshots can take a minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/**
 * What changes from run to run and is not the screen's design: the times on offer (they follow
 * the real date), the age of the times, and the reference code. Masked, not left out: their
 * place and size still count.
 */
const changing = (page: Page): Locator[] => [
  page.locator('.slot-days, .drop-ins ul, .feed-age, .reference-code, .request-status, .summary-times'),
];

/** A screenshot of the whole screen, compared with the committed one. */
async function looksRight(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    mask: changing(page),
    animations: 'disabled',
    caret: 'hide',
    // Anti-aliasing may differ by a few pixels between runs; a changed layout differs by thousands.
    maxDiffPixelRatio: 0.002,
  });
}

/** The welcome screen turns through the languages; it is held still on one for its picture. */
async function welcomeIn(page: Page, htmlLang: string): Promise<void> {
  await page.locator(`.attract-button[lang="${htmlLang}"]`).waitFor({ timeout: 30_000 });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 10));
}

for (const lang of ['sv', 'ar', 'ti']) {
  for (const orientation of ORIENTATIONS) {
    test.describe(`${lang}, ${orientation.name}`, () => {
      test.use({ viewport: { width: orientation.width, height: orientation.height } });

      test('welcome, Home, a guide step, the request topic, time and confirmation look as designed', async ({
        page,
        server,
      }) => {
        const t = await kioskStrings(lang);
        const content = await publishedContent(server, lang);
        const bank = content.find((c) => c.id === 'bank-id');
        const bankid = bank?.guides.find((g) => g.id === 'bankid');
        if (!bank || !bankid) throw new Error('the seed has no BankID guide in its category');
        const shot = (screen: string) => looksRight(page, `${screen}-${lang}-${orientation.name}`);

        await page.clock.install();
        await setUpKiosk(page);
        await welcomeIn(page, lang);
        await shot('welcome');
        await page.clock.resume();

        await beginVisit(page, t, lang);
        await shot('home');

        await tile(page, bank.name).click();
        await tile(page, bankid.title).click();
        await expect(heading(page)).toHaveText(bankid.steps[0]?.title ?? '');
        await primaryAction(page).click();
        await expect(heading(page)).toHaveText(bankid.steps[1]?.title ?? '');
        await shot('guide-step');

        await page
          .locator('.top-bar')
          .getByRole('button', { name: t('topBar.home'), exact: true })
          .click();
        await walkRequest(page, t, {
          category: bank.name,
          guide: bankid.title,
          until: 'done',
          onScreen: async (screen) => {
            if (screen === 'topic' || screen === 'time') await shot(`request-${screen}`);
            if (screen === 'done') {
              // The server's answer is in: the screen has its final shape (the place of the time given).
              await expect(page.locator('.request-place')).toBeVisible({ timeout: 30_000 });
              await shot('request-done');
            }
          },
        });
      });
    });
  }
}

test.describe('the largest text size', () => {
  test.use({ viewport: { width: 800, height: 1280 } });

  test('a guide step at 200 % keeps its action bar and a one-row top bar', async ({ page, server }) => {
    const t = await kioskStrings('sv');
    const bank = (await publishedContent(server, 'sv')).find((c) => c.id === 'bank-id');
    const bankid = bank?.guides.find((g) => g.id === 'bankid');
    if (!bank || !bankid) throw new Error('the seed has no BankID guide in its category');
    await setUpKiosk(page);
    await beginVisit(page, t, 'sv');
    await setTextScale(page, t, Math.max(...TEXT_SCALES), TEXT_SCALES);
    await tile(page, bank.name).click();
    await tile(page, bankid.title).click();
    await expect(heading(page)).toHaveText(bankid.steps[0]?.title ?? '');
    await looksRight(page, 'guide-step-sv-portrait-200');
  });
});
