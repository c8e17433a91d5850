import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import i18next, { type TFunction } from 'i18next';
import type { StaffRole } from '../src/domain/staff-api.js';
import { hashPassword } from '../src/server/auth/password.js';
import { expect, type KioskServer, test } from './fixtures.js';

const PASSWORD = 'a long enough secret';

/** The console's own strings, through i18next as the console uses them, so the test follows the wording. */
async function staffStrings(lang: 'sv' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: false,
    ns: ['staff'],
    defaultNS: 'staff',
    resources: { [lang]: { staff: JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8')) } },
  });
  return instance.t;
}

async function signIn(page: Page, server: KioskServer, username: string, role: StaffRole): Promise<TFunction> {
  const t = await staffStrings('sv');
  await server.app.staff.createUser({ username, role, passwordHash: await hashPassword(PASSWORD) });
  await page.goto('/staff/');
  await page.getByLabel(t('signIn.username'), { exact: true }).fill(username);
  await page.getByLabel(t('signIn.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(page.getByRole('button', { name: t('app.signOut') })).toBeVisible();
  return t;
}

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
