import { expect, test } from './fixtures.js';
import { beginVisit, heading, setUpKiosk, tile } from './kiosk-visit.js';
import { kioskStrings } from './locale-strings.js';
import { publishedContent } from './published-content.js';
import { signIn } from './staff-helpers.js';
import { pressInPreview, previewFrame, stepMarkup } from './step-markup.js';

// A kiosk's first start and a console session, on a machine that may be busy.
test.describe.configure({ timeout: 90_000 });

test('the Arabic preview is the kiosk: the same markup for a step, its notes in Arabic, one step at a time', async ({
  page,
  browser,
  server,
}) => {
  const t = await kioskStrings('ar');
  const category = (await publishedContent(server, 'ar')).find((c) => c.guides.some((g) => g.id === 'bankid'));
  const guide = category?.guides.find((g) => g.id === 'bankid');
  if (!category || !guide) throw new Error('the published content has no BankID guide in Arabic');
  const [first, second] = guide.steps;

  // The kiosk, in Arabic: the guide's first two steps.
  await setUpKiosk(page);
  await beginVisit(page, t, 'ar');
  await tile(page, category.name).click();
  await tile(page, guide.title).click();
  await expect(heading(page)).toHaveText(first?.title ?? '');
  const kioskFirst = await stepMarkup(page.locator('main.guide'));
  await page
    .locator('nav.action-bar')
    .getByRole('button', { name: t('guide.next') })
    .click();
  await expect(heading(page)).toHaveText(second?.title ?? '');
  const kioskSecond = await stepMarkup(page.locator('main.guide'));

  // The console, in a session of its own: the same guide's Arabic text, previewed.
  const console = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
  const editor = await console.newPage();
  const staff = await signIn(editor, server, 'eva', 'editor');
  await editor.goto('/staff/#/guides/bankid/ar');
  await editor.getByRole('button', { name: staff('editor.preview'), exact: true }).click();
  const frame = previewFrame(editor);
  const preview = frame.locator('main.guide');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');

  // Right to left, as the kiosk, and the notes named in Arabic, not in the console's Swedish.
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(preview.locator('.note-label').first()).toHaveText('نصيحة');
  expect(await stepMarkup(preview)).toEqual(kioskFirst);

  // Next moves one step, as on the kiosk, and the step is the kiosk's again.
  await pressInPreview(editor, preview.getByRole('button', { name: t('guide.next') }));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(second?.title ?? '');
  expect(await stepMarkup(preview)).toEqual(kioskSecond);
  await pressInPreview(editor, preview.getByRole('button', { name: t('guide.back') }));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
  await console.close();
});

test('the preview is a tablet either way round, scaled to the column, with the kiosk fixed bar at its foot', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/sv');
  await page.getByRole('button', { name: t('editor.preview'), exact: true }).click();
  const iframe = page.locator('.preview-frame iframe');
  const bar = previewFrame(page).locator('nav.action-bar');
  await expect(bar).toBeVisible();

  const shape = () =>
    iframe.evaluate((frame: HTMLIFrameElement) => {
      const box = frame.getBoundingClientRect();
      const column = frame.parentElement?.getBoundingClientRect().width ?? 0;
      return { ratio: Math.round((box.width / box.height) * 100) / 100, fits: box.width <= column + 1 };
    });
  // The bar sits at the tablet's foot, not below a page the length of the guide.
  const barAtFoot = () =>
    bar.evaluate(
      (nav) => Math.round(nav.getBoundingClientRect().bottom) === nav.ownerDocument.defaultView?.innerHeight,
    );

  expect(await shape()).toEqual({ ratio: 1.6, fits: true });
  expect(await barAtFoot()).toBe(true);
  await page.getByRole('button', { name: t('editor.previewPortrait') }).click();
  await expect(page.getByRole('button', { name: t('editor.previewPortrait') })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(shape).toEqual({ ratio: 0.63, fits: true });
  expect(await barAtFoot()).toBe(true);
});
