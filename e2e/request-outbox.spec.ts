import type { Page } from '@playwright/test';
import { expect, firstVisit, type KioskServer, startVisit, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { storedText } from './stored-text.js';

const NAME = 'Zaynab';
const PHONE = '070 555 12 34';

/** The tablet holds the help-session times (the slot feed), so the flow works offline. */
async function timesKept(page: Page): Promise<void> {
  await expect.poll(async () => (await storedText(page)).includes('"placesLeft"')).toBe(true);
}

/** A visitor asks for help from Home: the first free time, a name, a phone number for staff to call. */
async function askForHelp(page: Page): Promise<void> {
  const t = await kioskStrings('sv');
  await page.getByRole('button', { name: t('home.requestButton') }).click();
  await page.getByRole('button', { name: t('request.topic.other') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click(); // language: Swedish
  await page.locator('.slot-list .slot-button:enabled').first().click();
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByRole('button', { name: t('guide.next') }).click(); // no other times
  await page.getByLabel(t('request.details.firstName')).fill(NAME);
  await page.getByLabel(t('request.details.phone')).fill(PHONE);
  await page.getByRole('button', { name: t('guide.next') }).click();
  await page.getByRole('button', { name: t('request.check.send') }).click();
  await expect(page.locator('.reference-code')).toBeVisible();
}

const serverRequests = (server: KioskServer) => server.app.bookings.list({ from: '2000-01-01' });

test('a request made offline survives a reload, shows as waiting, and reaches the server exactly once when the network is back', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await kioskStrings('sv');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/bookings')) posts.push(r.url());
  });
  await firstVisit(page);
  await timesKept(page);

  await page.context().setOffline(true);
  await startVisit(page);
  await askForHelp(page);
  const reference = await page.locator('.reference-code').innerText();
  await expect(page.locator('.request-status')).toContainText(t('request.done.queued'));

  // The tablet restarts, still without a network: the request is still there, and says so.
  await page.reload();
  await expect(page.locator('.pending-requests')).toContainText(t('attract.pendingRequests', { count: 1 }));
  expect(await serverRequests(server)).toHaveLength(0);
  expect(await storedText(page)).toContain(NAME); // kept on the tablet until the server has it

  // The network is back: sent once, and the visitor's data is gone from the tablet.
  await page.context().setOffline(false);
  await expect(page.locator('.pending-requests')).toBeEmpty();
  const stored = await serverRequests(server);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ reference, firstName: NAME, phone: PHONE, consent: false, status: 'confirmed' });
  const text = await storedText(page);
  expect(text).not.toContain(NAME);
  expect(text).not.toContain(PHONE);
  // A retry may have been answered from the stored first answer, but only one request exists.
  expect(posts.length).toBeGreaterThanOrEqual(1);
});

test('after the server has the request and the idle reset, nothing of the visitor is left on the tablet', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const t = await kioskStrings('sv');
  await page.clock.install();
  await firstVisit(page);
  await timesKept(page);
  await startVisit(page);
  await askForHelp(page);
  await expect(page.locator('.request-status')).toContainText(
    t('request.done.confirmed', { time: '' }).split(':')[0] ?? '',
  );
  expect(await serverRequests(server)).toHaveLength(1);

  // The visitor walks away: countdown, reset.
  await page.clock.runFor(1000);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(1000);
  await page.clock.fastForward('00:20');
  await expect(page.locator('.attract-button')).toBeVisible();

  expect(await page.content()).not.toContain(NAME);
  const text = await storedText(page);
  expect(text).not.toContain(NAME);
  expect(text).not.toContain(PHONE);
  expect(text).not.toContain(PHONE.replaceAll(' ', ''));
});

test('with the kiosk page closed, the service worker sends a queued request on a Background Sync event', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const context = page.context();
  await firstVisit(page);
  await timesKept(page);
  await context.setOffline(true);
  await startVisit(page);
  await askForHelp(page);
  // The sync registration is made right after the request is stored.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
          sync: { getTags(): Promise<string[]> };
        };
        return registration.sync.getTags();
      }),
    )
    .toContain('servicepunkt-outbox');
  await page.close();

  // No kiosk page is open: only the service worker can send it. Chromium fires a sync event when
  // its real network returns, which a test cannot switch; DevTools dispatches the same event.
  await context.setOffline(false);
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }) => registrations.push(...updated));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrations.some((r) => r.scopeURL.startsWith(server.url))).toBe(true);
  const registration = registrations.find((r) => r.scopeURL.startsWith(server.url));
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: server.url,
    registrationId: registration?.registrationId ?? '',
    tag: 'servicepunkt-outbox',
    lastChance: false,
  });
  await expect.poll(async () => (await serverRequests(server)).length, { timeout: 30_000 }).toBe(1);
  const [stored] = await serverRequests(server);
  expect(stored).toMatchObject({ firstName: NAME, phone: PHONE });

  // And the tablet no longer holds the visitor's data.
  const again = await context.newPage();
  await again.goto('/');
  await again.locator('.attract-button').waitFor();
  const text = await storedText(again);
  expect(text).not.toContain(NAME);
  expect(text).not.toContain(PHONE);
});
