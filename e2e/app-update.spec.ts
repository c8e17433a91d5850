import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { precompressDir } from '../scripts/precompress.js';
import { TEST_KIOSK_TOKEN, testServer } from '../test/helpers/server.js';
import { expect, test } from './fixtures.js';

test('a new app version waits while a visitor is there, and takes over at the idle reset', async ({ browser }) => {
  // Real clocks: an 8 s idle time, a 2 s countdown and up to 5 s for the old version to let go,
  // on top of two installs; with the chaos test beside it on two cores, 30 s was not enough (CI).
  test.setTimeout(90_000);
  // The built app in a folder of its own, so this test can deploy a "next version" of it.
  const publicDir = mkdtempSync(join(tmpdir(), 'servicepunkt-app-'));
  cpSync(resolve('dist/public'), publicDir, { recursive: true });
  const server = await testServer({ publicDir });
  // A short idle time, so the reset comes on the real clock (the page's timers stay real).
  Object.assign(server.app.kioskConfig, { idleTimeoutSeconds: 8, countdownSeconds: 2 });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/#kiosk=${TEST_KIOSK_TOKEN}`);
    await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
    // The first install takes the page at once (clientsClaim).
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A visitor is reading; meanwhile a new version of the app is deployed and found.
    await page.locator('.attract-button').click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.evaluate(() => {
      (window as unknown as { visitMarker: boolean }).visitMarker = true;
    });
    appendFileSync(join(publicDir, 'sw.js'), '\n// the next version\n');
    // As a build does: the compressed copies are made again, or the server would send the old worker.
    precompressDir(publicDir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null))
      .toBe('installed');

    // It waits: up to the idle countdown, the visitor's page is the same one, on the same screen.
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { visitMarker?: boolean }).visitMarker)).toBe(true);
    await expect(page.getByLabel('Search the guides')).toBeVisible();

    // The visitor has gone: at the idle reset the new version takes over, and the kiosk starts afresh on it.
    const state = () =>
      page
        .evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            waiting: registration?.waiting != null,
            controlled: navigator.serviceWorker.controller !== null,
            sameVisit: (window as unknown as { visitMarker?: boolean }).visitMarker === true,
          };
        })
        .catch(() => null); // between two documents
    await expect.poll(state, { timeout: 20_000 }).toEqual({ waiting: false, controlled: true, sameVisit: false });
    await expect(page.locator('.attract-button')).toBeVisible();
  } finally {
    await context.close();
    await server.close();
    rmSync(publicDir, { recursive: true, force: true });
  }
});
