import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import i18next, { type TFunction } from 'i18next';
import { enrol as enrolByApi, MAIN_BRANCH, makeCode } from '../test/helpers/fleet.js';
import { TEST_KIOSK_TOKEN } from '../test/helpers/server.js';
import { signedIn } from '../test/helpers/staff.js';
import { expect, type KioskServer, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { storedText } from './stored-text.js';

const PIN = '2468';
const KIOSK_NAME = 'Entrén vid hissen';
const NAME = 'Zaynab';

/** The fleet screens' Swedish strings, through i18next as the kiosk uses them. */
async function fleetStrings(): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { sv: { fleet: JSON.parse(readFileSync('locales/sv/fleet.json', 'utf8')) } },
    lng: 'sv',
    fallbackLng: false,
    defaultNS: 'fleet',
    ns: ['fleet'],
  });
  return instance.t;
}

/** An admin's session headers, and the branch's staff PIN set through the admin route. */
async function adminWithPin(server: KioskServer): Promise<Record<string, string>> {
  const admin = await signedIn(server, 'ada', 'admin');
  const response = await server.app.inject({
    method: 'PUT',
    url: `/api/staff/branches/${MAIN_BRANCH}/kiosk-settings`,
    headers: admin,
    payload: { settings: {}, pin: PIN, alertEmails: [] },
  });
  expect(response.statusCode).toBe(200);
  return admin;
}

/** Opens a set-up address in this tab (a new page load, or only the fragment changing). */
async function openSetUpAddress(page: Page, code: string): Promise<void> {
  await page.goto(`/#enrol=${code}`);
  // The code is taken out of the address bar at once.
  await page.waitForURL((url) => url.hash === '');
}

/** The tablet holds its content and the help-session times, and its service worker runs. */
async function readyForVisitors(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await expect.poll(async () => (await storedText(page)).includes('"placesLeft"'), { timeout: 20_000 }).toBe(true);
}

/** A visitor asks for help from Home: the first free time and a first name. */
async function askForHelp(page: Page): Promise<string> {
  const t = await kioskStrings('sv');
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click(); // language: Swedish
  await page.locator('.slot-list .slot-button:enabled').first().click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click(); // no other times
  await page.getByLabel(t('request.details.firstName')).fill(NAME);
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByRole('button', { name: t('request.check.send') }).click();
  await expect(page.locator('.reference-code')).toBeVisible();
  return page.locator('.reference-code').innerText();
}

/** Staff hold the top corner for three seconds: the PIN pad opens. */
async function holdCorner(page: Page): Promise<void> {
  await page.mouse.move(6, 6);
  await page.mouse.down();
  await page.locator('[data-fleet="pin"], [data-fleet="no-pin"]').waitFor({ timeout: 10_000 });
  await page.mouse.up();
}

async function typePin(page: Page, pin: string, t: TFunction): Promise<void> {
  const pad = page.getByRole('dialog');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: t('pin.ok'), exact: true }).click();
}

const serverRequests = (server: KioskServer) => server.app.bookings.list({ from: '2000-01-01' });

test('a set-up address enrols the tablet, which says what it is and sends a visitor request with its own token', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await fleetStrings();
  const admin = await adminWithPin(server);
  const { code } = await makeCode(server, admin, { name: KIOSK_NAME });
  const tokens: string[] = [];
  // On the context, not the page: the service worker may be the one that sends it (Background Sync).
  page.context().on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/bookings')) tokens.push(r.headers().authorization ?? '');
  });

  await openSetUpAddress(page, code);
  await expect(page.getByRole('heading', { name: t('enrol.doneHeading') })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    t('enrol.done', { name: KIOSK_NAME, branch: 'Stadsbiblioteket' }),
  );
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('enrol.start') })
    .click();
  await expect(page.locator('.attract-button')).toBeVisible();

  await readyForVisitors(page);
  await startVisit(page);
  const reference = await askForHelp(page);
  await expect.poll(async () => (await serverRequests(server)).length).toBe(1);
  expect((await serverRequests(server))[0]).toMatchObject({ reference, firstName: NAME });
  expect(tokens.length).toBeGreaterThanOrEqual(1);
  expect(tokens.every((header) => header.startsWith('Bearer ') && header !== `Bearer ${TEST_KIOSK_TOKEN}`)).toBe(true);
});

test('an unknown, expired, used or withdrawn code each get a screen saying what happened and what to do', async ({
  page,
  server,
}) => {
  test.setTimeout(60_000);
  const t = await fleetStrings();
  const admin = await signedIn(server, 'ada', 'admin');

  const expired = await makeCode(server, admin);
  await server.db
    .updateTable('enrolment_code')
    .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
    .where('id', '=', expired.id)
    .execute();
  const used = await makeCode(server, admin);
  expect((await enrolByApi(server, used.code)).statusCode).toBe(201);
  const withdrawn = await makeCode(server, admin);
  const withdrawal = await server.app.inject({
    method: 'DELETE',
    url: `/api/staff/enrolments/${withdrawn.id}`,
    headers: admin,
  });
  expect(withdrawal.statusCode).toBe(204);

  const cases = [
    { code: 'ABCDE12345', heading: 'enrol.unknownHeading', text: 'enrol.unknown' },
    { code: expired.code, heading: 'enrol.expiredHeading', text: 'enrol.expired' },
    { code: used.code, heading: 'enrol.usedHeading', text: 'enrol.used' },
    { code: withdrawn.code, heading: 'enrol.withdrawnHeading', text: 'enrol.withdrawn' },
  ];
  for (const { code, heading, text } of cases) {
    await openSetUpAddress(page, code);
    await expect(page.getByRole('heading', { name: t(heading) })).toBeVisible();
    const alert = page
      .getByRole('dialog')
      .getByRole('alert')
      .filter({ hasText: t(text) });
    await expect(alert).toContainText(t('enrol.askAdmin'));
    await page.getByRole('button', { name: t('enrol.close') }).click();
    await expect(page.locator('.fleet-screen')).toHaveCount(0);
  }
  // None of them enrolled the tablet.
  expect(await storedText(page)).not.toContain('"branchName"');
});

test('a revoked tablet asks to be set up again, keeps its queued request, and delivers it once after enrolling again', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const t = await fleetStrings();
  const kiosk = await kioskStrings('sv');
  const admin = await adminWithPin(server);
  await openSetUpAddress(page, (await makeCode(server, admin, { name: KIOSK_NAME })).code);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('enrol.start') })
    .click();
  await readyForVisitors(page);
  const fleet = (await server.app.inject({ url: '/api/staff/kiosks', headers: admin })).json() as {
    kiosks: { id: string }[];
  };
  const kioskId = fleet.kiosks[0]?.id ?? '';

  // The network goes while the visitor sends: the request waits on the tablet.
  await page.context().setOffline(true);
  await startVisit(page);
  await askForHelp(page);
  await expect(page.locator('.request-status')).toContainText(kiosk('request.done.queued'));

  const revoke = await server.app.inject({
    method: 'POST',
    url: `/api/staff/kiosks/${kioskId}/revoke`,
    headers: admin,
  });
  expect(revoke.statusCode).toBe(200);
  await page.context().setOffline(false);

  // The next call with the revoked token is refused (here the settings the status screen asks for).
  await holdCorner(page);
  await typePin(page, PIN, t);
  await page.getByRole('button', { name: t('status.syncNow') }).click();
  await page.getByRole('button', { name: t('status.close') }).click();
  await expect(page.getByRole('heading', { name: t('setUp.heading') })).toBeVisible();
  await expect(page.locator('[data-kept]')).toHaveText(t('setUp.kept', { count: 1 }));
  expect(await serverRequests(server)).toHaveLength(0);

  // Set up again (the same kiosk): the kept request goes, exactly once.
  const again = await makeCode(server, admin, { kioskId });
  await openSetUpAddress(page, again.code);
  await expect(page.getByRole('heading', { name: t('enrol.doneHeading') })).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('enrol.start') })
    .click();
  await expect.poll(async () => (await serverRequests(server)).length, { timeout: 20_000 }).toBe(1);
  await expect(page.locator('.pending-requests')).toBeEmpty();
  await expect(page.getByRole('heading', { name: t('setUp.heading') })).toHaveCount(0);
  expect(await serverRequests(server)).toHaveLength(1);
});

test('the status screen opens with the branch PIN and not with a wrong one', async ({ page, server }) => {
  test.setTimeout(60_000);
  const t = await fleetStrings();
  const admin = await adminWithPin(server);
  await openSetUpAddress(page, (await makeCode(server, admin, { name: KIOSK_NAME })).code);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('enrol.start') })
    .click();
  await expect(page.locator('.attract-button')).toBeVisible();

  await holdCorner(page);
  await typePin(page, '1357', t);
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(t('pin.wrong'));
  await expect(page.locator('[data-fleet="status"]')).toHaveCount(0);

  await typePin(page, PIN, t);
  await expect(page.getByRole('heading', { name: t('status.heading') })).toBeVisible();
  await expect(page.locator('.fleet-facts')).toContainText(KIOSK_NAME);
  await page.getByRole('button', { name: t('status.close') }).click();
  await expect(page.locator('.attract-button')).toBeVisible();
});

test("the branch's settings arrive with enrolment: the languages offered, in its order, and its start language", async ({
  page,
  server,
}) => {
  test.setTimeout(60_000);
  const t = await fleetStrings();
  const admin = await signedIn(server, 'ada', 'admin');
  const settings = await server.app.inject({
    method: 'PUT',
    url: `/api/staff/branches/${MAIN_BRANCH}/kiosk-settings`,
    headers: admin,
    payload: { settings: { languages: ['uk', 'en', 'sv'], defaultLanguage: 'en' }, alertEmails: [] },
  });
  expect(settings.statusCode).toBe(200);
  await openSetUpAddress(page, (await makeCode(server, admin)).code);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('enrol.start') })
    .click();

  // The reset after set-up returns to the kiosk's start language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.attract-button').click();
  await expect(page.locator('.language-list button')).toHaveText(['Українська', 'English', 'Svenska']);
});
