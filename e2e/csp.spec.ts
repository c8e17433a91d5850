import type { Page } from '@playwright/test';
import { expect, firstVisit, openCategoryOf, restartOffline, seedGuide, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { signIn } from './staff-helpers.js';

/**
 * Every Content-Security-Policy violation the page meets: Chromium's own console report and the
 * `securitypolicyviolation` event (listened to from before any of the page's scripts run).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** Proves the watch works: an inline script, which the policy forbids, is reported. */
async function expectWatchCatches(page: Page, violations: string[]): Promise<void> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inline = "ran"';
    document.head.append(script);
  });
  await expect.poll(() => violations.some((v) => /script-src/.test(v))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.inline)).toBeUndefined();
}

test('a visitor walks through the kiosk, online and offline, with no CSP violation', async ({ page, server }) => {
  const violations = await watchViolations(page);
  const headers = (await page.request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");

  await firstVisit(page);
  await restartOffline(page);
  await startVisit(page);
  // A guide with pictures and QR codes, step by step to its end.
  const guide = seedGuide(server, '1177', 'sv');
  await openCategoryOf(page, server, '1177', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  for (let i = 0; i < guide.steps.length; i++) {
    await expect(page.locator('.step h1')).toBeVisible();
    for (const img of await page.locator('main img').all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    }
    if (i < guide.steps.length - 1) await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByRole('button', { name: 'Klar – till start' }).click();

  // A video with captions, played from the media cache.
  const t = await kioskStrings('sv');
  await openCategoryOf(page, server, 'bankid');
  await page.locator('.guide-card', { hasText: 'BankID' }).first().click();
  await page.getByRole('button', { name: t('guide.video') }).click();
  const video = page.locator('video');
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);

  expect(violations).toEqual([]);
  await expectWatchCatches(page, violations);
});

test('an editor opens the console, a guide and its preview with no CSP violation', async ({ page, server }) => {
  const violations = await watchViolations(page);
  const headers = (await page.request.get('/staff/')).headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");

  const t = await signIn(page, server, 'eva', 'editor');
  await expect(page.locator('.guide-table:not(.place-status) tbody tr').first()).toBeVisible();
  await page.getByRole('link', { name: seedGuide(server, 'bankid', 'sv').title }).click();
  await page.getByLabel(t('editor.language')).selectOption('ar');
  await page.getByRole('button', { name: t('editor.preview'), exact: true }).click();
  await expect(page.locator('.preview-frame iframe').contentFrame().locator('.guide-title')).toContainText('BankID');
  for (const img of await page.locator('.preview-frame iframe').contentFrame().locator('img').all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }

  expect(violations).toEqual([]);
  await expectWatchCatches(page, violations);
});
