import type { Page } from '@playwright/test';
import { expect, firstVisit, openFirstGuide, startVisit, test } from './fixtures.js';
import { storedText } from './stored-text.js';

const TYPED = 'Zyxwerty4711';

/** Lets the page settle (pending renders and effects run), then jumps the clock ahead. */
async function idleFor(page: Page, time: string): Promise<void> {
  await page.clock.runFor(1000);
  await page.clock.fastForward(time);
}

test('after the idle countdown nothing of the visit remains: not on screen, in history, storage or memory', async ({
  page,
}) => {
  await page.clock.install();
  await firstVisit(page);
  await startVisit(page, 'English');
  await openFirstGuide(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search the guides').fill(TYPED);
  await expect(page.getByText('No guide matches.')).toBeVisible();
  await page
    .getByRole('button', { name: 'Large text' })
    .or(page.getByRole('button', { name: /Text size/ }))
    .click();

  // 90 s without a touch: the countdown; touching keeps the visit.
  await idleFor(page, '01:30');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Are you still there?');
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Search the guides')).toHaveValue(TYPED);

  // Gone for good: countdown, then the reset.
  await idleFor(page, '01:30');
  await expect(dialog).toBeVisible();
  await idleFor(page, '00:20');
  await expect(page.locator('.attract-button')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // Text size back to normal.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');

  // Nothing typed is kept: not in the page, storage, caches, or the JavaScript heap.
  expect(await page.content()).not.toContain(TYPED);
  expect(await storedText(page)).not.toContain(TYPED);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let snapshot = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => {
    snapshot += chunk;
  });
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  expect(snapshot.length).toBeGreaterThan(100_000);
  expect(snapshot).not.toContain(TYPED);

  // The back button brings back nothing of the visit.
  // The visit's screens were never history entries: going back leaves the kiosk page entirely
  // (here, to the blank page the test started from), and coming forward starts afresh.
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goForward();
  await expect(page.locator('.attract-button')).toBeVisible();
  await expect(page.locator('.step, .search, .guide-card')).toHaveCount(0);
});

test('no reset while a video plays', async ({ page }) => {
  await page.clock.install();
  await firstVisit(page);
  await startVisit(page);
  await page.getByRole('button', { name: 'Se en film om Servicepunkt' }).click();
  await page.locator('video').evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    v.loop = true;
    return v.play();
  });
  await idleFor(page, '02:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause());
  await idleFor(page, '01:30');
  await expect(page.getByRole('alertdialog')).toBeVisible();
});
