import { expect, firstVisit, test } from './fixtures.js';

test('the kiosk is installable and opens full-screen', async ({ page }) => {
  await firstVisit(page);
  const cdp = await page.context().newCDPSession(page);
  // Chromium's own verdict, the one its install prompt uses. Playwright's contexts are off-the-record,
  // which Chromium reports as 'in-incognito'; any other reason (icons, manifest, service worker) fails.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ name: 'Servicepunkt', display: 'fullscreen', start_url: '/' });
  expect(manifest.icons).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      expect.objectContaining({ sizes: '192x192' }),
    ]),
  );
});

test('the staff console is a separate page the kiosk never loads', async ({ page, context }) => {
  const loaded: string[] = [];
  context.on('response', (r) => loaded.push(new URL(r.url()).pathname));
  await firstVisit(page);
  expect(loaded.filter((path) => /staff/.test(path))).toEqual([]);

  await page.goto('/staff/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
});
