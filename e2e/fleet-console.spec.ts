import type { APIRequestContext, Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { displayEnrolmentCode } from '../src/domain/enrolment-code.js';
import type { EnrolAnswer, Heartbeat } from '../src/domain/schemas/fleet.js';
import { PROBLEM } from '../src/server/plugins/problem.js';
import { FLEET_PAGE } from '../src/staff/fleet/fleet-api.js';
import { addBranch, MAIN_BRANCH } from '../test/helpers/fleet.js';
import { expect, test } from './fixtures.js';
import { expectNoViolations, PASSWORD, signIn, staffStrings } from './staff-helpers.js';

// Each test signs in, runs axe on several screens and waits on the server: long on two shared cores.
test.describe.configure({ timeout: 120_000 });

/** A beat as a healthy tablet sends it; `seq` and the applied settings version vary per test step. */
function beat(seq: number, settingsVersion: number): Heartbeat {
  return {
    seq,
    appVersion: '1.2.3',
    contentVersion: 1,
    settingsVersion,
    outboxPending: 0,
    outboxRejected: 0,
    storageUsed: 20_000_000,
    storageQuota: 100_000_000,
    persisted: true,
    lastSyncAt: new Date().toISOString(),
    lastError: null,
    orientation: 'landscape',
    screenWidth: 1280,
    screenHeight: 800,
  };
}

async function sendBeat(request: APIRequestContext, token: string, body: Heartbeat) {
  return request.post('/api/kiosk/heartbeat', { data: body, headers: { authorization: `Bearer ${token}` } });
}

/** The fleet table's row for a kiosk, found by its name link. */
function rowOf(page: Page, name: string) {
  return page.locator('.fleet-table tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** The fleet view loaded afresh (its own poll is every 30 s; a test does not wait for it). */
async function openFleet(page: Page, t: TFunction) {
  await page.goto('/staff/#/fleet');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: t('fleet.count', { count: 1 }) })).toBeVisible();
}

test('an admin enrols a kiosk through the console, watches it come online, pushes a setting and revokes it', async ({
  page,
  server,
  request,
}) => {
  const t = await signIn(page, server, 'ada', 'admin');

  // Enrol: the code is shown once, big, with its address, a QR code and a countdown.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.fleet'), exact: true })
    .click();
  await page.getByRole('link', { name: t('enrol.heading'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('enrol.heading') })).toBeVisible();
  await page.getByLabel(t('enrol.name')).fill('Entrén');
  await page.getByRole('button', { name: t('enrol.create'), exact: true }).click();
  const shown = (await page.getByTestId('enrolment-code').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  const url = (await page.getByTestId('enrolment-url').textContent()) ?? '';
  const code = shown.replace('-', '');
  expect(url).toBe(`${server.url}/#enrol=${code}`);
  expect(displayEnrolmentCode(code)).toBe(shown);
  await expect(page.getByRole('img', { name: t('enrol.qrLabel') })).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveText(/1[45]:[0-5][0-9]/);
  await expect(page.locator('.open-codes tbody tr')).toHaveCount(1);
  await expectNoViolations(page, 'enrol');

  // The tablet's side, from the test: the code gives a token once.
  const enrolled = await request.post('/api/kiosk/enrol', { data: { code } });
  expect(enrolled.status()).toBe(201);
  const { token, kiosk, settings } = (await enrolled.json()) as EnrolAnswer;
  expect(kiosk.name).toBe('Entrén');
  const again = await request.post('/api/kiosk/enrol', { data: { code } });
  expect(again.status()).toBe(410);
  expect((await again.json()).type).toBe(PROBLEM.enrolmentCodeUsed);

  // Never seen until it beats; then online.
  await openFleet(page, t);
  await expect(rowOf(page, 'Entrén').locator('.chip')).toHaveText(new RegExp(t('fleet.state.neverSeen')));
  expect((await sendBeat(request, token, beat(1, settings.version))).status()).toBe(200);
  await openFleet(page, t);
  const row = rowOf(page, 'Entrén');
  await expect(row.locator('.chip')).toHaveText(new RegExp(t('fleet.state.online')));
  await expect(row).toContainText(t('fleet.settingsInStep', { pushed: settings.version }));
  await expectNoViolations(page, 'fleet view');

  // Filter by state: the chips carry the counts; another state shows nothing.
  await page.getByRole('button', { name: new RegExp(`^${t('fleet.state.online')}`) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${t('fleet.state.online')}`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(rowOf(page, 'Entrén')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${t('fleet.state.offline')}`) }).click();
  await expect(page.getByText(t('fleet.none'))).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${t('fleet.allStates')}`) }).click();
  await page.getByLabel(t('fleet.search')).fill('entr');
  await expect(rowOf(page, 'Entrén')).toBeVisible();

  // Sorting is said by aria-sort on the header.
  const nameHeader = page.locator('.fleet-table thead th').first();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

  // The detail: a setting of its own is pushed as a new version, applied at the next beat that says so.
  await rowOf(page, 'Entrén').getByRole('link', { name: 'Entrén' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrén' })).toBeVisible();
  await expectNoViolations(page, 'kiosk detail');
  await page.getByLabel(t('kioskSettings.idleTimeout')).fill('120');
  await page.getByRole('button', { name: t('kioskSettings.save'), exact: true }).click();
  const pushed = settings.version + 1;
  await expect(page.getByRole('status').filter({ hasText: t('kiosk.pushed', { version: pushed }) })).toBeVisible();
  await expect(page.locator('.facts')).toContainText(t('fleet.settingsBehind', { pushed, applied: settings.version }));
  await expect(page.getByText(t('kioskSettings.own'))).toBeVisible();
  expect((await sendBeat(request, token, beat(2, pushed))).status()).toBe(200);
  await page.reload();
  await expect(page.locator('.facts')).toContainText(t('fleet.settingsInStep', { pushed }));

  // Revoke: the confirm says what happens; the token then opens nothing.
  await page.getByRole('button', { name: t('kiosk.revoke'), exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText(t('kiosk.revokeQuestion', { name: 'Entrén' }));
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('kiosk.revoke'), exact: true })
    .click();
  await expect(page.locator('.facts .chip').first()).toHaveText(new RegExp(t('fleet.state.revoked')));
  expect((await sendBeat(request, token, beat(3, pushed))).status()).toBeGreaterThanOrEqual(400);
  await expect(page.getByRole('button', { name: t('kiosk.enrolAgain'), exact: true })).toBeVisible();
});

test('a helper of the branch sees its kiosks read-only', async ({ page, server, request, browser }) => {
  const t = await signIn(page, server, 'ada', 'admin');
  // The admin gives the new helper a branch on the accounts screen.
  await page.goto('/staff/#/accounts');
  await page.getByLabel(t('accounts.username')).fill('hugo');
  await page.getByLabel(t('accounts.branch'), { exact: true }).selectOption({ label: 'Stadsbiblioteket' });
  await page.getByLabel(t('accounts.password')).fill(PASSWORD);
  await page.getByRole('button', { name: t('accounts.create'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('accounts.created', { username: 'hugo' }) })).toBeVisible();
  await expect(page.getByLabel(t('accounts.branchOf', { username: 'hugo' }))).toHaveValue('stadsbiblioteket');
  await expectNoViolations(page, 'accounts');

  const created = await page.evaluate(async () => {
    const response = await fetch('/api/staff/enrolments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ branchId: 'stadsbiblioteket', name: 'Barnavdelningen' }),
    });
    return (await response.json()) as { code: string };
  });
  expect((await request.post('/api/kiosk/enrol', { data: { code: created.code } })).status()).toBe(201);

  const helperContext = await browser.newContext({ baseURL: server.url });
  const helper = await helperContext.newPage();
  const ht = await staffStrings('sv');
  await helper.goto('/staff/');
  await helper.getByLabel(ht('signIn.username'), { exact: true }).fill('hugo');
  await helper.getByLabel(ht('signIn.password'), { exact: true }).fill(PASSWORD);
  await helper.getByRole('button', { name: ht('signIn.submit'), exact: true }).click();
  await helper
    .getByRole('navigation')
    .getByRole('link', { name: ht('nav.fleet'), exact: true })
    .click();
  await expect(rowOf(helper, 'Barnavdelningen')).toBeVisible();
  await expect(helper.getByText(ht('fleet.helperNote'))).toBeVisible();
  await expect(helper.getByRole('link', { name: ht('enrol.heading') })).toHaveCount(0);
  await expectNoViolations(helper, 'fleet view, helper');

  await rowOf(helper, 'Barnavdelningen').getByRole('link', { name: 'Barnavdelningen' }).click();
  await expect(helper.getByRole('heading', { level: 1, name: 'Barnavdelningen' })).toBeVisible();
  await expect(helper.getByRole('button', { name: ht('kiosk.revoke') })).toHaveCount(0);
  await expect(helper.getByRole('button', { name: ht('kioskSettings.save') })).toHaveCount(0);
  await expect(helper.getByLabel(ht('kiosk.name'))).toHaveCount(0);
  await expectNoViolations(helper, 'kiosk detail, helper');

  // The enrol screen is not a helper's: the console sends them home.
  await helper.goto('/staff/#/fleet/enrol');
  await expect(helper).toHaveURL(/#\/requests$/);
  await helperContext.close();
});

test('branch defaults: settings, a PIN never shown back, and alert addresses', async ({ page, server }) => {
  const t = await signIn(page, server, 'ada', 'admin');
  await page.goto('/staff/#/fleet/defaults');
  await expect(page.getByRole('heading', { level: 1, name: t('kioskDefaults.heading') })).toBeVisible();
  await expect(page.getByText(t('kioskDefaults.pinNotSet'))).toBeVisible();
  await expectNoViolations(page, 'branch defaults');

  // Languages offered are reordered with the keyboard; focus stays on the moved language.
  const englishUp = page.locator('#branch-lang-en-up');
  await englishUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#branch-lang-en-up')).toBeFocused();
  const order = await page.locator('.language-order li input:checked').evaluateAll((boxes) => boxes.map((b) => b.id));
  expect(order.slice(0, 3)).toEqual(['branch-lang-sv', 'branch-lang-en', 'branch-lang-sv-x-easy']);
  await page.getByRole('button', { name: t('kioskSettings.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('kioskDefaults.saved') })).toBeVisible();

  await page.getByLabel(t('kioskDefaults.pin'), { exact: true }).fill('4711');
  await page.getByRole('button', { name: t('kioskDefaults.setPin'), exact: true }).click();
  await expect(page.getByText(t('kioskDefaults.pinSet'))).toBeVisible();
  await expect(page.getByLabel(t('kioskDefaults.newPin'))).toHaveValue('');

  await page.getByLabel(t('kioskDefaults.alertEmails')).fill('it@bibliotek.example\nchef@bibliotek.example');
  await page.getByRole('button', { name: t('kioskDefaults.alertSave'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('kioskDefaults.alertSaved') })).toBeVisible();

  await page.reload();
  await expect(page.getByText(t('kioskDefaults.pinSet'))).toBeVisible();
  await expect(page.getByLabel(t('kioskDefaults.alertEmails'))).toHaveValue(
    'it@bibliotek.example\nchef@bibliotek.example',
  );
  const ids = await page.locator('.language-order li input:checked').evaluateAll((boxes) => boxes.map((b) => b.id));
  expect(ids.slice(0, 2)).toEqual(['branch-lang-sv', 'branch-lang-en']);
});

test('a code counts down to "expired"', async ({ page, server }) => {
  await page.clock.install();
  const t = await signIn(page, server, 'ada', 'admin');
  await page.goto('/staff/#/fleet/enrol');
  await page.getByRole('button', { name: t('enrol.create'), exact: true }).click();
  await expect(page.getByTestId('countdown')).toHaveText(t('enrol.expiresIn', { time: '15:00' }));
  await page.clock.runFor('05:00');
  await expect(page.getByTestId('countdown')).toHaveText(t('enrol.expiresIn', { time: '10:00' }));
  await page.clock.runFor('10:00');
  await expect(page.getByTestId('countdown')).toHaveText(t('enrol.expired'));
  await expect(page.getByTestId('enrolment-url')).toHaveCount(0);
});

test('a withdrawn code enrols nothing, and the other open codes stay open', async ({ page, server, request }) => {
  const t = await signIn(page, server, 'ada', 'admin');
  await page.goto('/staff/#/fleet/enrol');
  const create = page.getByRole('button', { name: t('enrol.create'), exact: true });
  await create.click();
  await expect(page.locator('.open-codes tbody tr')).toHaveCount(1);
  const kept = await page.getByTestId('enrolment-code').textContent();
  await create.click();
  // The first card stays until the new code arrives; read the code only from the new card.
  await expect(page.locator('.open-codes tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('enrolment-code')).not.toHaveText(kept ?? '');
  const code = ((await page.getByTestId('enrolment-code').textContent()) ?? '').replace('-', '');
  await page
    .locator('.code-card')
    .getByRole('button', { name: t('enrol.withdraw'), exact: true })
    .click();
  await expect(page.getByTestId('enrolment-code')).toHaveCount(0);
  await expect(page.locator('.open-codes tbody tr')).toHaveCount(1);
  const refused = await request.post('/api/kiosk/enrol', { data: { code } });
  expect(refused.status()).toBe(410);
  expect((await refused.json()).type).toBe(PROBLEM.enrolmentCodeWithdrawn);
  const enrolled = await request.post('/api/kiosk/enrol', { data: { code: (kept ?? '').replace('-', '') } });
  expect(enrolled.status()).toBe(201);
});

test('a large fleet is paged, never loaded whole, and a kiosk moves to another branch', async ({ page, server }) => {
  await addBranch(server);
  const now = new Date().toISOString();
  const kiosks = Array.from({ length: 120 }, (_, i) => ({
    id: `k-${String(i).padStart(16, '0')}`,
    name: `Platta ${String(i).padStart(3, '0')}`,
    branch_id: MAIN_BRANCH,
    token_hash: `hash-${i}`,
    enrolled_at: now,
    settings: '{}',
    settings_version: 1,
    state: 'never-seen' as const,
    state_since: now,
    beats: 0,
  }));
  await server.db.insertInto('kiosk').values(kiosks).execute();
  const t = await signIn(page, server, 'ada', 'admin');

  const pages: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/staff/kiosks?')) pages.push(new URL(r.url()).searchParams.get('limit') ?? 'all');
  });
  await page.goto('/staff/#/fleet');
  await expect(page.locator('.pager')).toContainText(t('fleet.range', { first: 1, last: FLEET_PAGE, total: 120 }));
  await expect(page.locator('.fleet-table tbody tr')).toHaveCount(FLEET_PAGE);
  await page.getByRole('button', { name: t('fleet.next'), exact: true }).click();
  await expect(page.locator('.pager')).toContainText(
    t('fleet.range', { first: FLEET_PAGE + 1, last: 2 * FLEET_PAGE, total: 120 }),
  );
  await expect(page.getByRole('link', { name: `Platta ${String(FLEET_PAGE).padStart(3, '0')}` })).toBeVisible();
  expect(pages.every((limit) => limit === String(FLEET_PAGE))).toBe(true);

  // Move one kiosk; the branch filter then finds it alone.
  await page.getByRole('link', { name: 'Platta 051' }).click();
  await page.getByLabel(t('fleet.branch'), { exact: true }).selectOption({ label: 'Filialen' });
  await page.getByRole('button', { name: t('kiosk.move'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('kiosk.moved') })).toBeVisible();
  await page
    .getByRole('link', { name: t('fleet.heading'), exact: true })
    .first()
    .click();
  await page.getByLabel(t('fleet.branch'), { exact: true }).selectOption({ label: 'Filialen' });
  await expect(page.getByRole('status').filter({ hasText: t('fleet.count', { count: 1 }) })).toBeVisible();
  await expect(page.locator('.fleet-table tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Platta 051' })).toBeVisible();
});
