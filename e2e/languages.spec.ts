import { LANGUAGES } from '../src/domain/languages.js';
import { expect, firstVisit, openCategoryOf, seedGuide, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';

/** A raw i18n key on screen means a string is missing. */
const RAW_KEY = /\b(topBar|guide|home|askStaff|idle|search|noContent|languages|attract|status|takeAway)\.[a-zA-Z]+/;

for (const language of LANGUAGES) {
  test(`${language.nativeName} (${language.code}): the whole UI and the guide in that language, with lang and dir`, async ({
    page,
    server,
  }) => {
    const t = await kioskStrings(language.code);
    const sv = await kioskStrings('sv');
    await firstVisit(page);
    await startVisit(page, language.nativeName);

    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', language.htmlLang);
    await expect(html).toHaveAttribute('dir', language.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.heading'));

    const guide = seedGuide(server, 'bankid', language.code);
    expect(guide.lang).toBe(language.code);
    await openCategoryOf(page, server, 'bankid', language.code);
    await page.getByRole('button', { name: guide.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');
    await page.getByRole('button', { name: t('guide.next') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[1]?.title ?? '');
    await expect(page.getByText(t('guide.stepOf', { current: 2, total: guide.steps.length }))).toBeVisible();
    // The guide is in the visitor's language, so it carries no language of its own.
    await expect(page.locator('main.guide')).not.toHaveAttribute('lang', /.+/);

    // Every piece of the interface around the guide, in this language.
    const chrome = page.locator('.top-bar, .action-bar, .step-counter, .take-away h2, .draft-note');
    const chromeText = (await chrome.allInnerTexts()).join('\n');
    for (const key of [
      'topBar.home',
      'topBar.search',
      'askStaff.button',
      'topBar.contrast',
      'guide.back',
      'guide.next',
    ]) {
      expect(chromeText).toContain(t(key));
    }
    if (!language.code.startsWith('sv')) {
      for (const key of ['topBar.search', 'askStaff.button', 'topBar.contrast', 'guide.back', 'guide.next']) {
        if (sv(key) !== t(key)) expect(chromeText, `Swedish "${sv(key)}" leaks`).not.toContain(sv(key));
      }
    }
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  });
}
