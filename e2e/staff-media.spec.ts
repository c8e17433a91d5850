import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { ACCEPT } from '../src/staff/media/media-rules.js';
import { expect, test } from './fixtures.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

/** A valid 1 × 1 pixel PNG (70 bytes). */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function openScreen(page: Page, t: TFunction, nav: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t(nav), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t(heading) })).toBeVisible();
}

/** The media screen's list of files, once it has loaded. */
async function mediaRows(page: Page, t: TFunction): Promise<string[]> {
  await expect(page.getByText(t('app.loading'))).toHaveCount(0);
  return page.locator('.media-table tbody tr').allInnerTexts();
}

/** A size as the console writes it in Swedish (below 1000 bytes: in bytes). */
const swedishBytes = (bytes: number) => new Intl.NumberFormat('sv-SE', { style: 'unit', unit: 'byte' }).format(bytes);

test.use({ viewport: { width: 1280, height: 800 } });

test('an editor uploads a PNG with the file button and sees it listed with its size', async ({ page, server }) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await openScreen(page, t, 'nav.media', 'media.heading');
  await mediaRows(page, t);
  // The smaller limit for SVG drawings is said before an upload, not only when one is refused.
  await expect(page.locator('#media-accepted')).toContainText('SVG-teckningar högst 1 MB');

  // The keyboard way in: the button inside the drop zone opens the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('media.chooseFiles'), exact: true }).click();
  await (await chooser).setFiles({ name: 'test-pixel.png', mimeType: 'image/png', buffer: PIXEL_PNG });

  const upload = page.locator('.upload').filter({ hasText: 'test-pixel.png' });
  await expect(upload).toContainText(t('media.stateDone'));
  await expect(upload.locator('progress')).toHaveJSProperty('value', 1);
  await expect(upload).toContainText(new Intl.NumberFormat('sv-SE', { style: 'percent' }).format(1));
  await expect(
    page.getByRole('status').filter({ hasText: t('media.uploadsSummary', { done: 1, count: 1 }) }),
  ).toBeVisible();

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'media/test-pixel.png' }) });
  await expect(row).toContainText('image/png');
  await expect(row).toContainText(swedishBytes(PIXEL_PNG.length));
  await expectNoViolations(page, 'media after an upload');
});

test('a file of the wrong type or captions without the WebVTT header are refused, and the list stays', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await openScreen(page, t, 'nav.media', 'media.heading');
  const before = await mediaRows(page, t);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/staff/media')) posts.push(r.url());
  });

  await page.locator('#media-file-input').setInputFiles([
    { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not a picture') },
    { name: 'video-1177.en.vtt', mimeType: 'text/vtt', buffer: Buffer.from('00:00:01.000 --> 00:00:02.000\nHi\n') },
  ]);
  const extensions = ACCEPT.split(',').join(' ');
  await expect(
    page.getByRole('alert').filter({ hasText: t('media.refusedType', { name: 'setup.exe', extensions }) }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: t('media.refusedWebVtt', { name: 'video-1177.en.vtt' }) }),
  ).toBeVisible();
  await expect(page.locator('.upload').filter({ hasText: t('media.stateRefused') })).toHaveCount(2);

  // Captions the browser cannot fault (a cue that ends before it starts): the server's 400 is shown.
  await page.locator('#media-file-input').setInputFiles({
    name: 'video-1177.sv.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nHej\n'),
  });
  const refused = page.locator('.upload').filter({ hasText: 'video-1177.sv.vtt' });
  await expect(refused.getByRole('alert')).toContainText(t('media.serverRefused', { name: 'video-1177.sv.vtt' }));
  await expect(refused.locator('.problem-detail')).not.toBeEmpty();
  await expect(refused).toContainText(t('media.stateFailed'));

  expect(posts).toHaveLength(1);
  await page.reload();
  expect(await mediaRows(page, t)).toEqual(before);
});

test('exporting the content pack and importing it again leaves the guides as they were', async ({ page, server }) => {
  const t = await signIn(page, server, 'eva', 'editor');
  const rows = page.locator('.guide-table:not(.place-status) tbody tr');
  const guideCount = readdirSync('content/guides').length;
  await expect(rows).toHaveCount(guideCount);
  const before = await rows.allInnerTexts();

  await openScreen(page, t, 'nav.pack', 'pack.heading');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: t('pack.export'), exact: true }).click();
  const download = await downloading;
  const pack = readFileSync(await download.path(), 'utf8');
  expect(() => JSON.parse(pack)).not.toThrow();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('pack.choose'), exact: true }).click();
  await (await chooser).setFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(pack),
  });
  await expect(page.getByText(t('pack.chosen', { name: download.suggestedFilename() }))).toBeVisible();
  await page.getByRole('button', { name: t('pack.import'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(t('pack.confirmQuestion', { name: download.suggestedFilename() }));
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/staff/pack') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: t('pack.confirm'), exact: true }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  expect(response.request().headers()['content-type']).toBe('application/json');
  const counts = (await response.json()) as { guides: number; media: number };
  expect(counts.guides).toBe(guideCount);
  await expect(page.getByRole('status').filter({ hasText: t('pack.imported', counts) })).toBeVisible();
  await expectNoViolations(page, 'content pack after an import');

  await openScreen(page, t, 'nav.guides', 'guides.heading');
  await expect(rows).toHaveCount(guideCount);
  expect(await rows.allInnerTexts()).toEqual(before);
});
