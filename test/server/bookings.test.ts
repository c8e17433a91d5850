import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BookingAnswer, referenceFor } from '../../src/domain/help.js';
import { addSession, bookingBody, postBooking, storedCounts } from '../helpers/bookings.js';
import { postgresTestServer, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

type Server = Pick<Awaited<ReturnType<typeof testServer>>, 'app' | 'db' | 'kioskToken' | 'close'>;
let server: Server;

/** The same tests on the embedded SQLite and on PostgreSQL (when `TEST_DATABASE_URL` names one). */
describe.each([
  { database: 'SQLite', start: () => testServer(), skip: false },
  { database: 'PostgreSQL', start: postgresTestServer, skip: !TEST_DATABASE_URL },
])('$database', ({ start, skip }) => {
  beforeEach(async (context) => {
    // No PostgreSQL named: reported as skipped, never as passed (.ci/run names one where it can).
    if (skip) return context.skip();
    server = await start();
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  describe('POST /api/bookings: exactly once', () => {
    it('confirms a free time and answers with the reference the kiosk already showed', async () => {
      const slot = await addSession(server);
      const key = randomUUID();
      const response = await postBooking(server, bookingBody([slot]), key);
      expect(response.statusCode).toBe(201);
      const answer = response.json<BookingAnswer>();
      expect(answer).toMatchObject({ reference: referenceFor(key), outcome: 'confirmed', slot: { id: slot } });
    });

    it('replays the first answer for a retry with the same key and body, storing nothing more', async () => {
      const slot = await addSession(server, { capacity: 2 });
      const key = randomUUID();
      const body = bookingBody([slot]);
      const first = await postBooking(server, body, key);
      const retry = await postBooking(server, { ...body }, key);
      expect(retry.statusCode).toBe(first.statusCode);
      expect(retry.body).toBe(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await storedCounts(server)).toEqual({ bookings: 1, seats: 1, keys: 1 });
    });

    it('refuses the same key with another body (422), and a request without a key (400)', async () => {
      const slot = await addSession(server, { capacity: 2 });
      const key = randomUUID();
      await postBooking(server, bookingBody([slot]), key);
      const other = await postBooking(server, bookingBody([slot], { firstName: 'Omar' }), key);
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ type: '/problems/idempotency-key-reused' });
      const missing = await postBooking(server, bookingBody([slot]), null);
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ field: 'headers/idempotency-key' });
      expect((await storedCounts(server)).bookings).toBe(1);
    });

    it('answers 409 while the same key is in flight, and lets a retry take over a claim whose request died', async () => {
      const slot = await addSession(server);
      const key = randomUUID();
      const body = bookingBody([slot]);
      // Another request with this key is being handled right now…
      await server.db
        .insertInto('idempotency_key')
        .values({ key, request_hash: 'x', state: 'in-flight', created_at: new Date().toISOString() })
        .execute();
      expect((await postBooking(server, body, key)).statusCode).toBe(422); // another body's claim
      await server.db
        .updateTable('idempotency_key')
        .set({ request_hash: await bodyHash(body) })
        .execute();
      const inFlight = await postBooking(server, body, key);
      expect(inFlight.statusCode).toBe(409);
      expect(inFlight.json()).toMatchObject({ type: '/problems/request-in-flight' });
      expect((await storedCounts(server)).bookings).toBe(0);
      // …until it has been in flight so long its request must have died (a server restart).
      await server.db
        .updateTable('idempotency_key')
        .set({ created_at: new Date(Date.now() - 60_000).toISOString() })
        .execute();
      expect((await postBooking(server, body, key)).statusCode).toBe(201);
      expect(await storedCounts(server)).toEqual({ bookings: 1, seats: 1, keys: 1 });
    });

    it('many kiosks at once, a retry among them: each request stored once, no session over its size', async () => {
      const slot = await addSession(server, { capacity: 5 });
      const key = randomUUID();
      const body = bookingBody([slot], { firstName: 'Omar' });
      const answers = await Promise.all([
        postBooking(server, body, key),
        ...Array.from({ length: 18 }, () => postBooking(server, bookingBody([slot]))),
        postBooking(server, { ...body }, key),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
      // The last is the retry: it gets the first answer, and the other nineteen are one request each.
      expect(answers.at(-1)?.body).toBe(answers[0]?.body);
      const outcomes = answers.slice(0, -1).map((a) => a.json<BookingAnswer>().outcome);
      expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(5);
      expect(outcomes.filter((o) => o === 'waiting')).toHaveLength(14);
      expect(await storedCounts(server)).toEqual({ bookings: 19, seats: 5, keys: 19 });
    });

    it('needs the kiosk token', async () => {
      const slot = await addSession(server);
      expect((await postBooking(server, bookingBody([slot]), randomUUID(), 'wrong-token-wrong-token')).statusCode).toBe(
        401,
      );
      const feed = await server.app.inject('/api/kiosk/slots');
      expect(feed.statusCode).toBe(401);
      expect((await storedCounts(server)).bookings).toBe(0);
    });
  });

  /** The hash the server keeps for a body (same canonical form as the route). */
  async function bodyHash(body: object): Promise<string> {
    const { createHash } = await import('node:crypto');
    const sorted = Object.fromEntries(Object.entries(body).sort(([a], [b]) => a.localeCompare(b)));
    return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
  }

  describe('POST /api/bookings: taken times are answered, not refused', () => {
    it('two kiosks racing for the last place: one is confirmed, the other moved to its alternative', async () => {
      const last = await addSession(server, { capacity: 1 });
      const alternative = await addSession(server, { capacity: 1, daysAhead: 3 });
      const answers = await Promise.all([
        postBooking(server, bookingBody([last, alternative], { firstName: 'Amina' })),
        postBooking(server, bookingBody([last, alternative], { firstName: 'Omar' })),
      ]);
      const outcomes = answers.map((a) => a.json<BookingAnswer>().outcome).sort();
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
      expect(outcomes).toEqual(['confirmed', 'moved']);
      expect((await storedCounts(server)).seats).toBe(2);
    });

    it('a request whose times are all taken waits for staff follow-up', async () => {
      const slot = await addSession(server, { capacity: 1 });
      await postBooking(server, bookingBody([slot]));
      const late = await postBooking(server, bookingBody([slot], { firstName: 'Omar' }));
      expect(late.json<BookingAnswer>()).toMatchObject({ outcome: 'waiting', slot: null });
      const anyTime = await postBooking(server, bookingBody([], { anyTime: true }));
      expect(anyTime.json<BookingAnswer>()).toMatchObject({ outcome: 'waiting', slot: null });
    });

    it('a kiosk that never had the times sends no library: the request waits for staff at the first one', async () => {
      const response = await postBooking(server, bookingBody([], { anyTime: true, branchId: null }));
      expect(response.statusCode).toBe(201);
      expect(response.json<BookingAnswer>()).toMatchObject({ outcome: 'waiting', slot: null });
      const [stored] = await server.app.bookings.list({ from: '2000-01-01' });
      expect(stored).toMatchObject({ branchId: 'stadsbiblioteket', followUp: true });
    });

    it('a tablet whose clock runs fast is not refused: its request counts as made now', async () => {
      const slot = await addSession(server);
      const response = await postBooking(server, bookingBody([slot], { createdAt: '2099-01-01T00:00:00Z' }));
      expect(response.statusCode).toBe(201);
      expect(response.json<BookingAnswer>()).toMatchObject({ outcome: 'confirmed' });
    });

    it('a request queued offline that arrives after its time is moved on, not refused', async () => {
      const soon = await addSession(server, { daysAhead: 0, start: '00:00' }); // began at midnight today
      const later = await addSession(server, { daysAhead: 2 });
      const madeYesterday = new Date(Date.now() - 24 * 3600_000).toISOString();
      const response = await postBooking(server, bookingBody([soon, later], { createdAt: madeYesterday }));
      expect(response.statusCode).toBe(201);
      expect(response.json<BookingAnswer>()).toMatchObject({ outcome: 'moved', slot: { id: later } });
    });
  });

  describe('POST /api/bookings: bad input is refused with the field named, and nothing is stored', () => {
    const cases: Array<[string, (slot: string, dropIn: string) => unknown, string]> = [
      ['a number as the name', (s) => bookingBody([s], { firstName: 42 as unknown as string }), 'body/firstName'],
      ['a huge name', (s) => bookingBody([s], { firstName: 'A'.repeat(1000) }), 'body/firstName'],
      ['an empty name', (s) => bookingBody([s], { firstName: '   ' }), 'body/firstName'],
      [
        'a name of invisible characters only',
        (s) => bookingBody([s], { firstName: '\u202e\u200b\u2066\u200f\u00ad\ufeff\u061c' }),
        'body/firstName',
      ],
      ['a name without a letter', (s) => bookingBody([s], { firstName: '\u200c-.' }), 'body/firstName'],
      [
        'a personal identity number as the name',
        (s) => bookingBody([s], { firstName: '19850101-1234' }),
        'body/firstName',
      ],
      [
        'a personal identity number in the name',
        (s) => bookingBody([s], { firstName: 'Amina 850101 1234' }),
        'body/firstName',
      ],
      [
        'a personal identity number as the phone',
        (s) => bookingBody([s], { phone: '198501011234', consent: true }),
        'body/phone',
      ],
      ['a phone that is not one', (s) => bookingBody([s], { phone: 'call me', consent: true }), 'body/phone'],
      ['an e-mail that is not one', (s) => bookingBody([s], { email: 'amina', consent: true }), 'body/email'],
      ['a string as consent', (s) => bookingBody([s], { consent: 'yes' as unknown as boolean }), 'body/consent'],
      ['an unknown time', () => bookingBody(['999999@2026-12-01']), 'body/slots/0'],
      ['a time that is not a slot id', () => bookingBody(['tuesday']), 'body/slots/0'],
      ['a drop-in session', (_s, d) => bookingBody([d]), 'body/slots/0'],
      ['four times', (s) => bookingBody([s, `${s}x`, `${s}y`, `${s}z`]), 'body/slots'],
      ['the same time twice', (s) => bookingBody([s, s]), 'body/slots'],
      ['times and any time', (s) => bookingBody([s], { anyTime: true }), 'body/slots'],
      ['no time and not any time', () => bookingBody([], { anyTime: false }), 'body/slots'],
      ['an unknown language', (s) => bookingBody([s], { language: 'xx' }), 'body/language'],
      ['an unknown branch', (s) => bookingBody([s], { branchId: 'nowhere' }), 'body/branchId'],
      ['times without a branch', (s) => bookingBody([s], { branchId: null }), 'body/branchId'],
      ['a topic with markup', (s) => bookingBody([s], { topic: '<script>' }), 'body/topic'],
      ['a creation time that is not one', (s) => bookingBody([s], { createdAt: 'yesterday' }), 'body/createdAt'],
      ['an extra field', (s) => ({ ...bookingBody([s]), personnummer: '198501011234' }), 'body'],
      ['a missing field', (s) => ({ ...bookingBody([s]), firstName: undefined }), 'body'],
    ];

    it.each(cases)('%s', async (_name, make, field) => {
      const slot = await addSession(server);
      const dropIn = await server.app.times.addPattern({
        branchId: 'stadsbiblioteket',
        kind: 'drop-in',
        weekday: 1,
        start: '10:00',
        durationMinutes: 60,
        capacity: 0,
        topics: [],
        languages: ['sv'],
        from: '2026-01-01',
        until: null,
      });
      const mondays = (await server.app.slots.feed(new Date())).dropIns.find((d) => d.start === '10:00');
      const response = await postBooking(server, make(slot, `${dropIn.id}@${mondays?.date ?? '2030-01-07'}`));
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ field: string }>().field.startsWith(field)).toBe(true);
      expect(await storedCounts(server)).toEqual({ bookings: 0, seats: 0, keys: 0 });
    });

    it('stores a name without bidi overrides and other invisible characters, keeping Persian ZWNJ', async () => {
      const slot = await addSession(server, { capacity: 3 });
      const spoof = '\u202eanimA\u202c \u2066Ali\u2069\u200b\u200e\u00ad\u180e\ufeff\u{e0041}\nx';
      const persian = 'نیک\u200cنام';
      for (const firstName of [spoof, persian]) {
        expect((await postBooking(server, bookingBody([slot], { firstName }))).statusCode).toBe(201);
      }
      const names = (await server.app.bookings.list({ from: '2000-01-01' })).map((b) => b.firstName).sort();
      expect(names).toEqual(['animA Ali x', persian].sort());
    });

    it('refuses a body far too large with 413, before reading it', async () => {
      const slot = await addSession(server);
      const response = await postBooking(server, bookingBody([slot], { firstName: 'A'.repeat(100_000) }));
      expect(response.statusCode).toBe(413);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await storedCounts(server)).toEqual({ bookings: 0, seats: 0, keys: 0 });
    });

    it('refuses a time that had already passed when the request was made', async () => {
      const past = await addSession(server, { daysAhead: 0, start: '00:00' });
      const response = await postBooking(server, bookingBody([past]));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ field: 'body/slots/0' });
      expect(await storedCounts(server)).toEqual({ bookings: 0, seats: 0, keys: 0 });
    });
  });

  describe('staff routes: an id too large for the database is refused, not a database error', () => {
    // PostgreSQL's integer ids stop at 2^31 - 1; comparing one with a larger number fails the query.
    const big = '999999999999';
    const pattern = {
      branchId: 'stadsbiblioteket',
      kind: 'bookable',
      weekday: 1,
      start: '10:00',
      durationMinutes: 30,
      capacity: 1,
      topics: [],
      languages: ['sv'],
      from: '2030-01-01',
      until: null,
    };
    it.each([
      ['PUT', `/api/staff/patterns/${big}`, pattern],
      ['DELETE', `/api/staff/patterns/${big}`, undefined],
      ['DELETE', `/api/staff/exceptions/${big}`, undefined],
      ['POST', `/api/staff/bookings/${big}/status`, { status: 'attended' }],
      ['POST', `/api/staff/bookings/${big}/move`, { slotId: 'x' }],
    ])('%s %s', async (method, url, payload) => {
      const headers = await signedIn(server as Parameters<typeof signedIn>[0], 'hanna', 'helper');
      const response = await server.app.inject({ method: method as 'PUT', url, headers, ...(payload && { payload }) });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ field: 'params/id' });
    });
  });
});
