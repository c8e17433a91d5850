import type { Request } from '@playwright/test';
import {
  contentMarks,
  expect,
  firstVisit,
  flapNetwork,
  openCategoryOf,
  restartOffline,
  seedGuide,
  startVisit,
  test,
} from './fixtures.js';

const HOME_HEADING = 'Vad vill du ha hjälp med?';

test('one changed guide: only that entry is downloaded, and it shows only after the idle reset', async ({
  page,
  context,
  server,
}) => {
  await page.clock.install();
  await firstVisit(page);
  await startVisit(page);
  const guide = seedGuide(server, 'bankid', 'sv');
  const oldTitle = guide.steps[0]?.title ?? '';
  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldTitle);

  // Hold the entry download until the test lets it go, to see the kiosk before it is complete.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route('**/api/content/entries?*', async (route) => {
    await held;
    await route.continue();
  });
  const contentRequests: Request[] = [];
  context.on('request', (request) => {
    if (/\/api\/content\/|\/media\//.test(request.url())) contentRequests.push(request);
  });

  const { version, entry } = await server.publishEdited('bankid', 'sv', (g) => {
    if (g.steps[0]) g.steps[0].title = 'Det här är BankID';
  });

  // The kiosk asks for news once a minute (or sooner, after a failed try).
  await page.clock.fastForward('01:01');
  await expect.poll(() => contentRequests.some((r) => r.url().includes('/api/content/entries'))).toBe(true);
  // New manifest seen, entry still on its way: nothing has changed for the visitor.
  expect(await contentMarks(page)).toMatchObject({ active: '1', ready: '' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldTitle);

  release();
  await expect.poll(async () => (await contentMarks(page)).ready).toBe(String(version));
  // Complete, but the visitor is mid-guide: still the old text.
  await page.getByRole('button', { name: 'Nästa' }).click();
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldTitle);

  const entryRequests = contentRequests.filter((r) => r.url().includes('/api/content/entries'));
  expect(entryRequests).toHaveLength(1);
  const asked = new URL(entryRequests[0]?.url() ?? '').searchParams.get('hashes');
  expect(asked).toBe(entry.hash);
  // Read as the kiosk reads it: the changed entry's bytes in their frame, never the other entries.
  const body = await (await (entryRequests[0] as Request).response())?.body();
  expect(body?.byteLength).toBe(`${entry.hash} ${entry.size}\n`.length + entry.size + 1);
  // On the wire (compressed, as every text answer above 1 KB is), no more than the entry itself.
  const { responseBodySize } = await (entryRequests[0] as Request).sizes();
  expect(responseBodySize).toBeGreaterThan(0);
  expect(responseBodySize).toBeLessThan(entry.size * 1.2 + 200);
  expect(contentRequests.filter((r) => r.url().includes('/media/'))).toHaveLength(0);

  // Home is not a reset point: the visitor is still here.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
  expect((await contentMarks(page)).active).toBe('1');

  // The visitor walks away: after the idle time and the countdown, the kiosk resets and switches.
  await page.clock.fastForward('01:31');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward('00:21');
  await expect(page.locator('.attract-button')).toBeVisible();
  await expect.poll(async () => (await contentMarks(page)).active).toBe(String(version));
  await startVisit(page);
  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det här är BankID');
});

test('a corrupted entry is refused and the version in force stays, online and offline', async ({ page, server }) => {
  await firstVisit(page);
  await startVisit(page);
  const guide = seedGuide(server, 'bankid', 'sv');
  const { entry } = await server.publishEdited('bankid', 'sv', (g) => {
    if (g.steps[0]) g.steps[0].title = 'Förfalskad rubrik';
  });
  await server.corruptEntry(entry.hash);

  await flapNetwork(page);
  await expect.poll(async () => (await contentMarks(page)).error).toContain('does not match its hash');
  expect(await contentMarks(page)).toMatchObject({ active: '1', ready: '' });

  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');

  // A new start (a reset point) does not bring in the refused version, offline either.
  await restartOffline(page);
  await startVisit(page);
  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');
  expect((await contentMarks(page)).active).toBe('1');
});

test('the manifest answers 304 to a matching If-None-Match, and the kiosk asks that way', async ({ page, context }) => {
  await firstVisit(page);
  const statuses = await page.evaluate(async () => {
    const first = await fetch('/api/content/manifest', { cache: 'no-store' });
    const etag = first.headers.get('etag') ?? '';
    const second = await fetch('/api/content/manifest', { cache: 'no-store', headers: { 'if-none-match': etag } });
    return { first: first.status, second: second.status, body: (await second.text()).length };
  });
  expect(statuses).toEqual({ first: 200, second: 304, body: 0 });

  // The kiosk says which version it holds (`?since=N`, for a delta), so match the path alone.
  const kioskCheck = context.waitForEvent('response', (r) => new URL(r.url()).pathname === '/api/content/manifest');
  await flapNetwork(page);
  const response = await kioskCheck;
  expect(response.status()).toBe(304);
});
