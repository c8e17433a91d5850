import type { Manifest } from '../src/domain/content.js';
import {
  contentMarks,
  expect,
  firstVisit,
  openCategoryOf,
  restartOffline,
  seedGuide,
  startVisit,
  test,
} from './fixtures.js';

test('after one visit online, the kiosk starts and shows guides with the network gone', async ({ page, server }) => {
  await firstVisit(page);
  await restartOffline(page);
  await startVisit(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad vill du ha hjälp med?');
  await expect(page.getByText('Ingen internetanslutning')).toBeVisible();
  expect(await contentMarks(page)).toMatchObject({ active: '1' });

  const guide = seedGuide(server, 'print-scan', 'sv');
  await openCategoryOf(page, server, 'print-scan', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  for (const [index, step] of guide.steps.entries()) {
    await expect(page.getByText(`Steg ${index + 1} av ${guide.steps.length}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
    const image = step.blocks.find((b) => b.type === 'image');
    if (image?.type === 'image') {
      // The picture comes from the media cache through the service worker, not the network.
      const img = page.getByRole('img', { name: image.alt });
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    }
    if (index < guide.steps.length - 1) await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByRole('button', { name: 'Klar – till start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad vill du ha hjälp med?');
});

test('offline, the service worker answers Range requests for media from its cache', async ({ page, server }) => {
  await firstVisit(page);
  await restartOffline(page);
  const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;
  const file = manifest.media[0];
  const answer = await page.evaluate(async (hash) => {
    const response = await fetch(`/media/${hash}`, { headers: { range: 'bytes=5-14' } });
    return {
      status: response.status,
      range: response.headers.get('content-range'),
      length: (await response.arrayBuffer()).byteLength,
    };
  }, file?.hash ?? '');
  expect(answer).toEqual({ status: 206, range: `bytes 5-14/${file?.size}`, length: 10 });
});

test('the visitor can choose English; html lang follows and the guide is in English', async ({ page, server }) => {
  await firstVisit(page);
  await startVisit(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const guide = seedGuide(server, 'bankid', 'en');
  await openCategoryOf(page, server, 'bankid', 'en');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByText(`Step 1 of ${guide.steps.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');
  await expect(page.getByText('This translation has not been reviewed yet.')).toBeVisible();
});

test.describe('a tablet that has never reached a server with content', () => {
  test.use({ seed: false });

  test('says so plainly, and keeps trying by itself until there are guides', async ({ page, server }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Guiderna hämtas' })).toBeVisible();
    await expect(page.getByText('Surfplattan har inte nått bibliotekets server än.')).toBeVisible();
    await expect(page.getByText(/Nytt försök om \d+ sekunder/)).toBeVisible();
    await server.seed();
    await expect(page.locator('.attract-button')).toBeVisible();
  });

  test('"Try now" tries at once', async ({ page, server }) => {
    await page.clock.install();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Guiderna hämtas' })).toBeVisible();
    // With the clock held, the kiosk's own retries wait: only the button can bring the guides.
    // (A held clock also holds animation frames, so the click skips Playwright's stability wait.)
    await page.clock.pauseAt(Date.now() + 1000);
    await server.seed();
    await page.getByRole('button', { name: 'Försök nu' }).click({ force: true });
    await expect(page.locator('.attract-button')).toBeVisible();
  });
});
