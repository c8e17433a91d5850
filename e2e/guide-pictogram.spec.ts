import { contentMarks, expect, firstVisit, startVisit, test } from './fixtures.js';
import { tile } from './kiosk-visit.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

test("an editor gives a new guide its own pictogram, changes it in the editor; published, the kiosk's tile shows it", async ({
  page,
  context,
  server,
}) => {
  // The console, a publish and a kiosk's first start in one test: slow on two shared cores.
  test.setTimeout(90_000);
  const t = await signIn(page, server, 'eva', 'editor');
  const form = page.getByRole('form', { name: t('guides.newHeading') });
  await page.getByText(t('guides.newOpen'), { exact: true }).click();
  await form.getByLabel(t('guides.newTitle'), { exact: true }).fill('Låna e-böcker');
  await form.getByLabel(t('guides.newCategory'), { exact: true }).selectOption('e-services');

  // None chosen, the guide shows its category's pictogram, and says so.
  const name = (key: string) => t(`pictograms.${key}`);
  const summary = form.locator('summary').filter({ hasText: t('guides.pictogramCategory', { name: name('monitor') }) });
  await expect(summary).toBeVisible();
  // By keyboard: opened with Enter; the arrow keys move from "the category's" to the first pictogram.
  await summary.focus();
  await page.keyboard.press('Enter');
  const choice = form.getByRole('group', { name: t('guides.pictogramChoose'), exact: true });
  const option = (label: string) => choice.getByRole('radio', { name: label, exact: true });
  await expect(choice.getByRole('radio')).toHaveCount(36);
  const inherited = option(t('guides.pictogramCategoryOption', { name: name('monitor') }));
  await expect(inherited).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(inherited).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(option(name('printer'))).toBeChecked();
  // By pointer: anywhere on the pictogram's tile, which is its label.
  await choice.getByText(name('book-open'), { exact: true }).click();
  await expect(option(name('book-open'))).toBeChecked();
  await expect(form.locator('summary')).toHaveText(t('guides.pictogram', { name: name('book-open') }));
  await expectNoViolations(page, 'the new-guide form with the pictogram choice open');
  await page.getByRole('button', { name: t('guides.newCreate'), exact: true }).click();

  // In the editor, the place on the tablet holds the guide's pictogram; another is chosen and saved.
  await expect(page).toHaveURL(/#\/guides\/lana-e-bocker\/sv$/);
  const section = page.getByRole('form', { name: t('editor.pictogramHeading') });
  const save = section.getByRole('button', { name: t('editor.pictogramSave'), exact: true });
  await expect(section.locator('summary')).toHaveText(t('guides.pictogram', { name: name('book-open') }));
  await expect(save).toBeDisabled();
  await section.locator('summary').click();
  await section.getByText(name('laptop'), { exact: true }).click();
  await save.click();
  await expect(section.getByRole('status')).toHaveText(t('editor.pictogramSaved'));
  await expect(save).toBeDisabled();
  await expectNoViolations(page, 'the editor with the pictogram choice open');
  await page.reload();
  await expect(page.getByRole('form', { name: t('editor.pictogramHeading') }).locator('summary')).toHaveText(
    t('guides.pictogram', { name: name('laptop') }),
  );

  const published = await page.request.post('/api/staff/publish', {
    headers: { origin: server.url },
    data: { changelog: 'Ny guide med egen bild' },
  });
  expect(published.status()).toBe(200);

  // A kiosk starting now: the new guide's tile has the laptop, its neighbours their category's monitor.
  const kiosk = await context.newPage();
  await firstVisit(kiosk);
  expect((await contentMarks(kiosk)).active).toBe('2');
  await startVisit(kiosk);
  await tile(kiosk, 'E-tjänster och digital post').click();
  const own = tile(kiosk, 'Låna e-böcker');
  await expect(own.locator('svg.pictogram')).toHaveClass(/\blucide-laptop\b/);
  const others = kiosk.locator('.guide-card').filter({ hasNot: kiosk.getByText('Låna e-böcker', { exact: true }) });
  await expect(others.first()).toBeVisible();
  for (const other of await others.all())
    await expect(other.locator('svg.pictogram')).toHaveClass(/\blucide-monitor\b/);
});
