import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { BRANCH } from '../test/helpers/bookings.js';
import { expect, firstVisit, openCategoryOf, seedGuide, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { expectNoViolations } from './staff-helpers.js';

/** A raw i18n key on screen means a string is missing. */
const RAW_KEY = /\b(request|home|guide|askStaff|attract|topBar)\.[a-zA-Z]+\.?[a-zA-Z]*/;
/** How the kiosk writes a reference code: no 0/O or 1/I. */
const REFERENCE = /^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/;

/** How many records an IndexedDB store of the kiosk holds (0 when it does not exist yet). */
function storeCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('servicepunkt');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => {
            db.close();
            resolve(0);
          };
        };
      }),
    store,
  );
}

/** First visit (the kiosk set up with its token), and the help-session times kept on the tablet. */
async function setUpKiosk(page: Page): Promise<void> {
  await firstVisit(page);
  await expect.poll(() => storeCount(page, 'slotFeed')).toBe(1);
}

/** Every POST of a booking the tablet makes, from the page or its service worker. */
function bookingPosts(page: Page): string[] {
  const posts: string[] = [];
  // On the context, not the page: the service worker may be the one that sends it (Background Sync).
  page.context().on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/bookings') posts.push(request.url());
  });
  return posts;
}

/** The step's heading is shown and has focus (the flow moves focus to each new step). */
async function expectStep(page: Page, heading: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
}

const enabledSlots = (page: Page) => page.locator('.slot-list .slot-button:enabled');

/** The part of a string with one interpolation before the value, to match a text that starts so. */
const prefix = (t: TFunction, key: string, option: string) => t(key, { [option]: '\u0000' }).split('\u0000')[0] ?? '';

test('from a guide: topic chosen, language, a time and another time, a name, send; the code and the answer show', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await kioskStrings('sv');
  const posts = bookingPosts(page);
  await setUpKiosk(page);
  await startVisit(page);
  const guide = seedGuide(server, 'bankid', 'sv');
  await openCategoryOf(page, server, 'bankid', 'sv');
  await page.getByRole('button', { name: guide.title }).click();
  await page.getByRole('button', { name: t('guide.requestButton') }).click();

  // 1. Language: the visitor's own language is chosen to begin with.
  await expectStep(page, t('request.language.heading'));
  await expect(page.getByRole('button', { name: 'Svenska', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectNoViolations(page, 'request: language');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: t('guide.next') }).click();

  // 2. Time: a helper who speaks English first; the age of the times; one time chosen.
  await expectStep(page, t('request.time.heading'));
  await expect(page.getByText(prefix(t, 'request.time.asOf', 'time'))).toBeVisible();
  await expect(page.locator('.slot-section').first().locator('h2')).toHaveText(t('request.time.matching'));
  const firstTime = page.locator('.slot-section').first().locator('.slot-button:enabled').first();
  await expect(firstTime).toContainText('English');
  await firstTime.click();
  await expect(firstTime).toHaveAttribute('aria-pressed', 'true');
  await expectNoViolations(page, 'request: time');
  await page.getByRole('button', { name: t('guide.next') }).click();

  // 2b. Another time, numbered in the order chosen.
  await expectStep(page, t('request.alternatives.heading'));
  const other = enabledSlots(page).first();
  await other.click();
  await expect(other).toContainText(t('request.alternatives.badge', { number: 1 }));
  await expectNoViolations(page, 'request: other times');
  await page.getByRole('button', { name: t('guide.next') }).click();

  // 3. First name; the privacy note says what is kept.
  await expectStep(page, t('request.details.heading'));
  await expect(page.getByText(t('request.details.privacyDeleted'))).toBeVisible();
  await expect(page.getByLabel(t('request.details.firstName'))).toHaveAttribute('autocomplete', 'off');
  await page.getByLabel(t('request.details.firstName')).fill('Amina');
  await expectNoViolations(page, 'request: details');
  await page.getByRole('button', { name: t('guide.next') }).click();

  // 4. Check: the guide is the topic, both times in order, the name.
  await expectStep(page, t('request.check.heading'));
  const summary = page.locator('.summary');
  await expect(summary).toContainText(guide.title);
  await expect(summary).toContainText('English');
  await expect(summary).toContainText('Amina');
  await expect(summary).toContainText(t('request.check.noReminder'));
  await expect(page.locator('.summary-times li')).toHaveCount(2);
  await expectNoViolations(page, 'request: check');
  expect(posts).toEqual([]);
  await page.getByRole('button', { name: t('request.check.send') }).click();

  // 5. Done: the code, and the answer once the server has it.
  await expectStep(page, t('request.done.heading'));
  await expect(page.locator('.reference-code')).toHaveText(REFERENCE);
  const status = page.locator('.request-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText(prefix(t, 'request.done.confirmed', 'time'));
  expect(posts).toHaveLength(1);
  const reference = await page.locator('.reference-code').innerText();
  expect(await server.db.selectFrom('booking').select('reference').execute()).toEqual([{ reference }]);
  await expectNoViolations(page, 'request: done');
  await page.getByRole('button', { name: t('guide.done') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.heading'));
});

test('in Arabic the flow is right to left, in Arabic throughout, with no Swedish and no raw keys', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await kioskStrings('ar');
  const sv = await kioskStrings('sv');
  // Every Swedish phrase of the flow (the parts around interpolations), to be sure none leaks.
  const { date: _names, ...phrases } = sv('request', { returnObjects: true }) as Record<string, unknown>;
  const contact = sv('requestContact', { returnObjects: true }) as Record<string, unknown>;
  const branch = await server.app.times.branch(BRANCH);
  const placeAr = branch?.placeTranslations?.ar ?? '';
  expect(placeAr).toMatch(/[\u0600-\u06ff]/);
  const svRequest = [...flattenStrings(phrases), ...flattenStrings(contact), branch?.place ?? '']
    .flatMap((text) => text.split(/\{\{\w+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
  await setUpKiosk(page);
  await startVisit(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const checkScreen = async (name: string) => {
    const text = await page.locator('main').innerText();
    expect(text, `raw key on ${name}`).not.toMatch(RAW_KEY);
    for (const swedish of svRequest) expect(text, `Swedish on ${name}`).not.toContain(swedish);
    await expectNoViolations(page, `request in Arabic: ${name}`);
  };

  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await expectStep(page, t('request.topic.heading'));
  await checkScreen('topic');
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await expectStep(page, t('request.language.heading'));
  await expect(page.getByRole('button', { name: 'العربية', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await checkScreen('language');
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.time.heading'));
  // The place in the building in Arabic; weekday names in Arabic.
  await expect(page.locator('.request-place')).toContainText(placeAr);
  await expect(page.locator('.slot-day h3').first()).toHaveText(/[\u0600-\u06ff]/);
  await enabledSlots(page).first().click();
  await checkScreen('time');
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.alternatives.heading'));
  await checkScreen('other times');
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.details.heading'));
  const name = page.getByLabel(t('request.details.firstName'));
  await name.fill('أمل');
  // This server sends no reminders (no SMTP): none is offered and no consent is asked.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.locator('input[type="email"]')).toHaveCount(0);
  await expect(page.getByText(t('request.details.reminderHeading'))).toHaveCount(0);
  // Not a phone number: the message's example number reads left to right inside the Arabic.
  const phone = page.getByLabel(t('request.details.phone'));
  await phone.fill('abc');
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expect(page.locator('#request-phone-error')).toHaveText(t('request.errors.phone'));
  await expect(page.locator('#request-phone-error bdi[dir=ltr]')).toHaveText('070 123 45 67');
  await checkScreen('details with a problem');
  // The phone is for staff to call, and needs no consent.
  await phone.fill('070 123 45 67');
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.check.heading'));
  const summary = page.locator('.summary');
  await expect(summary).toContainText('070 123 45 67');
  await expect(summary).toContainText(t('request.check.noReminder'));
  await expect(summary).toContainText(placeAr);
  // The number is isolated left to right, and its line is aligned right like every other value.
  const number = page.locator('.summary dd [dir=ltr]', { hasText: '070 123 45 67' });
  await expect(number).toHaveCount(1);
  const edges = await number.evaluate((element) => {
    const text = document.createRange();
    text.selectNodeContents(element);
    const drawn = text.getBoundingClientRect();
    const value = element.closest('dd')?.getBoundingClientRect();
    return { start: (value?.right ?? 0) - drawn.right, end: drawn.left - (value?.left ?? 0) };
  });
  expect(Math.abs(edges.start)).toBeLessThan(4);
  expect(edges.end).toBeGreaterThan(40);
  await checkScreen('check');
  await page.getByRole('button', { name: t('request.check.send') }).click();

  await expectStep(page, t('request.done.heading'));
  await expect(page.locator('.reference-code')).toHaveText(REFERENCE);
  await expect(page.locator('.request-status')).not.toHaveText(t('request.done.queued'));
  await expect(page.locator('.request-place')).toContainText(placeAr);
  await checkScreen('done');
});

test('a place with no Arabic translation shows in Swedish, marked as Swedish and left to right, on the Arabic screens', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await kioskStrings('ar');
  const branch = await server.app.times.branch(BRANCH);
  if (!branch) throw new Error('the seed has no branch');
  const { ar: _, ...others } = branch.placeTranslations ?? {};
  await server.app.times.putBranch(BRANCH, { ...branch, placeTranslations: others });
  await setUpKiosk(page);
  await startVisit(page, 'العربية');
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.time.heading'));
  const onTime = page.locator('.request-place [lang="sv"]');
  await expect(onTime).toHaveText(branch.place);
  await expect(onTime).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: t('request.time.anyTime') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByLabel(t('request.details.firstName')).fill('أمل');
  await page.getByRole('button', { name: t('guide.next') }).click();

  await expectStep(page, t('request.check.heading'));
  const onCheck = page.locator('.summary [lang="sv"]');
  await expect(onCheck).toHaveText(branch.place);
  await expect(onCheck).toHaveAttribute('dir', 'ltr');
  await expectNoViolations(page, 'request in Arabic: Swedish place');
});

test.describe('a server that sends reminders by e-mail', () => {
  test.use({ smtpUrl: 'smtp://127.0.0.1:2525' });

  test('the details step offers a reminder by e-mail only, asking for the address once the visitor says yes', async ({
    page,
    server,
  }) => {
    test.setTimeout(90_000);
    const t = await kioskStrings('sv');
    await setUpKiosk(page);
    await startVisit(page);
    await page.getByRole('button', { name: t('home.requestButton') }).click();
    await page.getByRole('button', { name: t('request.topic.other') }).click();
    await page.getByRole('button', { name: t('guide.next') }).click();
    await page.getByRole('button', { name: t('request.time.anyTime') }).click();
    await page.getByRole('button', { name: t('guide.next') }).click();

    await expectStep(page, t('request.details.heading'));
    await expect(page.getByText(t('requestContact.byEmail'))).toBeVisible();
    // One choice, by e-mail; no reminder to the phone, which has no sender.
    await expect(page.getByRole('checkbox')).toHaveCount(1);
    const want = page.getByRole('checkbox', { name: t('requestContact.wantEmail') });
    await expect(want).not.toBeChecked();
    await expect(page.getByLabel(t('requestContact.email'))).toHaveCount(0);
    await page.getByLabel(t('request.details.firstName')).fill('Olle');
    await want.check();
    await page.getByLabel(t('requestContact.email')).fill('olle@example.org');
    await expectNoViolations(page, 'request: details with a reminder by e-mail');
    await page.getByRole('button', { name: t('guide.next') }).click();

    await expectStep(page, t('request.check.heading'));
    await expect(page.locator('.summary')).toContainText('olle@example.org');
    await page.getByRole('button', { name: t('request.check.send') }).click();
    await expectStep(page, t('request.done.heading'));
    await expect
      .poll(() => server.db.selectFrom('booking').select(['email', 'consent']).execute())
      .toEqual([{ email: 'olle@example.org', consent: 1 }]);
  });
});

test('a personal identity number as the name: the problem shows at the name field and nothing is sent', async ({
  page,
}) => {
  const t = await kioskStrings('sv');
  const posts = bookingPosts(page);
  await setUpKiosk(page);
  await startVisit(page);
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expectStep(page, t('request.time.heading'));
  // Any time: no other times are asked for.
  await page.getByRole('button', { name: t('request.time.anyTime') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expectStep(page, t('request.details.heading'));

  const name = page.getByLabel(t('request.details.firstName'));
  await name.fill('19850101-1234');
  await page.getByRole('button', { name: t('guide.next') }).click();
  const error = page.locator('#request-first-name-error');
  await expect(error).toHaveText(t('request.errors.firstName'));
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAttribute('aria-describedby', /request-first-name-error/);
  await expect(name).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('request.details.heading'));
  await expectNoViolations(page, 'request: name with a problem');

  await name.fill('');
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expect(error).toHaveText(t('request.errors.firstNameMissing'));
  expect(posts).toEqual([]);
  expect(await storeCount(page, 'outbox')).toBe(0);
});

test('offline: the request waits on the tablet through the idle reset, the attract screen says so, and it goes when the network is back', async ({
  page,
}) => {
  const t = await kioskStrings('sv');
  await page.clock.install();
  await setUpKiosk(page);
  await page.context().setOffline(true);
  await startVisit(page);
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expectStep(page, t('request.time.heading'));
  await expect(page.getByText(prefix(t, 'request.time.asOf', 'time'))).toBeVisible();
  await page.getByRole('button', { name: t('request.time.anyTime') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByLabel(t('request.details.firstName')).fill('Olle');
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByRole('button', { name: t('request.check.send') }).click();
  await expectStep(page, t('request.done.heading'));
  await expect(page.locator('.reference-code')).toHaveText(REFERENCE);
  await expect(page.locator('.request-status')).toHaveText(t('request.done.queued'));

  // The visitor walks away: the idle reset clears the visit but never the queued request.
  await page.clock.runFor(1000);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(1000);
  await page.clock.fastForward('00:20');
  // The next visitor's attract screen: a quiet line for staff, no personal data.
  await expect(page.locator('.attract-button')).toBeVisible();
  const pending = page.locator('.pending-requests');
  await expect(pending).toHaveText(t('attract.pendingRequests', { count: 1 }));
  await expect(pending).toHaveAttribute('role', 'status');
  await expect(pending).not.toContainText('Olle');

  await page.context().setOffline(false);
  await expect(pending).toHaveText('', { timeout: 20_000 });
});

test('in Tigrinya, which the browser has no date names for, days are written with the kiosk own names', async ({
  page,
}) => {
  const t = await kioskStrings('ti');
  await setUpKiosk(page);
  await startVisit(page, 'ትግርኛ');
  await page.getByRole('button', { name: t('askStaff.button'), exact: true }).click();
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await expectStep(page, t('request.language.heading'));
  await expect(page.getByRole('button', { name: 'ትግርኛ', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: t('guide.next') }).click();
  await expectStep(page, t('request.time.heading'));
  const weekdays = t('request.date.weekdays').split(',');
  const day = await page.locator('.slot-day h3').first().innerText();
  expect(
    weekdays.some((name) => day.startsWith(name)),
    day,
  ).toBe(true);
  expect(day).not.toMatch(/day|[A-Z][a-z]+/);
  // A helper speaks Tigrinya at some times, so those come first.
  await expect(page.locator('.slot-section').first().locator('h2')).toHaveText(t('request.time.matching'));
  await expect(page.locator('.slot-section').first().locator('.slot-button').first()).toContainText('ትግርኛ');
});

/** Every string leaf of a nested object. */
function flattenStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(flattenStrings);
}
