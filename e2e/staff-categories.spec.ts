import type { Page } from '@playwright/test';
import { contentMarks, expect, firstVisit, test } from './fixtures.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

test('an editor renames and moves a category, and cannot archive one that holds guides', async ({ page, server }) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.categories'), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('categories.heading') })).toBeVisible();

  // The seed has housing ("Bostad") in place 9 of 12, after jobs.
  const rows = page.locator('.category-list > li');
  await expect(rows).toHaveCount(12);
  const housing = page.getByRole('group', { name: t('categories.legend', { id: 'housing' }) });
  const swedish = housing.getByLabel(t('categories.nameSv'), { exact: true });
  await expect(swedish).toHaveValue('Bostad');
  await expect(rows.nth(8)).toContainText(t('categories.legend', { id: 'housing' }));

  await swedish.fill('Boende');
  await housing.getByRole('button', { name: t('categories.moveUp'), exact: true }).click();
  await expect(rows.nth(7)).toContainText(t('categories.legend', { id: 'housing' }));
  // The moved row's button keeps the keyboard focus.
  await expect(housing.getByRole('button', { name: t('categories.moveUp'), exact: true })).toBeFocused();
  await page.getByRole('button', { name: t('categories.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('categories.saved') })).toBeVisible();

  await page.reload();
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(7)).toContainText(t('categories.legend', { id: 'housing' }));
  await expect(rows.nth(7).getByLabel(t('categories.nameSv'), { exact: true })).toHaveValue('Boende');
  await expect(rows.nth(8)).toContainText(t('categories.legend', { id: 'jobs' }));

  // Archiving a category that still holds a guide in use: refused, saying why; nothing changes.
  await page
    .getByRole('group', { name: t('categories.legend', { id: 'housing' }) })
    .getByRole('button', { name: t('categories.archive'), exact: true })
    .click();
  await expect(page.getByRole('alert')).toHaveText(t('categories.archiveRefused', { name: 'Boende', count: 1 }));
  await page.reload();
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(7).getByLabel(t('categories.nameSv'), { exact: true })).toHaveValue('Boende');
});

/** One category's pictogram in each language's category list of a version the kiosk has stored. */
function kioskPictograms(kiosk: Page, version: number, category: string): Promise<Record<string, string | null>> {
  return kiosk.evaluate(
    async ({ version, category }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('servicepunkt');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const get = <T>(store: string, key: IDBValidKey) =>
        new Promise<T>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const manifest = await get<{ entries: { kind: string; lang: string; hash: string }[] }>('manifests', version);
      const icons: Record<string, string | null> = {};
      for (const entry of manifest.entries.filter((e) => e.kind === 'categories')) {
        const stored = await get<{ body: { categories: { id: string; icon?: string }[] } }>('entries', entry.hash);
        icons[entry.lang] = stored.body.categories.find((c) => c.id === category)?.icon ?? null;
      }
      db.close();
      return icons;
    },
    { version, category },
  );
}

test('an editor gives a category another pictogram, by keyboard and by pointer; once published, kiosks have it', async ({
  page,
  context,
  server,
}) => {
  // A kiosk's first start, the console and a publish in one test: slow on two shared cores.
  test.setTimeout(90_000);
  // A kiosk already running, with the seed's pictogram for housing in every language.
  const kiosk = await context.newPage();
  await firstVisit(kiosk);
  const seedIcons = await kioskPictograms(kiosk, 1, 'housing');
  expect(Object.keys(seedIcons)).toHaveLength(9);
  expect(new Set(Object.values(seedIcons))).toEqual(new Set(['house']));

  const t = await signIn(page, server, 'eva', 'editor');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.categories'), exact: true })
    .click();
  const housing = page.getByRole('group', { name: t('categories.legend', { id: 'housing' }) });
  const shown = (name: string) => housing.getByText(t('categories.pictogram', { name }), { exact: true });
  await expect(shown(t('pictograms.house'))).toBeVisible();

  // Opened from the keyboard; the arrow keys move the choice, as in any group of radio buttons.
  await housing
    .locator('summary')
    .filter({ hasText: t('categories.pictogram', { name: t('pictograms.house') }) })
    .focus();
  await page.keyboard.press('Enter');
  const choice = housing.getByRole('group', { name: t('categories.pictogramChoose'), exact: true });
  const option = (key: string) => choice.getByRole('radio', { name: t(`pictograms.${key}`), exact: true });
  await expect(choice.getByRole('radio')).toHaveCount(35);
  await expect(option('house')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(option('house')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(option('briefcase')).toBeChecked();
  await expect(option('house')).not.toBeChecked();
  await expect(shown(t('pictograms.briefcase'))).toBeVisible();
  await expect(
    page.getByRole('status').filter({
      hasText: t('categories.pictogramChosen', { name: 'Bostad', pictogram: t('pictograms.briefcase') }),
    }),
  ).toBeVisible();
  await expectNoViolations(page, 'categories with a pictogram choice open');

  // By pointer: anywhere on the pictogram's tile, which is its label.
  await choice.getByText(t('pictograms.building'), { exact: true }).click();
  await expect(option('building')).toBeChecked();
  await page.getByRole('button', { name: t('categories.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('categories.saved') })).toBeVisible();
  await page.reload();
  await expect(shown(t('pictograms.building'))).toBeVisible();

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.publish'), exact: true })
    .click();
  // Every language's category list carries the pictogram.
  await expect(page.getByRole('heading', { level: 2, name: t('publish.changed', { count: 9 }) })).toBeVisible();
  await page.getByLabel(t('publish.changelog')).fill('Bostad får en ny bild');
  await page.getByRole('button', { name: t('publish.submit', { version: 2 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: t('publish.published', { version: 2 }) })).toBeVisible();

  // The kiosk asks for news when it starts again.
  await kiosk.reload();
  await expect.poll(async () => Object.values(await contentMarks(kiosk))).toContain('2');
  const published = await kioskPictograms(kiosk, 2, 'housing');
  expect(Object.keys(published)).toHaveLength(9);
  expect(new Set(Object.values(published))).toEqual(new Set(['building']));
});
