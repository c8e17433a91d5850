import type { Locator } from '@playwright/test';
import { expect, firstVisit, test } from './fixtures.js';
import { heading, tile, tiles } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { ORIENTATIONS, placementOf } from './screen-layout.js';

// The server's start and the first visit alone can take half a minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Why a tile is not wholly on screen without scrolling, or null. */
async function offScreen(locator: Locator, name: string, where: string): Promise<string | null> {
  const box = await placementOf(locator);
  const inside =
    box.top >= 0 &&
    box.left >= 0 &&
    box.bottom <= box.viewportHeight &&
    box.right <= box.viewportWidth &&
    box.scrollY === 0;
  if (inside) return null;
  return `the "${name}" tile on ${where} is at x=${Math.round(box.left)}–${Math.round(box.right)}, y=${Math.round(box.top)}–${Math.round(box.bottom)} (scrolled ${Math.round(box.scrollY)} px), not inside ${box.viewportWidth}×${box.viewportHeight}`;
}

/** Taps as a visitor does, counting them; a target off screen costs a scroll first, counted apart. */
function tapCounter() {
  const counts = { taps: 0, scrolls: 0 };
  return {
    counts,
    async tap(target: Locator) {
      const box = await placementOf(target);
      if (box.bottom > box.viewportHeight || box.top < 0) counts.scrolls++;
      await target.click();
      counts.taps++;
    },
  };
}

for (const orientation of ORIENTATIONS) {
  test.describe(`${orientation.name} ${orientation.width}×${orientation.height}`, () => {
    test.use({ viewport: { width: orientation.width, height: orientation.height }, actionTimeout: 10_000 });

    test('Home shows every category and the help tile without scrolling; a category opens its guides as tiles', async ({
      page,
      server,
    }) => {
      const t = await kioskStrings('sv');
      const content = await publishedContent(server, 'sv');
      await firstVisit(page);
      await page.locator('.attract-button').click();
      await page.getByRole('button', { name: 'Svenska', exact: true }).click();
      await expect(heading(page)).toHaveText(t('home.heading'));

      const expected = [...content.map((c) => c.name), t('home.requestButton')];
      await expect(tiles(page)).toHaveCount(expected.length);
      const where = `Home (sv, ${orientation.name}, 100 %)`;
      const problems: string[] = [];
      for (const name of expected) {
        const problem = await offScreen(tile(page, name), name, where);
        if (problem) problems.push(problem);
      }
      expect(problems, 'tiles a visitor would have to scroll to').toEqual([]);

      for (const category of content) {
        await tile(page, category.name).click();
        await expect(tiles(page).locator('.tile-label'), `the guides of ${category.name}`).toHaveText(
          category.guides.map((g) => g.title),
        );
        await page
          .locator('.top-bar')
          .getByRole('button', { name: t('topBar.home'), exact: true })
          .click();
        await expect(heading(page)).toHaveText(t('home.heading'));
      }
    });

    test('from the welcome screen to the first step of the BankID guide: four taps (welcome, language, category, guide), no scrolling', async ({
      page,
      server,
    }) => {
      const content = await publishedContent(server, 'sv');
      const bank = content.find((c) => c.guides.some((g) => g.id === 'bankid'));
      const guide = bank?.guides.find((g) => g.id === 'bankid');
      if (!bank || !guide) throw new Error('the published content has no BankID guide');
      await firstVisit(page);
      const { counts, tap } = tapCounter();
      await tap(page.locator('.attract-button'));
      await tap(page.getByRole('button', { name: 'Svenska', exact: true }));
      await tap(tile(page, bank.name));
      await tap(tile(page, guide.title));
      await expect(heading(page)).toHaveText(guide.steps[0]?.title ?? '');
      test
        .info()
        .annotations.push({ type: 'taps to BankID', description: `${counts.taps} taps, ${counts.scrolls} scrolls` });
      console.log(
        `taps from the welcome screen to BankID step 1 (${orientation.name}): ${counts.taps}, scrolls: ${counts.scrolls}`,
      );
      expect(counts.scrolls, 'targets the visitor had to scroll to first').toBe(0);
    });
  });
}
