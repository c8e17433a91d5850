import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { expect, test } from './fixtures.js';
import { idleReset, kioskHasVersion } from './kiosk-clock.js';
import { beginVisit, goHome, heading, setUpKiosk, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { publishVersion, signIn } from './staff-helpers.js';
import { previewFrame, stepMarkup } from './step-markup.js';

test.use({ viewport: { width: 1280, height: 800 } });

/** The guide the editor writes, in Swedish and then in Arabic. */
const SV = {
  title: 'Låna e-böcker på bibblan',
  summary: 'Läs och lyssna på böcker i mobilen med ditt lånekort.',
  steps: [
    { title: 'Hämta appen', text: 'Hämta appen Biblio i din mobil.' },
    {
      title: 'Logga in med lånekortet',
      text: 'Skriv numret på ditt lånekort och din pinkod.',
      tip: 'Har du glömt pinkoden? Fråga personalen.',
    },
  ],
} as const;
const AR = {
  title: 'استعارة الكتب الإلكترونية بتطبيق Biblio',
  summary: 'اقرأ واستمع إلى الكتب على هاتفك ببطاقة المكتبة.',
  steps: [
    { title: 'نزّل التطبيق', text: 'نزّل تطبيق Biblio على هاتفك.' },
    {
      title: 'سجّل الدخول ببطاقة المكتبة',
      text: 'اكتب رقم بطاقة المكتبة والرمز السري.',
      tip: 'هل نسيت الرمز السري؟ اسأل الموظفين.',
    },
  ],
} as const;
const CATEGORY = 'e-services';
/** The guide's two texts as the Publish screen lists them: by its Swedish title and each language. */
const bothTexts = [`${SV.title} · Svenska`, `${SV.title} · العربية`];

/** The block editor's fields, named as the editor's labels name them, in one language. */
function blockFields(page: Page, t: TFunction, language: string) {
  return {
    title: page.getByLabel(t('blockEditor.title', { language }), { exact: true }),
    summary: page.getByLabel(t('blockEditor.summary', { language }), { exact: true }),
    stepTitle: (step: number) => page.getByLabel(t('blockEditor.stepTitle', { step, language }), { exact: true }),
    text: (step: number) =>
      page.getByLabel(t('blockEditor.fieldLabel', { step, kind: t('blockEditor.kindText'), language }), {
        exact: true,
      }),
    tip: (step: number) =>
      page.getByLabel(t('blockEditor.fieldLabel', { step, kind: t('blockEditor.kindTip'), language }), {
        exact: true,
      }),
  };
}

/** The kiosk's screen of the guide's category, in Arabic, with its guides' tiles shown. */
async function openCategory(kiosk: Page, kt: TFunction, name: string, anyGuide: string): Promise<void> {
  await beginVisit(kiosk, kt, 'ar');
  await tile(kiosk, name).click();
  // A guide that is always there: the screen has its tiles, so an absent tile is really absent.
  await expect(tile(kiosk, anyGuide)).toBeVisible();
}

/**
 * The visitor searches the guides for "biblio", the app the guide is about, and reads the result
 * cards once the search has answered (a count or "no guide matches").
 */
async function searchBiblio(kiosk: Page, kt: TFunction): Promise<string[]> {
  await kiosk.getByRole('button', { name: kt('topBar.search'), exact: true }).click();
  await kiosk.getByLabel(kt('search.label'), { exact: true }).fill('biblio');
  const answer = kiosk.locator('main .result-count');
  await expect(answer).toHaveText(/\S/);
  await expect(answer).not.toHaveText(kt('searchIndex.preparing'));
  return kiosk.locator('.guide-card').allTextContents();
}

test('an editor writes a guide from nothing, translates it into Arabic, previews, publishes, archives and restores it; a kiosk follows at its idle resets', async ({
  page,
  browser,
  server,
}) => {
  // Three publishes, a kiosk following each at its idle reset, and a console: long on a busy machine.
  test.setTimeout(240_000);
  const kt = await kioskStrings('ar');
  const category = (await publishedContent(server, 'ar')).find((c) => c.id === CATEGORY);
  const other = category?.guides[0];
  if (!category || !other) throw new Error(`the seed has no guide in ${CATEGORY} in Arabic`);

  // The kiosk, a tablet of its own: its first visit is done before anything is published.
  const tablet = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
  const kiosk = await tablet.newPage();
  await kiosk.clock.install();
  await setUpKiosk(kiosk);

  // The editor creates the guide from nothing: a Swedish title and a category.
  const t = await signIn(page, server, 'eva', 'editor');
  await page.getByText(t('guides.newOpen'), { exact: true }).click();
  const form = page.getByRole('form', { name: t('guides.newHeading') });
  await form.getByLabel(t('guides.newTitle'), { exact: true }).fill(SV.title);
  await expect(form.getByLabel(t('guides.newId'), { exact: true })).toHaveValue('lana-e-bocker-pa-bibblan');
  await form.getByLabel(t('guides.newCategory'), { exact: true }).selectOption(CATEGORY);
  await form.getByRole('button', { name: t('guides.newCreate'), exact: true }).click();
  await expect(page).toHaveURL(/#\/guides\/lana-e-bocker-pa-bibblan\/sv$/);

  // Written in Swedish, block by block: a summary, two steps with text, the second with a tip.
  const sv = blockFields(page, t, 'Svenska');
  await expect(sv.title).toHaveValue(SV.title);
  await sv.summary.fill(SV.summary);
  await sv.stepTitle(1).fill(SV.steps[0].title);
  await sv.text(1).fill(SV.steps[0].text);
  await page.getByRole('button', { name: t('blockEditor.addStep'), exact: true }).click();
  await sv.stepTitle(2).fill(SV.steps[1].title);
  await sv.text(2).fill(SV.steps[1].text);
  await page.getByLabel(t('blockEditor.addKind', { step: 2 }), { exact: true }).selectOption('tip');
  await page.getByRole('button', { name: t('blockEditor.addBlock', { step: 2 }), exact: true }).click();
  await sv.tip(2).fill(SV.steps[1].tip);
  await page.getByRole('button', { name: t('editor.saveReviewed'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('editor.savedReviewed') })).toBeVisible();

  // Translated into Arabic beside the Swedish: laid out like it, then both steps written.
  await page.getByLabel(t('editor.language'), { exact: true }).selectOption('ar');
  await expect(page).toHaveURL(/#\/guides\/lana-e-bocker-pa-bibblan\/ar$/);
  await page.getByRole('button', { name: t('blockEditor.alignAll'), exact: true }).click();
  const ar = blockFields(page, t, 'العربية');
  const step2 = page.getByRole('region', { name: new RegExp(`^${t('blockEditor.step', { step: 2 })} – `) });
  await expect(step2.locator('.source-block').first()).toHaveText(SV.steps[1].title);
  await ar.title.fill(AR.title);
  await ar.summary.fill(AR.summary);
  await ar.stepTitle(1).fill(AR.steps[0].title);
  await ar.text(1).fill(AR.steps[0].text);
  await ar.stepTitle(2).fill(AR.steps[1].title);
  await ar.text(2).fill(AR.steps[1].text);
  await ar.tip(2).fill(AR.steps[1].tip);
  await page.getByRole('button', { name: t('editor.saveDraft'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('editor.savedDraft') })).toBeVisible();

  // The Arabic preview, right to left, at step 1: kept to compare with the kiosk's step 1.
  await page.getByRole('button', { name: t('editor.preview'), exact: true }).click();
  const frame = previewFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(AR.steps[0].title);
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('article.step')).toContainText(AR.steps[0].text);
  const previewed = await stepMarkup(frame.locator('main.guide'));

  // A visitor is at the kiosk, in Arabic, on the category's screen: the guide is not there.
  await openCategory(kiosk, kt, category.name, other.title);
  await expect(tile(kiosk, AR.title)).toHaveCount(0);
  const searchedBefore = await searchBiblio(kiosk, kt);
  expect(searchedBefore.join('\n')).not.toContain(AR.title);

  await publishVersion(page, t, 2, 'Ny guide: Låna e-böcker', {
    heading: t('publish.added', { count: 2 }),
    lines: bothTexts,
  });
  // The kiosk has the version, but not under the visitor's finger: still absent until the reset.
  await kioskHasVersion(kiosk, 2);
  await goHome(kiosk, kt);
  await tile(kiosk, category.name).click();
  await expect(tile(kiosk, other.title)).toBeVisible();
  await expect(tile(kiosk, AR.title)).toHaveCount(0);

  // After the idle reset: the guide's tile, opening in Arabic, the preview's step 1 exactly.
  await idleReset(kiosk);
  await openCategory(kiosk, kt, category.name, other.title);
  await expect(tile(kiosk, AR.title)).toContainText(AR.summary);
  await tile(kiosk, AR.title).click();
  await expect(heading(kiosk)).toHaveText(AR.steps[0].title);
  await expect(kiosk.locator('article.step')).toContainText(AR.steps[0].text);
  expect(await stepMarkup(kiosk.locator('main.guide'))).toEqual(previewed);
  await kiosk
    .locator('nav.action-bar')
    .getByRole('button', { name: kt('guide.next') })
    .click();
  await expect(heading(kiosk)).toHaveText(AR.steps[1].title);
  await expect(kiosk.locator('article.step')).toContainText(AR.steps[1].text);
  await expect(kiosk.locator('article.step .note-label')).toHaveText('نصيحة');
  await expect(kiosk.locator('article.step')).toContainText(AR.steps[1].tip);
  expect((await searchBiblio(kiosk, kt)).join('\n'), 'search finds the new guide').toContain(AR.title);

  // Archived and published: after the next reset the kiosk no longer has it.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.guides'), exact: true })
    .click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: SV.title }) });
  await row.getByRole('button', { name: `${t('guides.archiveButton')} ${SV.title}` }).click();
  await page
    .getByRole('dialog', { name: t('guides.archiveQuestion', { title: SV.title }) })
    .getByRole('button', { name: t('guides.archiveConfirm'), exact: true })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: t('guides.archiveDone', { title: SV.title }) }),
  ).toBeVisible();
  await publishVersion(page, t, 3, 'Låna e-böcker arkiverad', {
    heading: t('publish.removed', { count: 2 }),
    lines: bothTexts,
  });
  await kioskHasVersion(kiosk, 3);
  await idleReset(kiosk);
  await openCategory(kiosk, kt, category.name, other.title);
  await expect(tile(kiosk, AR.title)).toHaveCount(0);
  // Nor does search find it.
  expect(await searchBiblio(kiosk, kt), 'search finds what it found before the guide was written').toEqual(
    searchedBefore,
  );

  // Restored and published: after the next reset it is back, in Arabic.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.guides'), exact: true })
    .click();
  await page.getByLabel(t('guides.view'), { exact: true }).selectOption('archived');
  await page
    .getByRole('row')
    .filter({ hasText: SV.title })
    .getByRole('button', { name: `${t('guides.archivedRestore')} ${SV.title}` })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: t('guides.archivedRestored', { title: SV.title }) }),
  ).toBeVisible();
  await publishVersion(page, t, 4, 'Låna e-böcker tillbaka', {
    heading: t('publish.added', { count: 2 }),
    lines: bothTexts,
  });
  await kioskHasVersion(kiosk, 4);
  await idleReset(kiosk);
  await openCategory(kiosk, kt, category.name, other.title);
  await tile(kiosk, AR.title).click();
  await expect(heading(kiosk)).toHaveText(AR.steps[0].title);
  await expect(kiosk.locator('article.step')).toContainText(AR.steps[0].text);
  await tablet.close();
});
