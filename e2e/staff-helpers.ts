import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import i18next, { type TFunction } from 'i18next';
import type { StaffRole } from '../src/domain/staff-api.js';
import { hashPassword } from '../src/server/auth/password.js';
import { expect, type KioskServer } from './fixtures.js';

export const PASSWORD = 'a long enough secret';
/** The axe rule tags for WCAG 2.2 AA, the level the kiosk and the console keep to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The console's own strings, through i18next as the console uses them, so tests follow the wording. */
export async function staffStrings(lang: 'sv' | 'en' = 'sv'): Promise<TFunction> {
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

/** Makes an account and signs it in through the console's sign-in form; returns the Swedish strings. */
export async function signIn(page: Page, server: KioskServer, username: string, role: StaffRole): Promise<TFunction> {
  const t = await staffStrings('sv');
  await server.app.staff.createUser({ username, role, passwordHash: await hashPassword(PASSWORD) });
  await page.goto('/staff/');
  await page.getByLabel(t('signIn.username'), { exact: true }).fill(username);
  await page.getByLabel(t('signIn.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(page.getByRole('button', { name: t('app.signOut') })).toBeVisible();
  return t;
}

/** axe with the WCAG 2.2 AA rules: no violation on the page as it is now. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

/** Lines the Publish screen must list before publishing, under one of its headings (Added, Changed, Removed). */
export interface ListedChanges {
  heading: string;
  lines: readonly string[];
}

/**
 * On the Publish screen, through the main navigation: the changes listed as `listed` says, a
 * changelog line, then "Publish version N".
 */
export async function publishVersion(
  page: Page,
  t: TFunction,
  version: number,
  changelog: string,
  listed?: ListedChanges,
): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.publish'), exact: true })
    .click();
  if (listed) {
    const section = page.locator('.change-list').filter({ has: page.getByRole('heading', { name: listed.heading }) });
    for (const line of listed.lines) await expect(section.locator('li').filter({ hasText: line }), line).toHaveCount(1);
  }
  await page.getByLabel(t('publish.changelog')).fill(changelog);
  await page.getByRole('button', { name: t('publish.submit', { version }), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('publish.published', { version }) })).toBeVisible();
}
