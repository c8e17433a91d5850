import type { Page } from '@playwright/test';
import { contentMarks, expect } from './fixtures.js';

/**
 * A kiosk's time, driven by `page.clock` (installed before its first visit): its minute passes
 * and it asks for news; nobody touches it and its idle reset comes.
 */

/** Lets the kiosk's minute pass (it asks for news), then waits until the new version is ready. */
export async function kioskHasVersion(page: Page, version: number): Promise<void> {
  await page.clock.runFor(1000);
  await page.clock.fastForward('01:01');
  await expect.poll(async () => (await contentMarks(page)).ready).toBe(String(version));
}

/** The visitor walks away; the idle reset applies what is waiting. */
export async function idleReset(page: Page): Promise<void> {
  await page.clock.runFor(1000);
  await page.clock.fastForward('01:31');
  await page.clock.runFor(1000);
  await page.clock.fastForward('00:21');
  await expect(page.locator('.attract-button')).toBeVisible();
}
