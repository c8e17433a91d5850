import { MAX_ENTRIES_PER_REQUEST } from '../src/domain/content.js';
import {
  contentMarks,
  expect,
  firstVisit,
  flapNetwork,
  openCategoryOf,
  seedGuide,
  startVisit,
  test,
} from './fixtures.js';

test('killed halfway through a download: the old version works offline, and the download completes later', async ({
  context,
  server,
}) => {
  let page = await context.newPage();
  await firstVisit(page);
  // The first batch of entries arrives; during the second, the kiosk's page is killed. The first
  // batch is told apart by its hashes, not by counting calls: a sync may ask for it while the
  // network flaps, fail, and ask again.
  let firstBatch: string | undefined;
  let secondBatchAsked = () => {};
  const secondBatch = new Promise<void>((resolve) => {
    secondBatchAsked = resolve;
  });
  await context.route('**/api/content/entries?*', async (route) => {
    const hashes = new URL(route.request().url()).searchParams.get('hashes') ?? '';
    firstBatch ??= hashes;
    if (hashes === firstBatch) return route.continue();
    secondBatchAsked();
  });
  // Published after the route is in place: the kiosk's own timer may start the download at once.
  const { version } = await server.publishEditedAll((guide) => {
    guide.title = `${guide.title} (ny)`;
  });
  await flapNetwork(page);
  await secondBatch;
  await page.close();
  await context.unrouteAll({ behavior: 'ignoreErrors' });

  // The next start is offline: the previous version is whole and in force.
  await context.setOffline(true);
  page = await context.newPage();
  await page.goto('/');
  await startVisit(page);
  expect(await contentMarks(page)).toMatchObject({ active: '1', ready: '' });
  const guide = seedGuide(server, 'bankid', 'sv');
  await openCategoryOf(page, server, 'bankid');
  await expect(page.locator('.guide-card .tile-label', { hasText: 'BankID' }).first()).toHaveText(guide.title);
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.steps[0]?.title ?? '');

  // Back online: the download completes, fetching only what the tablet still lacks.
  const asked: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/content/entries') asked.push(...(url.searchParams.get('hashes')?.split(',') ?? []));
  });
  await context.setOffline(false);
  await expect.poll(async () => (await contentMarks(page)).ready).toBe(String(version));
  const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as {
    entries: { hash: string; kind: string }[];
  };
  const changedGuides = manifest.entries.filter((e) => e.kind === 'guide').length;
  expect(asked.length).toBe(changedGuides - MAX_ENTRIES_PER_REQUEST);

  // The new version shows at the next start (a reset point).
  await page.reload();
  await expect.poll(async () => (await contentMarks(page)).active).toBe(String(version));
});
