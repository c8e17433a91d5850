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

test('offline, the video is made for a visitor: a large labelled play button, a tap on the picture plays and pauses, large captions on a solid ground', async ({
  page,
  server,
}) => {
  const t = await kioskStrings('ar');
  await firstVisit(page);
  await restartOffline(page);
  await startVisit(page, 'العربية');
  await openCategoryOf(page, server, 'bankid', 'ar');
  await page.locator('.guide-card', { hasText: 'BankID' }).first().click();
  await page.getByRole('button', { name: t('guide.video') }).click();

  const video = page.locator('video');
  const paused = () => video.evaluate((v: HTMLVideoElement) => v.paused);
  const play = page.getByRole('button', { name: t('videoPlayer.play') });
  await expect(play).toBeVisible();
  const playBox = await play.boundingBox();
  expect(Math.min(playBox?.width ?? 0, playBox?.height ?? 0)).toBeGreaterThanOrEqual(64);
  // The play button sits over the picture, not beside it.
  const videoBox = await video.boundingBox();
  expect(videoBox).not.toBeNull();
  if (playBox && videoBox) {
    expect(playBox.x).toBeGreaterThan(videoBox.x);
    expect(playBox.x + playBox.width).toBeLessThan(videoBox.x + videoBox.width);
  }
  // No small browser controls for a visitor to find.
  expect(await video.evaluate((v: HTMLVideoElement) => v.controls)).toBe(false);

  // A tap on the picture (off the button) plays; another pauses, and the play button is back.
  await video.click({ position: { x: 12, y: 12 } });
  await expect.poll(paused).toBe(false);
  await expect(play).toBeHidden();
  const pause = page.getByRole('button', { name: t('videoPlayer.pause') });
  expect((await pause.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
  await video.click({ position: { x: 12, y: 12 } });
  await expect.poll(paused).toBe(true);
  await expect(play).toBeVisible();

  // The play button plays, the pause button pauses, and "back 10 s" seeks back.
  await play.click();
  await expect.poll(paused).toBe(false);
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 14;
  });
  await pause.click();
  await expect.poll(paused).toBe(true);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await page.getByRole('button', { name: t('videoPlayer.back', { seconds: 10 }) }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThanOrEqual(before - 9.5);

  // Captions at least the body's size and growing with the visitor's text size, on solid black.
  const cue = () =>
    video.evaluate((v: HTMLVideoElement) => {
      const style = getComputedStyle(v, '::cue');
      return {
        size: Number.parseFloat(style.fontSize),
        body: Number.parseFloat(getComputedStyle(document.body).fontSize),
        ground: style.backgroundColor,
      };
    });
  const normal = await cue();
  expect(normal.size).toBeGreaterThanOrEqual(normal.body);
  expect(normal.ground).toBe('rgb(0, 0, 0)');
  await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.5'));
  expect((await cue()).size).toBeCloseTo(normal.size * 1.5, 0);
});
