import type { Page } from '@playwright/test';
import { TEXT_SCALES } from '../src/kiosk/chrome/TopBar.js';
import { expect, test } from './fixtures.js';
import { beginVisit, heading, primaryAction, setTextScale, setUpKiosk, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * Records, for every change on screen, the scroll position in the frame that paints it (a
 * requestAnimationFrame callback runs just before the paint), keyed by the screen's heading.
 */
async function recordFirstFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: { heading: string; scrollY: number }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent?.trim() ?? '';
      requestAnimationFrame(() => frames.push({ heading: text, scrollY: window.scrollY }));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** The scroll position in the first frame that painted a screen with this heading. */
const firstPaintedAt = (page: Page, title: string) =>
  page.evaluate(
    (wanted) =>
      (window as unknown as { frames_: { heading: string; scrollY: number }[] }).frames_.find(
        (f) => f.heading === wanted,
      )?.scrollY,
    title,
  );

const scrollToBottom = (page: Page) =>
  page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return window.scrollY;
  });

test('a new screen or step is painted from its top, never first scrolled where the last one was', async ({
  page,
  server,
}) => {
  const t = await kioskStrings('sv');
  await setUpKiosk(page);
  await beginVisit(page, t, 'sv');
  // At the largest text a category's list and a step are taller than the screen.
  await setTextScale(page, t, Math.max(...TEXT_SCALES), TEXT_SCALES);
  const content = await publishedContent(server, 'sv');
  const category = content.find((c) => c.guides.length > 1 && c.guides.some((g) => g.steps.length > 1));
  const guide = category?.guides.find((g) => g.steps.length > 1);
  const [first, second] = guide?.steps ?? [];
  if (!category || !guide || !first || !second) throw new Error('the seed has no category of guides with steps');

  await tile(page, category.name).click();
  await expect(heading(page)).toHaveText(category.name);
  expect(await scrollToBottom(page), 'the category screen scrolls at this text size').toBeGreaterThan(0);
  await recordFirstFrames(page);
  await tile(page, guide.title).click();
  await expect(heading(page)).toHaveText(first.title);
  expect(await firstPaintedAt(page, first.title), `the first frame of "${first.title}"`).toBe(0);

  expect(await scrollToBottom(page), 'the step scrolls at this text size').toBeGreaterThan(0);
  await primaryAction(page).click();
  await expect(heading(page)).toHaveText(second.title);
  // Taller than the screen too, or a scroll left over would be clamped to 0 and show nothing.
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
  expect(await firstPaintedAt(page, second.title), `the first frame of "${second.title}"`).toBe(0);
});
