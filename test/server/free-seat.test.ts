import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingAnswer } from '../../src/domain/help.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { postgresTestServer, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { testServer } from '../helpers/server.js';

type Server = Pick<Awaited<ReturnType<typeof testServer>>, 'app' | 'db' | 'kioskToken' | 'close'>;
let server: Server;

/** Fixed and printed, so a failure can be replayed (SEAT_SEED=<seed>). */
const SEED = Number(process.env.SEAT_SEED ?? 4_711);
const RUNS = 25;

/** Visitors asking for the session at once (one group commit), or a helper cancelling one placed request. */
type Step = { kind: 'book'; at: number } | { kind: 'cancel'; pick: number };
const steps = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }).map<Step>((at) => ({ kind: 'book', at })) },
    { weight: 1, arbitrary: fc.nat(20).map<Step>((pick) => ({ kind: 'cancel', pick })) },
  ),
  { minLength: 1, maxLength: 12 },
);

describe.each([
  { database: 'SQLite', start: () => testServer(), skip: false },
  { database: 'PostgreSQL', start: postgresTestServer, skip: !TEST_DATABASE_URL },
])('$database: a request takes the lowest free place of its session', ({ start, skip }) => {
  beforeEach(async (context) => {
    if (skip) return context.skip();
    server = await start();
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  it('after any mix of requests and cancellations, as a list of numbered chairs would', async () => {
    console.log(`free places: ${RUNS} runs, seed ${SEED} (replay with SEAT_SEED=${SEED})`);
    let day = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), steps, async (capacity, plan) => {
        // A session of its own for each run, within the days a kiosk offers.
        const slot = await addSession(server, { capacity, daysAhead: 1 + (day++ % 7) });
        const seats = async () =>
          server.db.selectFrom('slot_seat').select(['booking_id', 'seat']).where('slot_id', '=', slot).execute();
        // The model: the chairs taken.
        const taken = new Set<number>();
        for (const step of plan) {
          if (step.kind === 'book') {
            const responses = await Promise.all(
              Array.from({ length: step.at }, () => postBooking(server, bookingBody([slot]))),
            );
            for (const response of responses) expect(response.statusCode, response.body).toBe(201);
            const free = Array.from({ length: capacity }, (_, i) => i).filter((i) => !taken.has(i));
            const placed = free.slice(0, step.at);
            for (const chair of placed) taken.add(chair);
            const confirmed = responses.filter((r) => r.json<BookingAnswer>().outcome === 'confirmed');
            expect(confirmed.length, 'confirmed while there was room').toBe(placed.length);
          } else {
            const held = (await seats()).sort((a, b) => a.booking_id - b.booking_id);
            const chosen = held[step.pick % Math.max(1, held.length)];
            if (chosen) {
              const cancelled = await server.app.bookings.setStatus(chosen.booking_id, 'cancelled', null);
              expect(cancelled).toMatchObject({ status: 'cancelled' });
              taken.delete(chosen.seat);
            }
          }
          expect(new Set((await seats()).map((s) => s.seat))).toEqual(taken);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
