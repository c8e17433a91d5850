import { readFileSync } from 'node:fs';
import { addSession, bookingBody, postBooking } from '../test/helpers/bookings.js';
import { signedIn } from '../test/helpers/staff.js';
import { expect, test } from './fixtures.js';
import { expectNoViolations, signIn, staffStrings } from './staff-helpers.js';

const BANKID_TITLE = 'BankID – skaffa, förnya och använda säkert';

test('the audit log reads as sentences in Swedish and English, filters by kind and downloads as CSV', async ({
  page,
  server,
}) => {
  // Three accounts hashed with scrypt, two languages and a download: more than a usual screen test.
  test.slow();
  // A helper cancels a visitor's request through the inbox; an editor saved the Arabic BankID text.
  const reference: string = (await postBooking(server, bookingBody([await addSession(server)]))).json().reference;
  const { id } = await server.db.selectFrom('booking').select('id').executeTakeFirstOrThrow();
  const helper = await signedIn(server, 'hugo', 'helper');
  const cancelled = await server.app.inject({
    method: 'POST',
    url: `/api/staff/bookings/${id}/status`,
    headers: helper,
    payload: { status: 'cancelled' },
  });
  expect(cancelled.statusCode).toBe(200);
  await server.app.staff.audit({
    actor: { id: null, username: 'eva' },
    action: 'save-text',
    target: 'guide/bankid/ar',
    beforeId: 'ar@1',
    afterId: 'ar@2',
  });

  const t = await signIn(page, server, 'ada', 'admin');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.audit'), exact: true })
    .click();
  const log = page.getByRole('table', { name: t('audit.heading') });
  const cancelSv = t('audit.sentence.statusCancelled', { actor: 'hugo', reference });
  const savedSv = t('audit.sentence.saveText', {
    actor: 'eva',
    language: t('audit.language.ar'),
    guide: BANKID_TITLE,
  });
  await expect(log.getByRole('cell', { name: cancelSv, exact: true })).toBeVisible();
  await expect(log.getByRole('cell', { name: savedSv, exact: true })).toBeVisible();
  expect(savedSv).toBe(`eva sparade texten på arabiska i guiden ”${BANKID_TITLE}”`);
  await expectNoViolations(page, 'audit log');

  // Only changes of a request's status.
  await page
    .getByLabel(t('audit.kindFilter'), { exact: true })
    .selectOption({ label: t('audit.kind.setRequestStatus') });
  await expect(log.getByRole('cell', { name: savedSv, exact: true })).toBeHidden();
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('cell', { name: cancelSv, exact: true })).toBeVisible();

  // The CSV holds what the filter shows.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: t('audit.csv'), exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('audit-log.csv');
  const rows = readFileSync((await download.path()) as string, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain(`,hugo,set-request-status,booking,${reference},,confirmed,cancelled,`);

  // In English, the same events in English words.
  const en = await staffStrings('en');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const logEn = page.getByRole('table', { name: en('audit.heading') });
  await expect(logEn.getByRole('cell', { name: `hugo cancelled request ${reference}`, exact: true })).toBeVisible();
  await page.getByLabel(en('audit.kindFilter'), { exact: true }).selectOption({ label: en('audit.allKinds') });
  await expect(
    logEn.getByRole('cell', { name: `eva saved the Arabic text of the guide “${BANKID_TITLE}”`, exact: true }),
  ).toBeVisible();
});

test('the versions list shows the system notes in the console language', async ({ page, server }) => {
  const t = await signIn(page, server, 'ada', 'admin');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.versions'), exact: true })
    .click();
  const seedRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) });
  await expect(seedRow.getByRole('cell', { name: 'Startinnehåll', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(seedRow.getByRole('cell', { name: 'Seed content', exact: true })).toBeVisible();
});
