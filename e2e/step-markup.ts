import type { FrameLocator, Locator, Page } from '@playwright/test';

/**
 * What a visitor sees of a step (the guide's title, the counter, the step, the action bar) as
 * markup: the kiosk's own extras around it (video, help request, take-away) are not part of the
 * step, and read-aloud shows only where the device has a voice. The same function reads the
 * kiosk's `main.guide` and the console preview's, so "the preview is the kiosk" is one comparison.
 */
export const stepMarkup = (guide: Locator) =>
  guide.evaluate((main) =>
    ['.guide-title', '.step-counter', 'article.step', 'nav.action-bar'].map((selector) => {
      const part = main.querySelector(selector)?.cloneNode(true) as Element | undefined;
      for (const extra of part?.querySelectorAll('.read-aloud') ?? []) extra.remove();
      return part?.outerHTML ?? `no ${selector}`;
    }),
  );

/** The console's preview: the kiosk's own document in a tablet-sized frame. */
export const previewFrame = (page: Page): FrameLocator => page.locator('.preview-frame iframe').contentFrame();

/**
 * Presses a button in the preview from the keyboard, as an editor without a mouse does. (A pointer
 * click cannot be aimed by Playwright inside a scaled-down frame: it places the target unscaled.)
 */
export async function pressInPreview(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
}
