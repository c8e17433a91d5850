import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { referenceFor } from '../src/domain/help.js';
import { slotId } from '../src/domain/slot-rules.js';
import { migrateToLatest, openSqlite } from '../src/server/db/database.js';
import { bookingBody, type SessionOptions, sessionPattern } from '../test/helpers/bookings.js';
import { type Figure, figure, figureAtLeast, percentile, round } from './figure.js';
import { postLoad } from './post-load.js';
import { type ServerUnderTest, serverData, signIn, startServerProcess } from './server-under-test.js';

const KIOSKS = 200;
const DURATION_MS = 8_000;
/** Like the 304 bench: the first second (each kiosk's first connection, the server's first compiles) is not measured. */
const WARM_UP_MS = 1_000;
const SESSIONS = 20;

/**
 * The floor: the same rows a booking writes (its idempotency key with the stored answer, the
 * request, a place), each booking in its own transaction, straight into SQLite with the same
 * schema and settings (WAL, synchronous=FULL: each commit flushed), no HTTP, no validation.
 * Bookings per second.
 */
async function bareInserts(dir: string, durationMs: number): Promise<number> {
  const kysely = openSqlite(dir);
  await migrateToLatest(kysely);
  await kysely.destroy();
  const db = new SQLite(join(dir, 'servicepunkt.sqlite'));
  // The server's settings (openSqlite): without synchronous=FULL this build flushes nothing at commit.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const key = db.prepare(
    "insert into idempotency_key (key, request_hash, state, created_at, response_status, response_body) values (?, ?, 'done', ?, 201, ?)",
  );
  const booking = db.prepare(`insert into booking (idempotency_key, reference, branch_id, topic, language, slot_id,
    session_date, session_start, session_end, requested_slots, any_time, outcome, status, follow_up, first_name, phone,
    email, consent, created_at, received_at, retention_date) values (?, ?, 'stadsbiblioteket', 'bankid', 'ar', ?, '2030-01-01',
    '12:00', '12:30', ?, 0, 'confirmed', 'confirmed', 0, 'Amina', null, null, 0, ?, ?, '2030-01-01')`);
  const seat = db.prepare('insert into slot_seat (slot_id, seat, booking_id) values (?, ?, ?)');
  const write = db.transaction((i: number) => {
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const slot = `${i % SESSIONS}@2030-01-01`;
    const answer = JSON.stringify({ reference: referenceFor(id), outcome: 'confirmed', slot: null });
    key.run(id, 'h'.repeat(64), now, answer);
    const { lastInsertRowid } = booking.run(id, referenceFor(id), slot, JSON.stringify([slot]), now, now);
    seat.run(slot, Math.floor(i / SESSIONS), lastInsertRowid);
  });
  let n = 0;
  const until = performance.now() + durationMs;
  while (performance.now() < until) write(n++);
  db.close();
  return n / (durationMs / 1000);
}

/** The kiosks' shared token, given to the server process as an operator would (KIOSK_TOKEN). */
const KIOSK_TOKEN = 'bench-kiosk-token-0123456789';

/** Adds a one-off bookable session as a helper does in the console; returns its slot id. */
async function addSessionAs(server: ServerUnderTest, cookie: string, options: SessionOptions): Promise<string> {
  const { input, date } = sessionPattern(options);
  const response = await fetch(`${server.url}/api/staff/patterns`, {
    method: 'POST',
    headers: { origin: server.url, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 201) throw new Error(`add session: ${response.status} ${await response.text()}`);
  return slotId(((await response.json()) as { id: number }).id, date);
}

/** Bookings stored in the server's database, read beside the running server (WAL allows it). */
function storedBookings(dataDir: string): number {
  const db = new SQLite(join(dataDir, 'servicepunkt.sqlite'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from booking').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * Booking writes on the server as it runs in production (`node dist/node/server/main.js`, its
 * default log level, a process of its own) under 200 concurrent kiosks (loopback, 8 s): writes per
 * second as a ratio to bare SQLite inserts of the same rows, and the p99 latency of a write.
 */
export async function measureBookingWrites(root = process.cwd()): Promise<Figure[]> {
  const data = await serverData(root, 'helper');
  let server: ServerUnderTest | undefined;
  try {
    server = await startServerProcess(root, data.dataDir, { KIOSK_TOKEN });
    const cookie = await signIn(server, data.staff);
    const slots: string[] = [];
    for (let i = 0; i < SESSIONS; i++)
      slots.push(
        await addSessionAs(server, cookie, { capacity: 100, daysAhead: 1 + (i % 10), start: `1${i % 10}:00` }),
      );
    const bodies = slots.map((slot, i) => bookingBody([slot, slots[(i + 1) % slots.length] as string]));
    const url = `${server.url}/api/bookings`;
    const job = { url, kind: 'booking' as const, tokens: [KIOSK_TOKEN], bodies, connections: KIOSKS };
    const warmUp = await postLoad({ ...job, durationMs: WARM_UP_MS });
    const warmedWith = warmUp.statuses['201'] ?? 0;
    if (warmedWith !== warmUp.latencies.length)
      throw new Error(`booking warm-up: expected only 201s, got ${JSON.stringify(warmUp.statuses)}`);
    const result = await postLoad({ ...job, durationMs: DURATION_MS });
    const created = result.statuses['201'] ?? 0;
    const total = result.latencies.length;
    if (created !== total) throw new Error(`booking load: expected only 201s, got ${JSON.stringify(result.statuses)}`);
    const stored = storedBookings(data.dataDir) - warmedWith;
    if (stored !== created) throw new Error(`booking load: ${created} answered 201 but ${stored} stored`);
    const perSecond = created / (DURATION_MS / 1000);
    const bare = await bareInserts(join(data.dataDir, 'bare'), 3_000);
    const p99 = percentile(result.latencies, 0.99);
    return [
      figureAtLeast(
        'booking writes vs bare SQLite inserts',
        round(perSecond / bare, 3),
        '×',
        0.3,
        `${round(perSecond, 0)} bookings/s through POST /api/bookings (${KIOSKS} kiosks, ${DURATION_MS / 1000} s after a ${WARM_UP_MS / 1000} s warm-up of ${warmedWith} bookings, all 201, ${stored} stored) vs ${round(bare, 0)}/s inserting the same rows into SQLite directly, one transaction each`,
      ),
      figure(
        'booking write latency p99, 200 kiosks',
        round(p99, 1),
        'ms',
        200,
        `p50 ${round(percentile(result.latencies, 0.5), 1)} ms, p99 ${round(p99, 1)} ms, max ${round(Math.max(...result.latencies), 1)} ms over ${total} writes; the production build in its own process`,
      ),
    ];
  } finally {
    await server?.close();
    data.remove();
  }
}
