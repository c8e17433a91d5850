import type { Locator, Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { languageFor } from '../src/domain/languages.js';
import { expect, firstVisit } from './fixtures.js';

/**
 * Ways through the new visitor screens, written on what a visitor sees (roles and names) and the
 * screens' agreed classes: Home is a `.tile-grid` of `button.tile`, every guide step and request
 * screen ends in a fixed `nav.action-bar` whose main button is `.primary`.
 */

/** The screen's main action, in the bottom action bar. */
export const primaryAction = (page: Page): Locator => page.locator('nav.action-bar .primary');

/** The tiles on Home, on a category's screen and on the request's topic step. */
export const tiles = (page: Page): Locator => page.locator('.tile-grid button.tile');

/** One tile by its label (a guide's tile says its summary too, below the label). */
export const tile = (page: Page, label: string): Locator =>
  tiles(page).filter({ has: page.locator('.tile-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });

/** A text as a regular expression that matches exactly it. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The heading of the screen. */
export const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** First visit, and the help-session times kept on the tablet (the request flow needs them). */
export async function setUpKiosk(page: Page): Promise<void> {
  await firstVisit(page);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('servicepunkt');
            open.onsuccess = () => {
              const db = open.result;
              const count = db.objectStoreNames.contains('slotFeed')
                ? db.transaction('slotFeed').objectStore('slotFeed').count()
                : null;
              if (!count) resolve(0);
              else count.onsuccess = () => resolve(count.result);
              db.close();
            };
            open.onerror = () => resolve(0);
          }),
      ),
    )
    .toBe(1);
}

/** A visitor taps the welcome screen and chooses a language by its own name; Home shows. */
export async function beginVisit(page: Page, t: TFunction, code: string): Promise<void> {
  await page.locator('.attract-button').click();
  await page.getByRole('button', { name: languageFor(code).nativeName, exact: true }).click();
  await expect(heading(page)).toHaveText(t('home.heading'));
}

/** Changes the language through the top bar, in the middle of a visit (text size and contrast stay). */
export async function switchLanguage(page: Page, t: TFunction, from: string, to: string): Promise<void> {
  const fromName = languageFor(from).nativeName;
  await page.getByRole('button', { name: new RegExp(`: ${escapeRegExp(fromName)}$`) }).click();
  await page.getByRole('button', { name: languageFor(to).nativeName, exact: true }).click();
  await expect(heading(page)).toHaveText(t('home.heading'));
}

/** Back to Home through the top bar. */
export async function goHome(page: Page, t: TFunction): Promise<void> {
  await page
    .locator('.top-bar')
    .getByRole('button', { name: t('topBar.home'), exact: true })
    .click();
  await expect(heading(page)).toHaveText(t('home.heading'));
}

/** The kiosk's text scale as the page applies it. */
const appliedScale = (page: Page) =>
  page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue('--text-scale') || 1));

/** Taps the top bar's text-size button until the text is at `scale` (it cycles through the sizes). */
export async function setTextScale(page: Page, t: TFunction, scale: number, sizes: readonly number[]): Promise<void> {
  const button = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(t('topBar.textSize'))}`) });
  for (let i = 0; i < sizes.length; i++) {
    const before = await appliedScale(page);
    if (before === scale) break;
    await button.click();
    await expect.poll(() => appliedScale(page)).not.toBe(before);
  }
  expect(await appliedScale(page), `the text-size button never reaches ${scale * 100} %`).toBe(scale);
}
