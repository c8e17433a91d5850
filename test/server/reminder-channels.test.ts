import { afterEach, describe, expect, it } from 'vitest';
import type { BookingRequest } from '../../src/domain/help.js';
import type { KioskConfig } from '../../src/domain/kiosk-config.js';
import { loadConfig } from '../../src/server/config.js';
import { reminderChannelsOf } from '../../src/server/reminders/channels.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { testServer } from '../helpers/server.js';

const SMTP_URL = 'smtp://mail.bibliotek.test:587';
const servers: Awaited<ReturnType<typeof testServer>>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
async function start(options: { smtpUrl?: string } = {}) {
  const server = await testServer(options);
  servers.push(server);
  return server;
}

async function kioskConfig(server: Awaited<ReturnType<typeof testServer>>): Promise<KioskConfig> {
  const response = await server.app.inject('/api/kiosk/config');
  expect(response.statusCode).toBe(200);
  return response.json<KioskConfig>();
}

/** What the server kept of a request: the address and whether a reminder was agreed to. */
async function stored(server: Awaited<ReturnType<typeof testServer>>, overrides: Partial<BookingRequest>) {
  const slot = await addSession(server, { capacity: 5 });
  const response = await postBooking(server, bookingBody([slot], { firstName: 'Amina', ...overrides }));
  expect(response.statusCode).toBe(201);
  const { reference } = response.json<{ reference: string }>();
  const row = await server.db
    .selectFrom('booking')
    .select(['phone', 'email', 'consent'])
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return { phone: row.phone, email: row.email, consent: row.consent === 1 };
}

describe('the reminder channels a server has', () => {
  it('come from its configuration: e-mail with SMTP_URL set, none without, and never SMS (there is no SMS sender)', () => {
    expect(reminderChannelsOf(loadConfig({ SMTP_URL: SMTP_URL }))).toEqual(['email']);
    expect(reminderChannelsOf(loadConfig({}))).toEqual([]);
  });

  it('are in the kiosk settings: [] without SMTP', async () => {
    expect((await kioskConfig(await start())).reminderChannels).toEqual([]);
  });

  it("are in the kiosk settings: ['email'] with SMTP", async () => {
    expect((await kioskConfig(await start({ smtpUrl: SMTP_URL }))).reminderChannels).toEqual(['email']);
  });
});

describe('a request with a phone number or e-mail address', () => {
  it('without any channel: taken (staff may call), but no reminder is recorded as agreed', async () => {
    const server = await start();
    // As an older kiosk sends it: the visitor ticked a reminder no channel here can send.
    expect(await stored(server, { phone: '070-123 45 67', consent: true })).toEqual({
      phone: '070-123 45 67',
      email: null,
      consent: false,
    });
    expect(await stored(server, { email: 'amina@example.org', consent: true })).toMatchObject({ consent: false });
  });

  it('with e-mail: consent is kept for an address, not for a phone number alone', async () => {
    const server = await start({ smtpUrl: SMTP_URL });
    expect(await stored(server, { email: 'amina@example.org', consent: true })).toMatchObject({ consent: true });
    expect(await stored(server, { phone: '070-123 45 67', consent: true })).toMatchObject({ consent: false });
  });

  it('a phone number for staff to call back needs no consent to a reminder', async () => {
    const server = await start();
    expect(await stored(server, { phone: '070-123 45 67', consent: false })).toEqual({
      phone: '070-123 45 67',
      email: null,
      consent: false,
    });
  });
});
