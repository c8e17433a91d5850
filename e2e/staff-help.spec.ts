import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { BookingAnswer, BookingRequest } from '../src/domain/help.js';
import { addDays, isoWeekday, libraryLocal, slotId } from '../src/domain/slot-rules.js';
import { libraryInstant } from '../src/kiosk/request/slot-choice.js';
import { deleteExpiredPersonalData } from '../src/server/help/retention.js';
import { expect, type KioskServer, test } from './fixtures.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

/** A branch of its own, so the seed branch's holidays never fall on a test's dates. */
const BRANCH = { id: 'filial-ost', name: 'Filial Öst', place: 'Plan 2, vid datorerna' };
const WEEK = { open: '10:00', close: '19:00' };

const today = () => libraryLocal(new Date()).slice(0, 10);

/** A request as a kiosk sends it: the kiosk token, a fresh Idempotency-Key, the visitor's answers. */
async function book(page: Page, server: KioskServer, request: Partial<BookingRequest>): Promise<BookingAnswer> {
  const body: BookingRequest = {
    topic: 'bankid',
    language: 'sv',
    branchId: BRANCH.id,
    slots: [],
    anyTime: false,
    firstName: 'Visitor',
    phone: null,
    email: null,
    consent: false,
    createdAt: new Date().toISOString(),
    ...request,
  };
  const response = await page.request.post('/api/bookings', {
    headers: { authorization: `Bearer ${server.kioskToken}`, 'idempotency-key': randomUUID() },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as BookingAnswer;
}

/** The test branch, open every day 10–19, straight into the server. */
async function addBranch(server: KioskServer): Promise<void> {
  const openingHours = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, WEEK]));
  await server.app.times.putBranch(BRANCH.id, { name: BRANCH.name, place: BRANCH.place, openingHours });
}

/** A weekly bookable session of 45 minutes on `date`'s weekday; returns the slot id on `date`. */
async function addSession(server: KioskServer, date: string, start: string, capacity: number): Promise<string> {
  const pattern = await server.app.times.addPattern({
    branchId: BRANCH.id,
    kind: 'bookable',
    weekday: isoWeekday(date),
    start,
    durationMinutes: 45,
    capacity,
    topics: [],
    languages: ['sv', 'ar', 'so'],
    from: today(),
    until: null,
  });
  return slotId(pattern.id, date);
}

test('a helper lands on requests, adds a branch and a weekly session, and a day off takes that day away', async ({
  page,
  server,
}) => {
  // Three axe runs, one on the long Times form, take a while on a loaded machine.
  test.setTimeout(60_000);
  const t = await signIn(page, server, 'hanna', 'helper');
  await expect(page.getByRole('heading', { level: 1, name: t('requests.heading') })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
    t('nav.requests'),
    t('nav.times'),
    t('nav.fleet'),
    t('nav.account'),
  ]);
  await expect(page.getByText(/raderas automatiskt/)).toBeVisible();
  await expectNoViolations(page, 'requests, empty');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.times'), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('times.heading') })).toBeVisible();

  // A new library, open every day 10–19.
  const branchForm = page.getByRole('region', { name: t('times.newBranchHeading') });
  await branchForm.getByLabel(t('times.branchName'), { exact: true }).fill(BRANCH.name);
  await branchForm.getByLabel(t('times.place'), { exact: true }).fill(BRANCH.place);
  const days = branchForm.getByRole('group', { name: t('times.openingHours') }).getByRole('checkbox');
  await expect(days).toHaveCount(7);
  for (const day of await days.all()) await day.check();
  await branchForm.getByRole('button', { name: t('times.addBranch') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('times.branchSaved', { name: BRANCH.name }) }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: BRANCH.name, exact: true })).toBeVisible();

  // A bookable session every week on the weekday three days from now, one place, three languages.
  const day = addDays(today(), 3);
  const patternForm = page.getByRole('region', { name: t('times.newPatternHeading') });
  await patternForm.getByLabel(t('times.branch'), { exact: true }).selectOption({ label: BRANCH.name });
  await patternForm.getByLabel(t('times.kindBookable'), { exact: true }).check();
  await patternForm.getByLabel(t('times.weekday'), { exact: true }).selectOption(String(isoWeekday(day)));
  await patternForm.getByLabel(t('times.start'), { exact: true }).fill('16:15');
  await patternForm.getByLabel(t('times.duration'), { exact: true }).fill('45');
  await patternForm.getByLabel(t('times.capacity'), { exact: true }).fill('1');
  await patternForm.getByLabel('Soomaali', { exact: true }).check();
  await patternForm.getByLabel('العربية', { exact: true }).check();
  await patternForm.getByRole('button', { name: t('times.addPattern') }).click();
  await expect(page.getByRole('status').filter({ hasText: '16:15–17:00' })).toBeVisible();

  // The preview holds it on that day and a week later, with its one place free.
  const preview = page.getByRole('region', { name: t('times.previewHeading', { count: 14 }) });
  const ours = preview.getByRole('row').filter({ hasText: '16:15–17:00' }).filter({ hasText: BRANCH.name });
  await expect(ours).toHaveCount(2);
  const onDay = ours.filter({ has: page.locator(`time[datetime="${day}"]`) });
  await expect(onDay).toContainText(t('times.placesOf', { left: 1, capacity: 1 }));
  await expect(onDay).toContainText('Soomaali');
  await expectNoViolations(page, 'times, with a new branch and session');

  // The helper is off sick that day: the session is gone from that date only.
  const exceptionForm = page.getByRole('region', { name: t('times.newExceptionHeading') });
  await exceptionForm.getByLabel(t('times.branch'), { exact: true }).selectOption({ label: BRANCH.name });
  await exceptionForm.getByLabel(t('times.exceptionWhich'), { exact: true }).selectOption({ index: 1 });
  await exceptionForm.getByLabel(t('times.date'), { exact: true }).fill(day);
  await exceptionForm.getByLabel(t('times.reason'), { exact: true }).fill('Hjälparen är sjuk');
  await exceptionForm.getByRole('button', { name: t('times.addException') }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Hjälparen är sjuk' })).toBeVisible();
  await expect(onDay).toHaveCount(0);
  await expect(ours).toHaveCount(1);
  await expect(ours.locator(`time[datetime="${addDays(day, 7)}"]`)).toBeVisible();
  await expectNoViolations(page, 'times, with an exception');
});

test('a helper follows up, moves, marks attended, cancels and confirms again, and exports the list', async ({
  page,
  server,
}) => {
  // Times set up as the first test does through the screen: one place on day 3, three on day 4.
  const [day, other] = [addDays(today(), 3), addDays(today(), 4)];
  await addBranch(server);
  const small = await addSession(server, day, '16:15', 1);
  const roomy = await addSession(server, other, '11:00', 3);

  const amina = await book(page, server, {
    slots: [small],
    firstName: 'Amina',
    language: 'ar',
    phone: '070-123 45 67',
    consent: true,
  });
  const bashir = await book(page, server, { slots: [small], firstName: 'Bashir', language: 'so' });
  const carin = await book(page, server, {
    anyTime: true,
    firstName: 'Carin',
    email: 'carin@example.se',
    consent: true,
  });
  expect([amina.outcome, bashir.outcome, carin.outcome]).toEqual(['confirmed', 'waiting', 'waiting']);

  const t = await signIn(page, server, 'hanna', 'helper');
  await expect(page.getByRole('heading', { level: 1, name: t('requests.heading') })).toBeVisible();
  const row = (reference: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reference }) });
  /** A row's button, named by its action and the request's code, as a screen reader hears it. */
  const button = (reference: string, action: string) =>
    row(reference).getByRole('button', { name: `${action} ${reference}`, exact: true });
  const requestTables = page.getByRole('table', { name: new RegExp(`^${t('requests.caption', { day: '' })}`) });

  // Amina has the time; Bashir's was taken and Carin asked for any time: neither has one yet.
  const dayGroup = page.getByRole('region').filter({ has: page.locator(`h2 time[datetime="${day}"]`) });
  await expect(dayGroup.getByRole('rowheader')).toHaveText([amina.reference]);
  await expect(row(amina.reference)).toContainText('Amina');
  await expect(row(amina.reference)).toContainText('070-123 45 67');
  // She ticked a reminder (as an older kiosk let her), but this server sends none (no SMTP): not shown as agreed.
  await expect(row(amina.reference)).toContainText(t('requests.consentNotGiven'));
  await expect(row(amina.reference)).toContainText('العربية');
  await expect(row(amina.reference)).toContainText('16:15–17:00');
  const waiting = page.getByRole('region', { name: new RegExp(`^${t('requests.noTimeYetHeading')}`) });
  await expect(waiting.getByRole('rowheader')).toHaveText([bashir.reference, carin.reference]);
  await expect(row(carin.reference)).toContainText(t('requests.anyTime'));
  await expect(row(carin.reference)).toContainText('carin@example.se');
  await expect(row(bashir.reference)).toContainText(t('requests.noTimeYet'));
  await expectNoViolations(page, 'requests with three visitors');

  // Follow-up shows only the two still without a time.
  await page.getByLabel(t('requests.followUpOnly')).check();
  await expect(requestTables.getByRole('rowheader')).toHaveText([bashir.reference, carin.reference]);
  await page.getByLabel(t('requests.followUpOnly')).uncheck();
  await expect(requestTables.getByRole('rowheader')).toHaveCount(3);

  // Bashir is given a time: the one he asked for is full and cannot be picked; the first free is offered.
  await row(bashir.reference).getByText(t('requests.place')).click();
  const newTime = row(bashir.reference).getByLabel(t('requests.newTimeFor', { reference: bashir.reference }));
  await expect(newTime.locator(`option[value="${small}"]`)).toBeDisabled();
  await expect(newTime).toHaveValue(roomy);
  // Each time says which languages its helper speaks, by their own names.
  for (const name of ['Svenska', 'العربية', 'Soomaali']) {
    await expect(newTime.locator(`option[value="${roomy}"]`)).toContainText(name);
  }
  await button(bashir.reference, t('requests.moveHere')).click();
  const otherGroup = page.getByRole('region').filter({ has: page.locator(`h2 time[datetime="${other}"]`) });
  await expect(otherGroup.getByRole('rowheader')).toHaveText([bashir.reference]);
  await expect(row(bashir.reference)).toContainText(t('requests.statusConfirmed'));
  await expect(row(bashir.reference)).toContainText('11:00–11:45');

  // Whether Amina came cannot be known before her session: not offered, and the row says from when.
  await expect(button(amina.reference, t('requests.attended'))).toHaveCount(0);
  await expect(button(amina.reference, t('requests.noShow'))).toHaveCount(0);
  const attendanceFrom = t('requests.attendanceFrom', { time: '\u0000' }).split('\u0000')[0] ?? '';
  await expect(row(amina.reference).getByText(attendanceFrom)).toContainText('16:15');

  // Bashir is cancelled by mistake, then confirmed again: he holds his place once more.
  await button(bashir.reference, t('requests.cancelRequest')).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('requests.cancelRequest'), exact: true })
    .click();
  await expect(row(bashir.reference).locator('.chip').first()).toHaveText(t('requests.statusCancelled'));
  await button(bashir.reference, t('requests.confirm')).click();
  await expect(row(bashir.reference).locator('.chip').first()).toHaveText(t('requests.statusConfirmed'));

  // The export holds the same requests, as they now stand.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: t('requests.csv') }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  const columns = (header ?? '').split(',');
  const records = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
  const byReference = Object.fromEntries(records.map((r) => [r.reference, r]));
  expect(Object.keys(byReference).sort()).toEqual([amina.reference, bashir.reference, carin.reference].sort());
  expect(byReference[amina.reference]).toMatchObject({ status: 'confirmed', date: day, first_name: 'Amina' });
  expect(byReference[bashir.reference]).toMatchObject({ status: 'confirmed', date: other, start: '11:00' });
  expect(byReference[carin.reference]).toMatchObject({ status: 'waiting', any_time: 'true' });

  // A month on, the server deletes Carin's name and e-mail; her request stays, without them.
  expect(await deleteExpiredPersonalData(server.app, new Date(Date.now() + 31 * 24 * 3600_000))).toBe(1);
  await page.reload();
  await expect(row(carin.reference)).toContainText(t('requests.deleted'));
  await expect(row(carin.reference)).not.toContainText('Carin');
  await expect(row(carin.reference)).not.toContainText('carin@example.se');
  await expect(row(amina.reference)).toContainText('Amina');

  // Amina's session has begun (server and browser both at its start): she came.
  const sessionStart = libraryInstant(day, '16:15');
  server.clock.set(sessionStart);
  await page.clock.setFixedTime(sessionStart);
  await page.reload();
  await button(amina.reference, t('requests.attended')).click();
  await expect(row(amina.reference).locator('.chip').first()).toHaveText(t('requests.statusAttended'));
  await expect(button(amina.reference, t('requests.attended'))).toHaveCount(0);
  // Its button is gone; the keyboard stays on Amina's request.
  await expect(row(amina.reference).getByRole('rowheader')).toBeFocused();
  await expect(button(amina.reference, t('requests.noShow'))).toBeVisible();
  await expect(row(amina.reference)).not.toContainText(attendanceFrom);
});

test('a helper finds a request by the code the visitor shows, typed in lower case with a space', async ({
  page,
  server,
}) => {
  await addBranch(server);
  const wanted = await book(page, server, {
    slots: [await addSession(server, addDays(today(), 20), '10:00', 1)],
    firstName: 'Amina',
  });
  const near = await book(page, server, {
    slots: [await addSession(server, addDays(today(), 2), '10:00', 1)],
    firstName: 'Bashir',
  });
  const t = await signIn(page, server, 'hanna', 'helper');
  const requestTables = page.getByRole('table', { name: new RegExp(`^${t('requests.caption', { day: '' })}`) });
  // Three weeks ahead, Amina's request is past the inbox's two weeks.
  await expect(requestTables.getByRole('rowheader')).toHaveText([near.reference]);

  const search = page.getByLabel(t('requests.searchReference'), { exact: true });
  await search.fill(wanted.reference.toLowerCase().replace('-', ' '));
  await expect(requestTables.getByRole('rowheader')).toHaveText([wanted.reference]);
  await expect(requestTables).toContainText('Amina');
  // A code is looked for on every day: the inbox's date fields step aside.
  const filters = page.getByRole('form', { name: t('requests.filtersLabel') });
  await expect(filters.getByLabel(t('requests.from'), { exact: true })).toHaveCount(0);
  await expectNoViolations(page, 'requests, searched by code');

  // Emptied, the search gives the inbox back as it was.
  await search.fill('');
  await expect(requestTables.getByRole('rowheader')).toHaveText([near.reference]);
});

test('the console has its own icon and is not offered as the kiosk app', async ({ page, server }) => {
  await signIn(page, server, 'hanna', 'helper');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  // Not the kiosk's icon.
  const kioskPage = await (await page.request.get('/')).text();
  expect(kioskPage).not.toContain(`href="${icon}"`);
  const response = await page.request.get(icon ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});

test('a session with a coming booking cannot be deleted, and the helper is told why', async ({ page, server }) => {
  const day = addDays(today(), 3);
  await addBranch(server);
  await book(page, server, { slots: [await addSession(server, day, '16:15', 1)], firstName: 'Amina' });

  const t = await signIn(page, server, 'hanna', 'helper');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.times'), exact: true })
    .click();
  const patterns = page.getByRole('region', { name: t('times.patternsHeading') });
  const ours = patterns.getByRole('row').filter({ hasText: '16:15–17:00' }).filter({ hasText: BRANCH.name });
  await ours.getByRole('button', { name: t('times.delete') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('times.delete'), exact: true })
    .click();
  await expect(patterns.getByRole('alert')).toContainText('Visitors are booked');
  await expect(ours).toHaveCount(1);
});

test('a request made on a kiosk shows in an open inbox within half a minute, without reloading', async ({
  page,
  server,
}) => {
  await page.clock.install();
  await addBranch(server);
  const t = await signIn(page, server, 'hanna', 'helper');
  await expect(page.getByRole('heading', { level: 1, name: t('requests.heading') })).toBeVisible();
  await expect(page.getByText('Yasmin')).toHaveCount(0);

  const answer = await book(page, server, { anyTime: true, firstName: 'Yasmin' });
  await page.clock.runFor(31_000);
  await expect(page.getByText('Yasmin')).toBeVisible();
  await expect(page.getByText(answer.reference).first()).toBeVisible();
});
