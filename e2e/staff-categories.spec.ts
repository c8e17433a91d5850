import { expect, test } from './fixtures.js';
import { signIn } from './staff-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

test('an editor renames and moves a category, and cannot remove one that has guides', async ({ page, server }) => {
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

  // Removing a category that still has guides: the server refuses and says why; nothing changes.
  await page
    .getByRole('group', { name: t('categories.legend', { id: 'housing' }) })
    .getByRole('button', { name: t('categories.remove'), exact: true })
    .click();
  await expect(rows).toHaveCount(11);
  await page.getByRole('button', { name: t('categories.save'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('"housing", which would vanish');
  await page.reload();
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(7).getByLabel(t('categories.nameSv'), { exact: true })).toHaveValue('Boende');
});
