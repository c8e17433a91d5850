import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { expect } from './fixtures.js';
import { heading, primaryAction, tile } from './kiosk-visit.js';

/** The screens of a help request started from Home, in order (other times only when there are some). */
export type RequestScreen =
  | 'topic'
  | 'topic guides'
  | 'language'
  | 'time'
  | 'other times'
  | 'details'
  | 'check'
  | 'done';

export interface RequestWalk {
  /** The topic chosen on the first step: a category's tile, then one of its guides. */
  category: string;
  guide: string;
  /** Called on each screen once its heading shows, before the walk acts on it. */
  onScreen: (screen: RequestScreen) => Promise<void>;
  /** The last screen to reach; the walk sends the request only if this is `done`. */
  until: RequestScreen;
}

/**
 * Walks a help request from Home as a visitor would: the help tile, the topic (a category, then a
 * guide), the language as it is, the first time on offer and no other, the first name "Amina",
 * no reminder, send. Every move is a tap on a tile or on the screen's main action.
 */
export async function walkRequest(page: Page, t: TFunction, walk: RequestWalk): Promise<void> {
  const at = async (screen: RequestScreen, headingKey: string | null): Promise<boolean> => {
    if (headingKey) await expect(heading(page), `the ${screen} screen of the request`).toHaveText(t(headingKey));
    await walk.onScreen(screen);
    return screen !== walk.until;
  };

  await tile(page, t('home.requestButton')).click();
  if (!(await at('topic', 'request.topic.heading'))) return;
  await tile(page, walk.category).click();
  if (!(await at('topic guides', null))) return;
  await tile(page, walk.guide).click();

  if (!(await at('language', 'request.language.heading'))) return;
  await primaryAction(page).click();

  if (!(await at('time', 'request.time.heading'))) return;
  await page.locator('.slot-list .slot-button:enabled').first().click();
  await primaryAction(page).click();

  if (!(await at('other times', 'request.alternatives.heading'))) return;
  await primaryAction(page).click();

  if (!(await at('details', 'request.details.heading'))) return;
  await page.getByLabel(t('request.details.firstName'), { exact: true }).fill('Amina');
  await primaryAction(page).click();

  if (!(await at('check', 'request.check.heading'))) return;
  await primaryAction(page).click();

  await at('done', 'request.done.heading');
}
