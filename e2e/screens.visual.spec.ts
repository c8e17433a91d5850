import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { TEXT_SCALES } from '../src/kiosk/chrome/TopBar.js';
import { expect, test } from './fixtures.js';
import { beginVisit, heading, primaryAction, setTextScale, setUpKiosk, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { walkRequest } from './request-walk.js';
import { ORIENTATIONS } from './screen-layout.js';

// The server's start, the first visit and six screenshots can take a minute on a busy machine.
test.describe.configure({ timeout: 120_000 });
// The style laid over the screens for their pictures is a <style> element, which the kiosk's
// policy would refuse (e2e/csp.spec.ts holds the kiosk to it).
test.use({ bypassCSP: true });

/** What changes from run to run and is not the screen's design (see the file). */
const CHANGING = resolve('e2e/screens.visual.css');

/** A screenshot of the whole screen, compared with the committed one. */
async function looksRight(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    stylePath: CHANGING,
    animations: 'disabled',
    caret: 'hide',
    // Anti-aliasing may differ by a few pixels between runs; a changed layout differs by thousands.
    maxDiffPixelRatio: 0.002,
  });
}

/**
 * The welcome screen turns through the languages; it is held still on one for its picture. The
 * clock is stopped just after the language shows; should it have turned on in between, it runs
 * again until the language comes round once more.
 */
async function welcomeIn(page: Page, htmlLang: string): Promise<void> {
  const shown = page.locator(`.attract-button[lang="${htmlLang}"]`);
  for (let attempt = 0; attempt < 5; attempt++) {
    await shown.waitFor({ timeout: 30_000 });
    const now = await page.evaluate(() => Date.now());
    const paused = await page.clock.pauseAt(now + 100).then(
      () => true,
      () => false, // the clock had already passed that moment
    );
    if (paused && (await shown.count()) === 1) return;
    if (paused) await page.clock.resume();
  }
  throw new Error(`the welcome screen could not be held on ${htmlLang}`);
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
