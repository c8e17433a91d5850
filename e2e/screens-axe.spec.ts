import { languageFor } from '../src/domain/languages.js';
import { expect, firstVisit, test } from './fixtures.js';
import { beginVisit, goHome, heading, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { expectNoViolations } from './staff-helpers.js';

// axe on four screens, with the server's start, on a machine that may be busy.
test.describe.configure({ timeout: 120_000 });

// One language per script the kiosk writes: Latin, Arabic (right to left), Ge'ez.
for (const code of ['sv', 'ar', 'ti']) {
  test(`axe (WCAG 2.2 AA) finds nothing on Home, a category, a guide step and the request's topic step in ${languageFor(code).nativeName}`, async ({
    page,
    server,
  }) => {
    const t = await kioskStrings(code);
    const [category] = await publishedContent(server, code);
    const guide = category?.guides[0];
    if (!category || !guide) throw new Error(`the published content has no guide in ${code}`);
    await firstVisit(page);
    await beginVisit(page, t, code);
    await expectNoViolations(page, `Home (${code})`);
    await tile(page, category.name).click();
    await expect(tile(page, guide.title)).toBeVisible();
    await expectNoViolations(page, `the category ${category.id} (${code})`);
    await tile(page, guide.title).click();
    await expect(heading(page)).toHaveText(guide.steps[0]?.title ?? '');
    await expectNoViolations(page, `step 1 of ${guide.id} (${code})`);
    await goHome(page, t);
    await tile(page, t('home.requestButton')).click();
    await expect(heading(page)).toHaveText(t('request.topic.heading'));
    await expectNoViolations(page, `the request's topic step (${code})`);
  });
}
