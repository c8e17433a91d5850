import type { Page } from '@playwright/test';
import { TEST_KIOSK_TOKEN } from '../test/helpers/server.js';
import { expect, restartOffline, test } from './fixtures.js';
import { ORIENTATIONS } from './screen-layout.js';

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

declare global {
  interface Window {
    __layoutShifts: Shift[];
  }
}

/**
 * Collects every `layout-shift` entry of each new document from its very start (buffered, so a
 * shift before the observer ran counts too), naming the elements that moved for a useful failure.
 */
async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    const element = (node: Element) => `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`;
    // A text node is named by the element it is in, and by its words, so a failure says which line moved.
    const name = (node: Node | null) =>
      node instanceof Element
        ? element(node)
        : node?.parentElement
          ? `"${node.textContent?.slice(0, 20)}" in ${element(node.parentElement)}`
          : String(node);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        window.__layoutShifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((s) => {
            const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
            return `${name(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The welcome screen has settled: it is shown, its fonts are in, and the welcome has turned to
 * Arabic (right to left, a taller line) and on to Somali, so a turn that moves things is caught.
 */
async function welcomeTurnedPastArabic(page: Page): Promise<void> {
  const button = page.locator('.attract-button');
  await button.waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await expect(button).toHaveAttribute('lang', 'ar', { timeout: 25_000 });
  await expect(button).toHaveAttribute('lang', 'so', { timeout: 10_000 });
}

/** The layout shift of the document so far, as CLS counts it (shifts right after input are not). */
async function totalShift(page: Page): Promise<{ total: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(() => window.__layoutShifts);
  const counted = shifts.filter((s) => !s.hadRecentInput);
  return { total: counted.reduce((sum, s) => sum + s.value, 0), shifts: counted };
}

for (const orientation of ORIENTATIONS) {
  test.describe(`in ${orientation.name}`, () => {
    test.use({ viewport: { width: orientation.width, height: orientation.height } });
    // Two rotations of the welcome, on a shared two-core machine.
    test.setTimeout(90_000);

    test('the first start moves nothing on screen: empty tablet, then the content arrives', async ({ page }) => {
      await observeLayoutShifts(page);
      await page.goto(`/#kiosk=${TEST_KIOSK_TOKEN}`);
      await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
      await welcomeTurnedPastArabic(page);

      const { total, shifts } = await totalShift(page);
      expect(total, JSON.stringify(shifts)).toBe(0);
    });

    test('a later start, offline with the content on the tablet, moves nothing on screen', async ({ page }) => {
      await observeLayoutShifts(page);
      await page.goto(`/#kiosk=${TEST_KIOSK_TOKEN}`);
      await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await restartOffline(page);
      await welcomeTurnedPastArabic(page);

      const { total, shifts } = await totalShift(page);
      expect(total, JSON.stringify(shifts)).toBe(0);
    });
  });
}
