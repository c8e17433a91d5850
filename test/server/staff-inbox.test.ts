import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceFor } from '../../src/domain/help.js';
import type { InboxBooking } from '../../src/domain/help-api.js';
import { addDays, libraryLocal, parseSlotId } from '../../src/domain/slot-rules.js';
import { libraryInstant } from '../../src/kiosk/request/slot-choice.js';
import { PROBLEM } from '../../src/server/plugins/problem.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { postgresTestServer, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

type Server = Pick<Awaited<ReturnType<typeof testServer>>, 'app' | 'db' | 'kioskToken' | 'clock' | 'close'>;
let server: Server;
let helper: Record<string, string>;

/** Books the slot as a kiosk does; returns the reference the visitor is shown. */
async function book(slot: string): Promise<string> {
  const key = randomUUID();
  const response = await postBooking(server, bookingBody([slot]), key);
  expect(response.statusCode, response.body).toBe(201);
  return referenceFor(key);
}

async function inbox(query: string) {
  return server.app.inject({ method: 'GET', url: `/api/staff/bookings?${query}`, headers: helper });
}

/** A code as a helper might type it off a phone: lower case, a space for the dash, digits for look-alike letters. */
function typedByHand(reference: string): string {
  const misread: Record<string, string> = { L: '1', S: '5', '5': 's', B: '8', '8': 'b', Z: '2', '2': 'z' };
  return [...reference.replace('-', ' ')].map((ch) => misread[ch] ?? ch.toLowerCase()).join('');
}

describe.each([
  { database: 'SQLite', start: () => testServer(), skip: false },
  { database: 'PostgreSQL', start: postgresTestServer, skip: !TEST_DATABASE_URL },
])('$database', ({ start, skip }) => {
  beforeEach(async (context) => {
    if (skip) return context.skip();
    server = await start();
    helper = await signedIn(server as Parameters<typeof signedIn>[0], 'hanna', 'helper');
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  describe('GET /api/staff/bookings?reference: the code a visitor shows', () => {
    it('finds the request typed in lower case with a space and look-alikes, on any day, and only it', async () => {
      const soon = await book(await addSession(server, { daysAhead: 1 }));
      const later = await book(await addSession(server, { daysAhead: 40 }));
      for (const [reference, other] of [
        [soon, later],
        [later, soon],
      ] as const) {
        const response = await inbox(`reference=${encodeURIComponent(typedByHand(reference))}`);
        expect(response.statusCode, response.body).toBe(200);
        const found = response.json<{ bookings: InboxBooking[] }>().bookings.map((b) => b.reference);
        expect(found).toContain(reference);
        expect(found).not.toContain(other);
      }
      // A date range asked for still narrows the search: the later request is past it.
      const days = await inbox(
        `reference=${encodeURIComponent(later)}&to=${addDays(libraryLocal(new Date()).slice(0, 10), 10)}`,
      );
      expect(days.json<{ bookings: InboxBooking[] }>().bookings).toEqual([]);
    });

    it('finds nothing for part of a code or a code holding O or 0, and refuses a very long one', async () => {
      const reference = await book(await addSession(server));
      for (const typed of [reference.slice(0, 3), `${reference.slice(0, 6)}0`, 'OOO-000']) {
        const response = await inbox(`reference=${encodeURIComponent(typed)}`);
        expect(response.statusCode).toBe(200);
        expect(response.json<{ bookings: InboxBooking[] }>().bookings).toEqual([]);
      }
      const long = await inbox(`reference=${'x'.repeat(41)}`);
      expect(long.statusCode).toBe(400);
      expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('POST /api/staff/bookings/:id/status: attended and no-show only from the session start', () => {
    it('refuses both before the session with a 409 that changes nothing, and takes them from its start', async () => {
      const slot = await addSession(server, { daysAhead: 2, start: '12:00' });
      await book(slot);
      const [booking] = (await inbox('')).json<{ bookings: InboxBooking[] }>().bookings;
      if (!booking) throw new Error('the request is missing from the inbox');
      const setStatus = (status: string) =>
        server.app.inject({
          method: 'POST',
          url: `/api/staff/bookings/${booking.id}/status`,
          headers: helper,
          payload: { status },
        });
      const audits = async () => (await server.db.selectFrom('audit_log').select('id').execute()).length;
      const auditsBefore = await audits();
      const startsAt = libraryInstant(parseSlotId(slot)?.date ?? '', '12:00');

      server.clock.set(new Date(startsAt.getTime() - 60_000));
      for (const status of ['attended', 'no-show']) {
        const refused = await setStatus(status);
        expect(refused.statusCode).toBe(409);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.json()).toMatchObject({ type: PROBLEM.sessionNotStarted, status: 409 });
      }
      const unchanged = (await inbox('')).json<{ bookings: InboxBooking[] }>().bookings;
      expect(unchanged.map((b) => b.status)).toEqual(['confirmed']);
      expect(await audits()).toBe(auditsBefore);

      server.clock.set(startsAt);
      const attended = await setStatus('attended');
      expect(attended.statusCode, attended.body).toBe(200);
      expect(attended.json<InboxBooking>().status).toBe('attended');
      const corrected = await setStatus('no-show');
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json<InboxBooking>().status).toBe('no-show');
      expect(await audits()).toBe(auditsBefore + 2);
    });
  });
});
