import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Insertable } from 'kysely';
import Value from 'typebox/value';
import { type Heartbeat, HeartbeatSchema } from '../src/domain/schemas/fleet.js';
import { KIOSK_STATES } from '../src/domain/schemas/rules.js';
import type { KioskTable } from '../src/server/db/schema.js';
import { testServer } from '../test/helpers/server.js';
import { signedIn } from '../test/helpers/staff.js';
import { type Figure, figure, percentile, round } from './figure.js';
import { postLoad } from './post-load.js';

const KIOSKS = 30_000;
const BRANCHES = 40;
const VIEW_REQUESTS = 240;
const BEAT_TOKENS = 2_000;
const BEAT_DURATION_MS = 6_000;
/** Closed-loop kiosks beating at once; the figure is the most beats per second with p99 under budget. */
const BEAT_CONNECTIONS = [10, 50, 200];
const BEAT_P99_BUDGET_MS = 200;

export type Server = Awaited<ReturnType<typeof testServer>>;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const kioskId = (i: number) => `k-${i.toString(36).padStart(16, '0')}`;

/** 40 branches and 30,000 kiosks in every state, written straight to the database; returns tokens of the first ones. */
export async function fillFleet(server: Server): Promise<string[]> {
  const now = Date.now();
  const hours = JSON.stringify({ '1': { open: '08:00', close: '20:00' } });
  await server.db
    .insertInto('branch')
    .values(
      Array.from({ length: BRANCHES }, (_, b) => ({
        id: `bench-${b}`,
        name: `Filial ${b}`,
        place: 'Entrén',
        place_translations: '{}',
        opening_hours: hours,
      })),
    )
    .execute();
  const tokens: string[] = [];
  for (let start = 0; start < KIOSKS; start += 500) {
    const rows: Insertable<KioskTable>[] = [];
    for (let i = start; i < Math.min(KIOSKS, start + 500); i++) {
      const token = randomBytes(32).toString('base64url');
      const seen = new Date(now - (i % 997) * 60_000).toISOString();
      const state = KIOSK_STATES[i % KIOSK_STATES.length] ?? 'online';
      // A revoked kiosk's token is refused (401): the beats are sent with the others' tokens.
      if (tokens.length < BEAT_TOKENS && state !== 'revoked') tokens.push(token);
      rows.push({
        id: kioskId(i),
        name: `Surfplatta ${i}`,
        branch_id: `bench-${i % BRANCHES}`,
        token_hash: tokenHash(token),
        enrolled_at: seen,
        revoked_at: state === 'revoked' ? seen : null,
        state,
        state_since: seen,
        last_seen_at: state === 'never-seen' ? null : seen,
        app_version: `0.1.${i % 3}`,
        content_version: 10 + (i % 4),
        outbox_pending: i % 7 === 0 ? i % 5 : 0,
        outbox_rejected: 0,
        storage_used_kb: 50_000 + (i % 1000) * 100,
        storage_quota_kb: 2_000_000,
        persisted: 1,
        settings: '{}',
        settings_version: 1,
        beats: state === 'never-seen' ? 0 : 1,
      });
    }
    await server.db.insertInto('kiosk').values(rows).execute();
  }
  return tokens;
}

/** The views an admin opens: the first page, a branch, a state, sorted by columns, a name search, a deep page. */
function viewQueries(): string[] {
  return [
    '',
    '?branch=bench-7',
    '?state=offline',
    '?state=stale&branch=bench-3',
    '?sort=lastSeen&order=desc',
    '?sort=storage&order=desc',
    '?sort=outbox&order=desc&state=online',
    '?q=Surfplatta%20123',
    '?offset=20000&limit=100',
    '?sort=branch&offset=5000',
  ];
}

async function measureView(base: string, headers: Record<string, string>): Promise<Figure> {
  const queries = viewQueries();
  const times: number[] = [];
  for (let i = 0; i < VIEW_REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/staff/kiosks${queries[i % queries.length]}`, { headers });
    const body = (await response.json()) as { total?: number };
    times.push(performance.now() - started);
    if (response.status !== 200 || typeof body.total !== 'number') {
      throw new Error(`fleet view ${queries[i % queries.length]}: HTTP ${response.status} ${JSON.stringify(body)}`);
    }
  }
  return figure(
    'fleet view p95, 30,000 kiosks',
    round(percentile(times, 0.95)),
    'ms',
    300,
    `${VIEW_REQUESTS} GET /api/staff/kiosks over loopback, one at a time, cycling ${queries.length} views (first page, branch, state, sorts, name search, deep pages); p50 ${round(percentile(times, 0.5))} ms, max ${round(Math.max(...times))} ms`,
  );
}

const BEAT: Omit<Heartbeat, 'seq'> = {
  appVersion: '0.1.0',
  contentVersion: 12,
  settingsVersion: 1,
  outboxPending: 0,
  outboxRejected: 0,
  storageUsed: 52_000_000,
  storageQuota: 2_000_000_000,
  persisted: true,
  lastSyncAt: new Date().toISOString(),
  lastError: null,
  orientation: 'landscape',
  screenWidth: 1280,
  screenHeight: 800,
};

async function measureBeats(base: string, tokens: string[]): Promise<Figure> {
  // A body the route refuses would measure refusals.
  if (!Value.Check(HeartbeatSchema, { ...BEAT, seq: 1 }))
    throw new Error('heartbeats: the bench beat is not a valid one');
  const runs: string[] = [];
  let best = 0;
  for (const connections of BEAT_CONNECTIONS) {
    const result = await postLoad({
      url: `${base}/api/kiosk/heartbeat`,
      kind: 'heartbeat',
      tokens,
      bodies: [BEAT],
      connections,
      durationMs: BEAT_DURATION_MS,
    });
    const ok = result.statuses['200'] ?? 0;
    if (ok !== result.latencies.length)
      throw new Error(`heartbeats: expected only 200s, got ${JSON.stringify(result.statuses)}`);
    const perSecond = ok / (BEAT_DURATION_MS / 1000);
    const p99 = percentile(result.latencies, 0.99);
    runs.push(`${connections} kiosks at once: ${round(perSecond, 0)}/s, p99 ${round(p99)} ms`);
    if (p99 < BEAT_P99_BUDGET_MS) best = Math.max(best, perSecond);
  }
  return figure(
    'heartbeats per second at p99 < 200 ms (SQLite)',
    round(best, 0),
    '/s',
    null,
    `POST /api/kiosk/heartbeat over loopback with ${tokens.length} device tokens among 30,000 kiosks, ${BEAT_DURATION_MS / 1000} s each: ${runs.join('; ')}`,
  );
}

/** The fleet figures: the fleet view at 30,000 kiosks, and the heartbeats one instance takes. */
export async function measureFleet(): Promise<Figure[]> {
  const server = await testServer();
  try {
    const tokens = await fillFleet(server);
    const admin = await signedIn(server, 'bench-admin', 'admin');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const view = await measureView(base, { cookie: admin.cookie ?? '' });
    const beats = await measureBeats(base, tokens);
    return [view, beats];
  } finally {
    await server.close();
  }
}
