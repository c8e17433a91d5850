/**
 * The outbox under chaos: seeded random trials in which a kiosk makes 1–5 requests while the
 * network flaps, the page reloads or is killed mid-send, a service worker flushes alongside, the
 * server restarts (sometimes crashing mid-request), and answers are lost to injected 5xx and
 * timeouts. Afterwards the server must hold exactly the requests made: none twice, none lost, and
 * the tablet none of them. Replay a failure with CHAOS_SEED=<the printed seed>.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { buildApp } from '../../src/server/app.js';
import type { openSqlite } from '../../src/server/db/database.js';
import { addSession, bookingBody } from '../helpers/bookings.js';
import { CHAOS_SEED as SEED, seeded } from '../helpers/chaos-seed.js';
import { installFakeWebLocks } from '../helpers/fake-locks.js';
import { openTestApp, TEST_KIOSK_TOKEN, testServer } from '../helpers/server.js';

const TRIALS = Number(process.env.CHAOS_TRIALS ?? 200);

type OutboxModule = typeof import('../../src/client/outbox.js');
type Fault = 'none' | '5xx-before' | '5xx-after' | 'timeout-after' | 'timeout-in-flight';

let base: Awaited<ReturnType<typeof testServer>>;
let app: Awaited<ReturnType<typeof buildApp>>;
let db: ReturnType<typeof openSqlite>;
let slots: string[] = [];
/** Server work still running for requests whose client stopped waiting. */
const pending = new Set<Promise<unknown>>();

async function startServer(): Promise<void> {
  ({ db, app } = await openTestApp(base.dataDir, { idempotencyStaleMs: 50 }));
}

/** A restart; a crash closes the database under requests still being handled. */
async function restartServer(crash: boolean): Promise<void> {
  if (!crash) await Promise.allSettled([...pending]);
  await db.destroy();
  await app.close();
  await startServer();
}

beforeAll(async () => {
  console.log(`outbox chaos: ${TRIALS} trials, seed ${SEED} (replay with CHAOS_SEED=${SEED})`);
  installFakeWebLocks();
  base = await testServer();
  // Plenty of places: this test is about delivery, the race for places has its own test.
  slots = [await addSession(base, { capacity: 100 }), await addSession(base, { capacity: 100, daysAhead: 3 })];
  await base.app.close();
  await base.db.destroy();
  await startServer();
});
afterAll(async () => {
  await Promise.allSettled([...pending]);
  await app.close();
  await db.destroy();
});

/** One browsing context (a page or the service worker): its own module instances, like a real one. */
interface Context {
  outbox: OutboxModule;
  killed: boolean;
  aborts: Set<AbortController>;
}

async function newContext(): Promise<Context> {
  vi.resetModules();
  return { outbox: await import('../../src/client/outbox.js'), killed: false, aborts: new Set() };
}

it(`delivers every request exactly once through ${TRIALS} seeded trials of chaos`, { timeout: 600_000 }, async () => {
  const random = seeded(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let clock = Date.now();
  const now = () => clock;
  let networkUp = true;
  let faultRate = 0;

  const faultyFetch =
    (context: Context): typeof fetch =>
    async (input, init) => {
      if (context.killed) throw new DOMException('The page is gone', 'AbortError');
      if (!networkUp) throw new TypeError('Failed to fetch');
      const fault: Fault =
        random() < faultRate ? pick(['5xx-before', '5xx-after', 'timeout-after', 'timeout-in-flight']) : 'none';
      if (fault === '5xx-before') return new Response('{}', { status: 502 });
      const url = new URL(String(input), 'http://kiosk.test');
      const work = app.inject({
        method: 'POST',
        url: url.pathname,
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        payload: String(init?.body),
      });
      // Settled either way, so work the client stopped waiting for never goes unhandled.
      const tracked: Promise<unknown> = work.then(
        () => pending.delete(tracked),
        () => pending.delete(tracked),
      );
      pending.add(tracked);
      if (fault === 'timeout-in-flight') throw new DOMException('timed out', 'TimeoutError');
      const response = await work;
      if (context.killed) throw new DOMException('The page is gone', 'AbortError');
      if (fault === 'timeout-after') throw new DOMException('timed out', 'TimeoutError');
      if (fault === '5xx-after') return new Response('{}', { status: 500 });
      return new Response(response.statusCode === 204 ? null : response.body, {
        status: response.statusCode,
        headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
      });
    };

  for (let trial = 0; trial < TRIALS; trial++) {
    globalThis.indexedDB = new IDBFactory();
    let page = await newContext();
    const worker = await newContext();
    await (await import('../../src/client/device.js')).saveDeviceToken(TEST_KIOSK_TOKEN);
    const wanted = 1 + Math.floor(random() * 5);
    const keys: string[] = [];
    const before = Number(
      (
        await db
          .selectFrom('booking')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    faultRate = random() * 0.6;
    networkUp = random() < 0.5;
    const flushes: Promise<unknown>[] = [];
    const flush = (context: Context) =>
      flushes.push(
        context.outbox
          .flushOutbox({ fetch: faultyFetch(context), now, random, ignoreBackoff: random() < 0.5 })
          .catch(() => undefined),
      );

    for (let step = 0; keys.length < wanted || step < 8; step++) {
      const action = random();
      if (keys.length < wanted && action < 0.3) {
        const chosen = random() < 0.2 ? [] : random() < 0.5 ? [pick(slots)] : [...slots];
        const firstName = `Besökare ${String.fromCharCode(65 + (trial % 26))}${String.fromCharCode(97 + keys.length)}`;
        keys.push(
          (await page.outbox.enqueueRequest(bookingBody(chosen, { firstName, anyTime: chosen.length === 0 }), { now }))
            .key,
        );
        if (random() < 0.7) flush(page);
      } else if (action < 0.5) flush(page);
      else if (action < 0.6) flush(worker);
      else if (action < 0.7) networkUp = !networkUp;
      else if (action < 0.8) {
        // The page is reloaded or killed, maybe in the middle of sending; a new one starts.
        page.killed = true;
        page = await newContext();
        flush(page);
      } else if (action < 0.86) {
        await restartServer(random() < 0.5);
      } else {
        clock += Math.floor(random() * 20_000);
      }
      if (random() < 0.3) await Promise.allSettled(flushes);
    }

    // The network settles: keep flushing as the kiosk's triggers would, until the outbox is empty.
    networkUp = true;
    faultRate = 0;
    await Promise.allSettled(flushes);
    let rounds = 0;
    while ((await page.outbox.pendingRequestCount()) > 0) {
      if (++rounds > 50) throw new Error(`trial ${trial} (seed ${SEED}): the outbox never emptied`);
      clock += 8 * 60_000; // past the longest backoff
      await Promise.allSettled([...pending]);
      await new Promise((resolve) => setTimeout(resolve, 60)); // let a crashed request's claim go stale
      await page.outbox.flushOutbox({ fetch: faultyFetch(page), now, random });
    }
    await Promise.allSettled([...pending]);

    const rows = await db
      .selectFrom('booking')
      .select(['idempotency_key'])
      .where('idempotency_key', 'in', keys)
      .execute();
    const after = Number(
      (
        await db
          .selectFrom('booking')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const context = `trial ${trial}, seed ${SEED}`;
    expect(rows.map((r) => r.idempotency_key).sort(), context).toEqual([...keys].sort());
    expect(after - before, context).toBe(keys.length);
  }
});
