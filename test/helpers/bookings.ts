import { randomUUID } from 'node:crypto';
import type { BookingRequest } from '../../src/domain/help.js';
import type { PatternInput } from '../../src/domain/schemas/times.js';
import { addDays, isoWeekday, libraryLocal, slotId } from '../../src/domain/slot-rules.js';
import type { testServer } from './server.js';

/** What these helpers need of a test server (SQLite or PostgreSQL). */
type Server = Pick<Awaited<ReturnType<typeof testServer>>, 'app' | 'db' | 'kioskToken'>;

export const BRANCH = 'stadsbiblioteket';

/** What a one-off bookable session takes: when, how many places, which languages. */
export interface SessionOptions {
  capacity?: number;
  daysAhead?: number;
  start?: string;
  languages?: string[];
}

/** The pattern of a one-off bookable session `daysAhead` days from today at the seed branch, and its date. */
export function sessionPattern(options: SessionOptions = {}): { input: PatternInput; date: string } {
  const date = addDays(libraryLocal(new Date()).slice(0, 10), options.daysAhead ?? 2);
  const input: PatternInput = {
    branchId: BRANCH,
    kind: 'bookable',
    weekday: isoWeekday(date),
    start: options.start ?? '12:00',
    durationMinutes: 30,
    capacity: options.capacity ?? 1,
    topics: [],
    languages: options.languages ?? ['sv', 'ar'],
    from: date,
    until: date,
  };
  return { input, date };
}

/** A one-off bookable session `daysAhead` days from today at the seed branch; returns its slot id. */
export async function addSession(server: Server, options: SessionOptions = {}): Promise<string> {
  const { input, date } = sessionPattern(options);
  const pattern = await server.app.times.addPattern(input);
  return slotId(pattern.id, date);
}

/** A valid request for the given times, as a kiosk makes it. */
export function bookingBody(slots: string[], overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    topic: 'bankid',
    language: 'ar',
    branchId: BRANCH,
    slots,
    anyTime: slots.length === 0,
    firstName: 'Amina',
    phone: null,
    email: null,
    consent: false,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** POSTs a request as a kiosk does (token and Idempotency-Key), through `inject`. */
export function postBooking(
  server: Server,
  body: unknown,
  key: string | null = randomUUID(),
  token = server.kioskToken,
) {
  return server.app.inject({
    method: 'POST',
    url: '/api/bookings',
    headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body as object,
  });
}

/** Everything the server holds of visitors' requests: bookings, places and idempotency keys. */
export async function storedCounts(server: Server) {
  const count = async (table: 'booking' | 'slot_seat' | 'idempotency_key') =>
    Number(
      (
        await server.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { bookings: await count('booking'), seats: await count('slot_seat'), keys: await count('idempotency_key') };
}
