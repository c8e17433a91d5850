import { expect, firstVisit, openCategoryOf, restartOffline, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';

test('offline, a guide video plays with captions in the visitor language, and seeks', async ({ page, server }) => {
  const t = await kioskStrings('ar');
  await firstVisit(page);
  await restartOffline(page);
  await startVisit(page, 'العربية');
  await openCategoryOf(page, server, 'bankid', 'ar');
  await page.locator('.guide-card', { hasText: 'BankID' }).first().click();
  await page.getByRole('button', { name: t('guide.video') }).click();

  const video = page.locator('video');
  await expect(video).toBeVisible();
  // Captions: the Arabic track is the one showing, and its cues loaded from the media cache.
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) =>
        [...v.textTracks]
          .filter((track) => track.mode === 'showing')
          .map((track) => [track.language, track.cues?.length ?? 0]),
      ),
    )
    .toEqual([['ar', expect.any(Number)]]);
  const cues = await video.evaluate(
    (v: HTMLVideoElement) => v.textTracks[[...v.textTracks].findIndex((x) => x.mode === 'showing')]?.cues?.length ?? 0,
  );
  expect(cues).toBeGreaterThan(0);

  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 12;
  });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => (v.seeking ? -1 : v.currentTime)))
    .toBeGreaterThanOrEqual(12);
  expect(await video.evaluate((v: HTMLVideoElement) => v.error)).toBeNull();
});
