import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { TEXT_SCALES } from '../src/kiosk/chrome/TopBar.js';
import { expect, test } from './fixtures.js';
import {
  beginVisit,
  goHome,
  heading,
  primaryAction,
  setTextScale,
  setUpKiosk,
  switchLanguage,
  tile,
} from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent, type ShownCategory } from './published-content.js';
import { walkRequest } from './request-walk.js';
import { ORIENTATIONS, placementOf, reachProblems } from './screen-layout.js';

/**
 * Swedish and one right-to-left language. The other seven lay out as one of these two; all nine
 * would make each run four and a half times as long for little more.
 */
const CHECKED_LANGUAGES = ['sv', 'ar'];

// Each test walks about 230 screens; on a busy machine starting the server alone can take half a minute.
test.describe.configure({ timeout: 300_000 });

const percent = (scale: number) => `${Math.round(scale * 100)} %`;

/**
 * What keeps the screen's main action out of a visitor's reach (nothing, or problems to fix). On
 * the request's topic step a tile is the answer and the bar holds only Back, so Back is checked.
 */
async function mainActionProblems(
  page: Page,
  where: string,
  primary = primaryAction(page),
): Promise<{ problems: string[]; inReach: boolean }> {
  const count = await primary.count();
  if (count !== 1) {
    const problem = `${where} has ${count} main actions in its bottom action bar (nav.action-bar .primary), not 1`;
    return { problems: [problem], inReach: false };
  }
  const placement = await placementOf(primary);
  const label = `"${(await primary.innerText()).trim()}"`;
  const problems = reachProblems(placement, label, where);
  return { problems, inReach: problems.length === 0 };
}

/**
 * Taps the main action: where it is in reach, at its centre as a finger would (no scrolling, and
 * quicker than a click that checks it all again); otherwise as a visitor who scrolls. False when it
 * cannot be tapped at all (missing or covered), so the walk stops there.
 */
async function tapMainAction(page: Page, inReach: boolean): Promise<boolean> {
  const primary = primaryAction(page);
  if (inReach) {
    const box = await primary.boundingBox();
    if (box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return true;
    }
  }
  return primary
    .click({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

/** Every step of every guide, through Home and the category tiles, the steps by the main action. */
async function walkGuides(
  page: Page,
  t: TFunction,
  categories: ShownCategory[],
  where: (screen: string) => string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const category of categories) {
    for (const guide of category.guides) {
      await tile(page, category.name).click();
      await tile(page, guide.title).click();
      let finished = true;
      for (const [index, step] of guide.steps.entries()) {
        await expect(heading(page), `step ${index + 1} of ${guide.id}`).toHaveText(step.title);
        const found = await mainActionProblems(page, where(`step ${index + 1} of ${guide.id}`));
        problems.push(...found.problems);
        finished = await tapMainAction(page, found.inReach);
        if (!finished) break;
      }
      // Done on the last step leads Home; where the walk stopped early, the top bar does.
      if (finished) await expect(heading(page), `Home after ${guide.id}`).toHaveText(t('home.heading'));
      else await goHome(page, t);
    }
  }
  return problems;
}

/** After "Next" with no name, the name field shows between the top bar and the action bar. */
async function nameFieldProblems(page: Page, t: TFunction, where: string): Promise<string[]> {
  const field = page.getByLabel(t('request.details.firstName'), { exact: true });
  await primaryAction(page).click();
  await expect(page.locator('#request-first-name-error')).toHaveText(t('request.errors.firstNameMissing'));
  await expect(field).toBeFocused();
  const placement = await placementOf(field);
  const problems = reachProblems(placement, 'the first-name field', where, { mayScroll: true });
  const bar = await page.locator('.top-bar').boundingBox();
  if (bar && placement.top < bar.y + bar.height) {
    problems.push(
      `the first-name field on ${where} starts at y=${Math.round(placement.top)}, under the top bar, which ends at y=${Math.round(bar.y + bar.height)}`,
    );
  }
  return problems;
}

for (const orientation of ORIENTATIONS) {
  test.describe(`${orientation.name} ${orientation.width}×${orientation.height}`, () => {
    // A missing button fails in seconds with its name, not at the end of the whole walk's time.
    test.use({ viewport: { width: orientation.width, height: orientation.height }, actionTimeout: 10_000 });

    for (const scale of TEXT_SCALES) {
      test(`at ${percent(scale)} text the main action of every guide step and request screen is on screen and uncovered`, async ({
        page,
        server,
      }) => {
        const problems: string[] = [];
        await setUpKiosk(page);
        let previous: string | null = null;
        for (const code of CHECKED_LANGUAGES) {
          const t = await kioskStrings(code);
          if (previous === null) {
            await beginVisit(page, t, code);
            await setTextScale(page, t, scale, TEXT_SCALES);
          } else {
            await switchLanguage(page, t, previous, code);
          }
          previous = code;
          const where = (screen: string) => `${screen} (${code}, ${orientation.name}, ${percent(scale)})`;

          const content = await publishedContent(server, code);
          expect(content.flatMap((c) => c.guides).length, 'guides on the kiosk').toBeGreaterThan(0);
          problems.push(...(await walkGuides(page, t, content, where)));

          const bank = content.find((c) => c.id === 'bank-id');
          await walkRequest(page, t, {
            category: bank?.name ?? 'bank-id',
            guide: bank?.guides[0]?.title ?? 'bankid',
            until: 'done',
            onScreen: async (screen) => {
              const topic = screen === 'topic' || screen === 'topic guides';
              const action = topic ? page.locator('nav.action-bar button') : primaryAction(page);
              problems.push(
                ...(await mainActionProblems(page, where(`the request's ${screen} screen`), action)).problems,
              );
              if (screen === 'details' && scale === Math.max(...TEXT_SCALES)) {
                problems.push(...(await nameFieldProblems(page, t, where(`the request's ${screen} screen`))));
              }
            },
          });
          await primaryAction(page).click();
          await expect(heading(page)).toHaveText(t('home.heading'));
        }
        expect(problems, `${problems.length} places where a visitor cannot reach the main action`).toEqual([]);
      });
    }
  });
}
