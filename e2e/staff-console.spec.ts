import { readdirSync } from 'node:fs';
import { LANGUAGES } from '../src/domain/languages.js';
import { hashPassword } from '../src/server/auth/password.js';
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

  const source = page.locator('#source-text');
  const target = page.locator('#target-text');
  await expect(source).toHaveValue(new RegExp(`^# ${BANKID_TITLE}`));
  await expect(source).toHaveAttribute('readonly', '');
  await expect(source).toHaveAttribute('lang', 'sv');
  await expect(target).toHaveValue(/^# BankID – get it/);
  await expect(target).toHaveAttribute('lang', 'en');
  await expect(target).toHaveAttribute('dir', 'ltr');
  // Side by side: the Swedish to the left of the translation, level with it.
  const [sourceBox, targetBox] = [await source.boundingBox(), await target.boundingBox()];
  expect(sourceBox && targetBox && sourceBox.x + sourceBox.width <= targetBox.x).toBe(true);
  expect(Math.abs((sourceBox?.y ?? 0) - (targetBox?.y ?? 1))).toBeLessThan(5);

  await page.getByLabel(t('editor.language')).selectOption('ar');
  await expect(target).toHaveAttribute('dir', 'rtl');
  await expect(target).toHaveAttribute('lang', 'ar');
  await expect(target).toHaveValue(/^# BankID – /);
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
  await expect(page.locator('.preview-page h3')).toContainText('BankID');
  await expectNoViolations(page, 'editor with an Arabic preview');
});

test('a text that cannot be published is not saved, and the message names the line', async ({ page, server }) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/en');
  const target = page.locator('#target-text');
  await expect(target).toHaveValue(/^# BankID/);
  await target.fill('# BankID\n\nA summary.\n\n## A step\n\n<b>HTML</b> is not allowed\n');
  await page.getByRole('button', { name: t('editor.saveDraft'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/line 7/);
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(target).toHaveAttribute('aria-describedby', /text-problem/);
});

test('an editor saves a reviewed translation, publishes it and restores the version before', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  await page.goto('/staff/#/guides/bankid/en');
  const target = page.locator('#target-text');
  await expect(target).toHaveValue(/^# BankID/);
  await target.fill(`${await target.inputValue()}\n> [!TIP] Ask the staff if you get stuck.\n`);
  await page.getByRole('button', { name: t('editor.saveReviewed'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('editor.savedReviewed') })).toBeVisible();
  await expect(page.locator('.pane').nth(1).locator('.chip')).toContainText(t('status.reviewed'));

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
  const created = page.getByRole('row').filter({ hasText: 'create-user' });
  await expect(created).toContainText('ada');
  await expectNoViolations(page, 'audit log');
});
