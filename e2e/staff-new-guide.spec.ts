import type { Manifest } from '../src/domain/content.js';
import { expect, test } from './fixtures.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

test('an editor creates a guide from nothing, opens it in the editor, archives it and restores it', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await signIn(page, server, 'eva', 'editor');
  await expect(page.getByRole('heading', { level: 1, name: t('guides.heading') })).toBeVisible();
  const form = page.getByRole('form', { name: t('guides.newHeading') });

  // By keyboard: open the form and type the title; the id follows it, å and ö made plain.
  const summary = page.getByText(t('guides.newOpen'), { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const title = form.getByLabel(t('guides.newTitle'), { exact: true });
  await title.focus();
  await page.keyboard.type('Låna e-böcker på bibblan');
  const id = form.getByLabel(t('guides.newId'), { exact: true });
  await expect(id).toHaveValue('lana-e-bocker-pa-bibblan');
  // The id stays editable before saving.
  await id.fill('lana-e-bocker');
  await form.getByLabel(t('guides.newCategory'), { exact: true }).selectOption('e-services');
  await expect(form.getByLabel(t('guides.newOrder'), { exact: true })).not.toHaveValue('');
  await expectNoViolations(page, 'the guide list with the new-guide form');
  await page.getByRole('button', { name: t('guides.newCreate'), exact: true }).press('Enter');

  // It opens in the editor, in Swedish, holding the title.
  await expect(page).toHaveURL(/#\/guides\/lana-e-bocker\/sv$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Låna e-böcker på bibblan');

  // It is in the guide list, a Swedish draft.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.guides'), exact: true })
    .click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Låna e-böcker på bibblan' }) });
  await expect(row).toContainText(t('status.draft'));

  // Archiving asks first, saying what it does; cancelled, nothing happens.
  const archive = row.getByRole('button', { name: `${t('guides.archiveButton')} Låna e-böcker på bibblan` });
  await archive.click();
  const question = page.getByRole('dialog', {
    name: t('guides.archiveQuestion', { title: 'Låna e-böcker på bibblan' }),
  });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: t('confirm.cancel'), exact: true }).click();
  await expect(row).toBeVisible();
  await archive.click();
  await question.getByRole('button', { name: t('guides.archiveConfirm'), exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('guides.archiveDone', { title: 'Låna e-böcker på bibblan' }) }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  // The row (and its button) went: the keyboard focus is on the message, not lost.
  await expect(
    page.getByRole('status').filter({ hasText: t('guides.archiveDone', { title: 'Låna e-böcker på bibblan' }) }),
  ).toBeFocused();

  // The Archived view lists it; nothing of it is lost.
  await page.getByLabel(t('guides.view'), { exact: true }).selectOption('archived');
  const archived = page.getByRole('row').filter({ hasText: 'Låna e-böcker på bibblan' });
  await expect(archived).toBeVisible();
  await expectNoViolations(page, 'the archived guides');

  // Published now, kiosks would not get it.
  const publish = async () => {
    const response = await page.request.post('/api/staff/publish', {
      headers: { origin: server.url },
      data: { changelog: 'Arkiv' },
    });
    expect(response.status()).toBe(200);
    const manifest = (await (await page.request.get('/api/content/manifest')).json()) as Manifest;
    return manifest.entries.map((e) => e.id);
  };
  expect(await publish()).not.toContain('guide/lana-e-bocker');

  await archived.getByRole('button', { name: `${t('guides.archivedRestore')} Låna e-böcker på bibblan` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('guides.archivedRestored', { title: 'Låna e-böcker på bibblan' }) }),
  ).toBeVisible();
  await expect(archived).toHaveCount(0);
  await page.getByLabel(t('guides.view'), { exact: true }).selectOption('inUse');
  await expect(row).toContainText(t('status.draft'));
  expect(await publish()).toContain('guide/lana-e-bocker');
});

test('an editor archives an emptied category and restores it', async ({ page, server }) => {
  test.setTimeout(90_000);
  const t = await signIn(page, server, 'eva', 'editor');
  // The seed's housing category holds one guide: archived first, the category may follow.
  const archived = await page.request.post('/api/staff/guides/housing-queue/archive', {
    headers: { origin: server.url },
  });
  expect(archived.status()).toBe(200);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.categories'), exact: true })
    .click();
  const housing = page.getByRole('group', { name: t('categories.legend', { id: 'housing' }) });
  await housing.getByRole('button', { name: t('categories.archive'), exact: true }).click();
  const question = page.getByRole('dialog', { name: t('categories.archiveQuestion', { name: 'Bostad' }) });
  await question.getByRole('button', { name: t('categories.archiveConfirm'), exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('categories.archived', { name: 'Bostad' }) }),
  ).toBeVisible();
  await expect(housing).toHaveCount(0);
  await expect(page.locator('.category-list > li')).toHaveCount(11);

  const shelf = page.getByRole('region', { name: t('categories.archivedHeading') });
  await shelf.getByRole('button', { name: `${t('categories.restore')} Bostad` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('categories.restored', { name: 'Bostad' }) }),
  ).toBeVisible();
  await expect(page.locator('.category-list > li')).toHaveCount(12);
  await expect(shelf).toContainText(t('categories.archivedNone'));
  await expectNoViolations(page, 'categories with an archived category restored');
});
