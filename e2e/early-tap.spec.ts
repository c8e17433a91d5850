import { TEST_KIOSK_TOKEN } from '../test/helpers/server.js';
import { expect, test } from './fixtures.js';

// Without a service worker the app's chunk comes from the network, where the test can hold it back.
test.use({ serviceWorkers: 'block' });

test('a tap on the welcome screen before the rest of the app has loaded opens the language chooser once it has', async ({
  page,
}) => {
  await page.goto(`/#kiosk=${TEST_KIOSK_TOKEN}`);
  await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);

  // The next start: the rest of the app is held back until the visitor has tapped.
  let tapped!: () => void;
  const tap = new Promise<void>((resolve) => {
    tapped = resolve;
  });
  let held = 0;
  await page.route('**/assets/full-start-*.js', async (route) => {
    held += 1;
    await tap;
    await route.continue();
  });
  await page.reload();
  await page.locator('.attract-button').click();
  // The tap landed on the tiny entry's welcome screen: the app it would start is still held back.
  await expect.poll(() => held).toBe(1);
  await expect(page.locator('.language-list')).toHaveCount(0);

  tapped();
  await expect(page.locator('.language-list')).toBeVisible();
});
