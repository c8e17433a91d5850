import { expect, firstVisit, openCategoryOf, openFirstGuide, seedGuide, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';

test.describe('read aloud', () => {
  test.beforeEach(async ({ page }) => {
    // The test browser has no voices: give it a Swedish one and record what it is asked to say.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const voices = [{ lang: 'sv-SE', name: 'Svensk röst', default: true, localService: true, voiceURI: 'sv' }];
      class Utterance extends EventTarget {
        text: string;
        lang = '';
        rate = 1;
        voice: unknown = null;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      Object.assign(window, { SpeechSynthesisUtterance: Utterance });
      Object.assign(speechSynthesis, {
        getVoices: () => voices,
        cancel: () => undefined,
        speak: (u: Utterance) => {
          spoken.push({ text: u.text, lang: u.lang });
          queueMicrotask(() => u.onend?.());
        },
      });
    });
  });

  test('reads the current step in the visitor language where the device has a voice', async ({ page, server }) => {
    await firstVisit(page);
    await startVisit(page);
    const guide = seedGuide(server, 'bankid', 'sv');
    await openCategoryOf(page, server, 'bankid');
    await page.getByRole('button', { name: guide.title }).click();
    await page.getByRole('button', { name: 'Läs upp' }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('sv-SE');
    expect(spoken[0]?.text.startsWith(guide.steps[0]?.title ?? '-')).toBe(true);
  });

  test('shows no read-aloud button for a language the device cannot speak', async ({ page }) => {
    const t = await kioskStrings('so');
    await firstVisit(page);
    await startVisit(page, 'Soomaali');
    await openFirstGuide(page);
    await expect(page.locator('.step h1')).toBeVisible();
    await expect(page.getByRole('button', { name: t('guide.readAloud') })).toHaveCount(0);
  });
});

test('the take-away code opens the same guide in the same language on a phone, without the kiosk', async ({
  page,
  server,
  browser,
}) => {
  await firstVisit(page);
  await startVisit(page, 'Українська');
  const guide = seedGuide(server, '1177', 'uk');
  await openCategoryOf(page, server, '1177', 'uk');
  await page.getByRole('button', { name: guide.title }).click();
  const shown = await page.locator('.take-away-url').innerText();
  expect(shown).toMatch(/\/take\/1177\/uk$/);

  // A phone: another browser, no service worker, no kiosk state.
  const phone = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const phonePage = await phone.newPage();
  await phonePage.goto(`http://${shown}`);
  await expect(phonePage.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(phonePage.getByRole('heading', { level: 1 })).toHaveText(guide.title);
  await expect(phonePage.getByRole('heading', { level: 2 })).toHaveCount(guide.steps.length);
  expect(await phonePage.locator('script').count()).toBe(0);
  await phone.close();
});

test('links in a guide are QR codes, never links the kiosk follows', async ({ page, server }) => {
  await firstVisit(page);
  await startVisit(page);
  const guide = seedGuide(server, '1177', 'sv');
  await openCategoryOf(page, server, '1177', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.locator('.step h1')).toBeVisible();
  // Walk the guide: wherever a step has a link, it is shown as a code and an address, not an anchor.
  let codes = 0;
  for (let i = 0; i < guide.steps.length; i++) {
    expect(await page.locator('main a[href]').count()).toBe(0);
    codes += await page.locator('.link-codes .qr-code').count();
    if (i < guide.steps.length - 1) await page.getByRole('button', { name: 'Nästa' }).click();
  }
  expect(codes).toBeGreaterThan(0);
});

test('no context menu, no text selection by long press', async ({ page }) => {
  await firstVisit(page);
  await startVisit(page);
  const prevented = await page.evaluate(() => {
    const target = document.querySelector('h1') ?? document.body;
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    const select = new Event('selectstart', { bubbles: true, cancelable: true });
    target.dispatchEvent(menu);
    target.dispatchEvent(select);
    return [menu.defaultPrevented, select.defaultPrevented, getComputedStyle(document.body).userSelect];
  });
  expect(prevented).toEqual([true, true, 'none']);
});
