import { readdirSync } from 'node:fs';
import { LANGUAGES } from '../src/domain/languages.js';
import { hashPassword } from '../src/server/auth/password.js';
import { parseGuideMarkdown } from '../src/server/content/markdown-guide.js';
import { expect, test } from './fixtures.js';
import { expectNoViolations, PASSWORD, signIn, staffStrings } from './staff-helpers.js';

const BANKID_TITLE = 'BankID – skaffa, förnya och använda säkert';

test.use({ viewport: { width: 1280, height: 800 } });

test('an editor sees every language’s status and translates the BankID guide beside the Swedish', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await expect(page.getByRole('heading', { level: 1, name: t('guides.heading') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  // One column per shipped language, and in every row a status (in words) for each of them.
  const headers = page.locator('.guide-table:not(.place-status) thead th');
  await expect(headers).toHaveText([
    t('guides.guide'),
    t('guides.category'),
    ...LANGUAGES.map((l) => l.nativeName),
    t('guides.archiveColumn'),
  ]);
  const statusWords = new RegExp(
    `(${['missing', 'draft', 'reviewed', 'outdated'].map((s) => t(`status.${s}`)).join('|')})$`,
  );
  const bankid = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: BANKID_TITLE }) });
  const statuses = bankid.locator('td .chip');
  await expect(statuses).toHaveCount(LANGUAGES.length);
  for (const text of await statuses.allTextContents()) expect(text).toMatch(statusWords);
  // The seed marks only Swedish as reviewed.
  await expect(statuses.first()).toContainText(t('status.reviewed'));
  // Every seed guide is listed, each with nine statuses.
  const rows = page.locator('.guide-table:not(.place-status) tbody tr');
  await expect(rows).toHaveCount(readdirSync('content/guides').length);
  for (const row of await rows.all()) {
    await expect(row.locator('td .chip')).toHaveCount(LANGUAGES.length);
  }

  await page.getByRole('link', { name: BANKID_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(BANKID_TITLE);
  await page.getByLabel(t('editor.language')).selectOption('en');

  // Each field level with the Swedish it translates: the title beside the Swedish title.
  const title = page.getByLabel(t('blockEditor.title', { language: 'English' }), { exact: true });
  const source = page.locator('.block-step.aligned .source-block').first();
  await expect(source).toHaveText(BANKID_TITLE);
  await expect(source).toHaveAttribute('lang', 'sv');
  await expect(title).toHaveValue(/^BankID – get it/);
  await expect(title).toHaveAttribute('lang', 'en');
  await expect(title).toHaveAttribute('dir', 'ltr');
  const [sourceBox, targetBox] = [await source.boundingBox(), await title.boundingBox()];
  expect(sourceBox && targetBox && sourceBox.x + sourceBox.width <= targetBox.x).toBe(true);
  // Step 3 of the Swedish beside step 3 of the English, with the step's status.
  const step3 = page.getByRole('region', { name: new RegExp(`^${t('blockEditor.step', { step: 3 })} – Installera`) });
  await expect(step3.locator('.source-block').first()).toHaveText('Installera BankID-appen');
  await expect(step3.getByLabel(t('blockEditor.stepTitle', { step: 3, language: 'English' }))).toHaveValue(
    /BankID app/,
  );
  await expect(step3.locator('.chip')).toContainText(t('status.draft'));

  await page.getByLabel(t('editor.language')).selectOption('ar');
  const arabic = page.getByLabel(t('blockEditor.title', { language: 'العربية' }), { exact: true });
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveValue(/^BankID – /);
});

test('an editor translates two steps into Arabic beside the Swedish; after a reload they are there, in those steps', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/ar');
  const field = (step: number, kind: string) =>
    page.getByLabel(t('blockEditor.fieldLabel', { step, kind, language: 'العربية' }), { exact: true });
  const stepTitle = (step: number) =>
    page.getByLabel(t('blockEditor.stepTitle', { step, language: 'العربية' }), { exact: true });
  await expect(stepTitle(1)).toHaveValue(/BankID/);

  // Keyboard only: type into step 1's title and its first text, and step 2's tip.
  await stepTitle(1).fill('ما هو BankID؟');
  await field(1, t('blockEditor.kindText')).first().fill('BankID هو هويتك الإلكترونية.');
  await field(2, t('blockEditor.kindTip')).fill('اسأل الموظفين في المكتبة.');
  await page.getByRole('button', { name: t('editor.saveDraft'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: t('editor.savedDraft') })).toBeVisible();

  await page.reload();
  await expect(stepTitle(1)).toHaveValue('ما هو BankID؟');
  await expect(field(1, t('blockEditor.kindText')).first()).toHaveValue('BankID هو هويتك الإلكترونية.');
  await expect(field(2, t('blockEditor.kindTip'))).toHaveValue('اسأل الموظفين في المكتبة.');

  // What the kiosk gets: the saved Markdown holds each text in its own step.
  const saved = (await server.app.editorial.detail('bankid'))?.texts.ar?.markdown ?? '';
  const steps = parseGuideMarkdown(saved, (path) => path).steps;
  expect(steps[0]?.title).toBe('ما هو BankID؟');
  expect(steps[0]?.blocks[0]).toEqual({
    type: 'paragraph',
    content: [{ type: 'text', value: 'BankID هو هويتك الإلكترونية.' }],
  });
  expect(steps[1]?.blocks).toContainEqual({
    type: 'note',
    kind: 'tip',
    content: [{ type: 'text', value: 'اسأل الموظفين في المكتبة.' }],
  });
  expect(steps).toHaveLength(7);
});

test('a wrong password is refused with a clear message, and nothing of the console shows', async ({ page, server }) => {
  const t = await staffStrings('sv');
  await server.app.staff.createUser({ username: 'eva', role: 'editor', passwordHash: await hashPassword(PASSWORD) });
  await page.goto('/staff/');
  await page.getByLabel(t('signIn.username'), { exact: true }).fill('eva');
  await page.getByLabel(t('signIn.password'), { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(t('signIn.wrongCredentials'));
  await expect(page.getByLabel(t('signIn.password'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('signIn.heading'));
});

test('the console passes axe (WCAG 2.2 AA) on sign-in, the guide list and the editor with a preview', async ({
  page,
  server,
}) => {
  // The step editor has a field per block of every step: axe takes longer over it on a shared machine.
  test.slow();
  const t = await staffStrings('sv');
  await page.goto('/staff/');
  await expect(page.getByRole('heading', { level: 1, name: t('signIn.heading') })).toBeVisible();
  await expectNoViolations(page, 'sign-in');

  await signIn(page, server, 'eva', 'editor');
  await expect(page.locator('.guide-table:not(.place-status) tbody tr').first()).toBeVisible();
  await expectNoViolations(page, 'guide list');

  await page.getByRole('link', { name: BANKID_TITLE }).click();
  await page.getByLabel(t('editor.language')).selectOption('ar');
  await page.getByRole('button', { name: t('editor.preview'), exact: true }).click();
  await expect(page.locator('.preview-frame iframe').contentFrame().locator('.guide-title')).toContainText('BankID');
  await expectNoViolations(page, 'editor with an Arabic preview');
});

test('a text that cannot be published is not saved, and the message names the line', async ({ page, server }) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/en');
  const text = page.getByLabel(
    t('blockEditor.fieldLabel', { step: 1, kind: t('blockEditor.kindText'), language: 'English' }),
    {
      exact: true,
    },
  );
  await expect(text.first()).toHaveValue(/BankID/);
  await text.first().fill('<b>HTML</b> is not allowed');
  await page.getByRole('button', { name: t('editor.saveDraft'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/line \d+/);
  // Nothing saved: the text is still the editor's, unsaved.
  await expect(text.first()).toHaveValue('<b>HTML</b> is not allowed');
  await expect(page.getByRole('status').filter({ hasText: t('editor.unsaved') })).toBeVisible();
});

test('an editor saves a reviewed translation, publishes it and restores the version before', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/en');
  await expect(page.getByLabel(t('blockEditor.title', { language: 'English' }), { exact: true })).toHaveValue(
    /^BankID/,
  );
  // A tip added at the end of the last step.
  await page.getByLabel(t('blockEditor.addKind', { step: 7 })).selectOption('tip');
  await page.getByRole('button', { name: t('blockEditor.addBlock', { step: 7 }), exact: true }).click();
  await page
    .getByLabel(t('blockEditor.fieldLabel', { step: 7, kind: t('blockEditor.kindTip'), language: 'English' }), {
      exact: true,
    })
    .last()
    .fill('Ask the staff if you get stuck.');
  await page.getByRole('button', { name: t('editor.saveReviewed'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('editor.savedReviewed') })).toBeVisible();
  await expect(page.locator('.block-editor .text-meta .chip')).toContainText(t('status.reviewed'));

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.publish'), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: t('publish.changed', { count: 1 }) })).toBeVisible();
  await page.getByLabel(t('publish.changelog')).fill('BankID in English reviewed');
  await page.getByRole('button', { name: t('publish.submit', { version: 2 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: t('publish.published', { version: 2 }) })).toBeVisible();

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.versions'), exact: true })
    .click();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('BankID in English reviewed');
  await expect(rows.first()).toContainText(t('versions.current'));
  await rows
    .nth(1)
    .getByRole('button', { name: t('versions.restore') })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(t('versions.confirmRestore', { version: 1 }));
  await dialog.getByRole('button', { name: t('versions.restore') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('versions.restored', { from: 1, to: 3 }) })).toBeVisible();
  await expect(rows).toHaveCount(3);
});

test('a helper sees requests, times, tablets and their account only, and the console follows the language switch', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'hugo', 'helper');
  await expect(page.getByRole('heading', { level: 1, name: t('requests.heading') })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
    t('nav.requests'),
    t('nav.times'),
    t('nav.fleet'),
    t('nav.account'),
  ]);
  // Editors' screens are not a helper's: the address falls back to the helper's home.
  await page.goto('/staff/#/guides');
  await expect(page.getByRole('heading', { level: 1, name: t('requests.heading') })).toBeVisible();
  await page.goto('/staff/#/account');
  await expect(page.getByRole('heading', { level: 1, name: t('account.heading') })).toBeVisible();

  const en = await staffStrings('en');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: en('account.heading') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: en('account.heading') })).toBeVisible();
});

test('an admin creates an editor account and reads it in the audit log', async ({ page, server }) => {
  const t = await signIn(page, server, 'ada', 'admin');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.accounts'), exact: true })
    .click();
  await page.getByLabel(t('accounts.username'), { exact: true }).fill('olle');
  await page.getByLabel(t('accounts.role'), { exact: true }).selectOption('editor');
  await page.getByLabel(t('accounts.password'), { exact: true }).fill('another long secret');
  await page.getByRole('button', { name: t('accounts.create'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('accounts.created', { username: 'olle' }) })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'olle' })).toBeVisible();

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.audit'), exact: true })
    .click();
  const role = t('roles.editor');
  await expect(
    page.getByRole('cell', { name: t('audit.sentence.createUser', { actor: 'ada', user: 'olle', role }) }),
  ).toBeVisible();
  await expectNoViolations(page, 'audit log');
});
