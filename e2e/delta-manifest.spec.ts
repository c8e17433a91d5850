import type { Response } from '@playwright/test';
import { contentMarks, expect, firstVisit, openCategoryOf, seedGuide, startVisit, test } from './fixtures.js';

test('an online kiosk gets a published change as a delta manifest and shows it after the idle reset', async ({
  page,
  context,
  server,
}) => {
  await page.clock.install();
  await firstVisit(page);
  await startVisit(page);
  const guide = seedGuide(server, 'bankid', 'sv');
  const manifests: Response[] = [];
  context.on('response', (response) => {
    if (response.url().includes('/api/content/manifest')) manifests.push(response);
  });

  const { version, entry } = await server.publishEdited('bankid', 'sv', (g) => {
    if (g.steps[0]) g.steps[0].title = 'Ändrad med delta';
  });
  // The kiosk asks for news once a minute.
  await page.clock.fastForward('01:01');
  await expect.poll(async () => (await contentMarks(page)).ready).toBe(String(version));

  // It said what it holds and got only the changed line back, never the whole manifest.
  const changed = manifests.filter((r) => r.status() === 200);
  expect(changed).toHaveLength(1);
  expect(new URL(changed[0]?.url() ?? '').searchParams.get('since')).toBe('1');
  const delta = await (changed[0] as Response).json();
  expect(delta).toMatchObject({ kind: 'delta', base: 1, version, changed: [entry], added: [], removed: [] });

  // The visitor walks away: after the idle time and the countdown, the kiosk resets and switches.
  await page.clock.fastForward('01:31');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward('00:21');
  await expect.poll(async () => (await contentMarks(page)).active).toBe(String(version));
  await startVisit(page);
  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändrad med delta');
});
