import type { CDPSession, Page } from '@playwright/test';
import { expect, seedGuide, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';

/**
 * The take-away page opens on a visitor's own phone, which may have no font for their script: the
 * page must draw Ge'ez and Arabic script with the fonts this server ships, and name a missing guide
 * in the visitor's language. The page runs no script at all, so neither does the browser here.
 */
test.use({ javaScriptEnabled: false });
// The first test in a worker publishes the seed into its template database: slow on a shared machine.
test.describe.configure({ timeout: 60_000 });

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts Chromium drew an element's text with, through the DevTools protocol. */
async function fontsOf(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  // The document is fetched afresh each time: node ids do not outlive a navigation.
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`nothing matches ${selector}`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

/** A DevTools session with the DOM and CSS domains on. */
async function devtools(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** Records the font files a page asks for. */
function fontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/take/_fonts/')) urls.push(pathname);
  });
  return urls;
}

/**
 * Waits until every glyph of the element is drawn with one shipped web font of the family (the
 * fonts load after the first paint, with font-display: swap), and returns what was drawn.
 */
async function expectDrawnWith(cdp: CDPSession, selector: string, family: string): Promise<void> {
  await expect
    .poll(async () => (await fontsOf(cdp, selector)).map((f) => ({ family: f.familyName, custom: f.isCustomFont })))
    .toEqual([{ family, custom: true }]);
  const [font] = await fontsOf(cdp, selector);
  expect(font?.glyphCount).toBeGreaterThan(0);
}

/** The position (1-based, among the page's sections) of the first step whose title is in the script. */
function stepIn(titles: string[], script: RegExp): number {
  const index = titles.findIndex((title) => script.test(title));
  expect(index, `a step title in ${script}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

test('Tigrinya: a step in Ge’ez script is drawn entirely with the shipped Noto Sans Ethiopic', async ({
  page,
  server,
}) => {
  const requested = fontRequests(page);
  const guide = seedGuide(server, 'bankid', 'ti');
  const step = stepIn(
    guide.steps.map((s) => s.title),
    /\p{Script=Ethiopic}/u,
  );
  const response = await page.goto('/take/bankid/ti');
  expect(response?.status()).toBe(200);
  const cdp = await devtools(page);
  await expectDrawnWith(cdp, `main > section:nth-of-type(${step}) > h2`, 'Noto Sans Ethiopic');
  await expectDrawnWith(cdp, 'main > h1', 'Noto Sans Ethiopic');
  // A Tigrinya page downloads Ethiopic faces only.
  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested) expect(url).toMatch(/^\/take\/_fonts\/noto-sans-ethiopic-/);
});

test('Arabic: a step in Arabic script is drawn entirely with the shipped Noto Sans Arabic', async ({
  page,
  server,
}) => {
  const requested = fontRequests(page);
  const guide = seedGuide(server, 'bankid', 'ar');
  const step = stepIn(
    guide.steps.map((s) => s.title),
    /\p{Script=Arabic}/u,
  );
  const response = await page.goto('/take/bankid/ar');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const cdp = await devtools(page);
  await expectDrawnWith(cdp, `main > section:nth-of-type(${step}) > h2`, 'Noto Sans Arabic');
  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested) expect(url).toMatch(/^\/take\/_fonts\/noto-sans-arabic-/);
});

test('Swedish: the page downloads no Arabic or Ethiopic font', async ({ page }) => {
  const requested = fontRequests(page);
  const response = await page.goto('/take/bankid/sv');
  expect(response?.status()).toBe(200);
  const cdp = await devtools(page);
  // Once its heading is drawn, the page has asked for every font it needs.
  await expect.poll(async () => (await fontsOf(cdp, 'main > h1')).length).toBeGreaterThan(0);
  expect(await fontsOf(cdp, 'main > h1')).not.toContainEqual(expect.objectContaining({ isCustomFont: true }));
  expect(requested).toEqual([]);
});

test('a missing guide is a 404 page in the visitor’s language, in the shipped font', async ({ page }) => {
  const t = await kioskStrings('ti');
  const response = await page.goto('/take/no-such-guide/ti');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('takeAwayMissing.title'));
  await expect(page.getByText(t('takeAwayMissing.text'))).toBeVisible();
  await expectDrawnWith(await devtools(page), 'h1', 'Noto Sans Ethiopic');
});

test('a language the kiosk does not have gets the Swedish page', async ({ page }) => {
  const t = await kioskStrings('sv');
  const response = await page.goto('/take/bankid/xx');
  expect(response?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('takeAwayMissing.title'));
});
