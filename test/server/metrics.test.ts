import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import { addSession, BRANCH, bookingBody, postBooking } from '../helpers/bookings.js';
import { parsePrometheusText } from '../helpers/prometheus-text.js';
import { TEST_KIOSK_TOKEN, testServer } from '../helpers/server.js';

const METRICS_TOKEN = 'metrics-token-0123456789';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let app: App;

/** A second app on the test server's database, with /metrics on. */
async function appWith(metricsToken: string | null): Promise<App> {
  const built = await buildApp({
    db: server.db,
    media: server.media,
    publicDir: join(server.dataDir, 'no-build'),
    logLevel: 'silent',
    kioskToken: TEST_KIOSK_TOKEN,
    metricsToken,
  });
  await built.ready();
  return built;
}

const scrape = (token: string | null = METRICS_TOKEN, on = app) =>
  on.inject({ method: 'GET', url: '/metrics', headers: token === null ? {} : { authorization: `Bearer ${token}` } });

async function families() {
  const response = await scrape();
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(response.body);
}

/** The value of one sample, found by name and labels; undefined when there is none. */
function sampleValue(parsed: ReturnType<typeof parsePrometheusText>, family: string, sample: string, labels = {}) {
  return parsed
    .get(family)
    ?.samples.find((s) => s.name === sample && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

/** A kiosk row as enrolment makes it, with the state and outbox a heartbeat reported. */
async function addKiosk(state: string, pending: number | null, rejected: number | null) {
  const now = new Date().toISOString();
  await server.db
    .insertInto('kiosk')
    .values({
      id: `k-${randomBytes(8).toString('hex')}`,
      name: `Kiosk ${state}`,
      branch_id: BRANCH,
      token_hash: randomBytes(32).toString('hex'),
      enrolled_at: now,
      settings: '{}',
      settings_version: 1,
      beats: 0,
      state: state as 'online',
      state_since: now,
      outbox_pending: pending,
      outbox_rejected: rejected,
    })
    .execute();
}

describe('/metrics', () => {
  beforeEach(async () => {
    server = await testServer();
    app = await appWith(METRICS_TOKEN);
  });
  afterEach(async () => {
    await app.close();
    await server.close();
  });

  it('is Prometheus text with every metric the operator watches', async () => {
    await addKiosk('online', 3, 1);
    await addKiosk('online', 2, null);
    await addKiosk('offline', 5, 0);
    await addKiosk('never-seen', null, null);
    const slot = await addSession(server, { capacity: 1 });
    const key = randomUUID();
    const first = { app, db: server.db, kioskToken: TEST_KIOSK_TOKEN };
    const body = bookingBody([slot]);
    expect((await postBooking(first, body, key)).statusCode).toBe(201);
    expect((await postBooking(first, body, key)).headers['idempotent-replayed']).toBe('true');
    expect((await postBooking(first, bookingBody([slot], { firstName: 'Olle' }))).json().outcome).toBe('waiting');
    const manifest = await app.inject({ url: '/api/content/manifest' });
    expect(manifest.statusCode).toBe(200);
    const again = await app.inject({
      url: '/api/content/manifest',
      headers: { 'if-none-match': String(manifest.headers.etag) },
    });
    expect(again.statusCode).toBe(304);

    const parsed = await families();
    expect(parsed.get('servicepunkt_http_requests_total')?.type).toBe('counter');
    expect(parsed.get('servicepunkt_http_request_duration_seconds')?.type).toBe('histogram');
    const posts = { method: 'POST', route: '/api/bookings' };
    expect(sampleValue(parsed, 'servicepunkt_http_requests_total', 'servicepunkt_http_requests_total', posts)).toBe(3);
    expect(
      sampleValue(
        parsed,
        'servicepunkt_http_request_duration_seconds',
        'servicepunkt_http_request_duration_seconds_count',
        posts,
      ),
    ).toBe(3);
    for (const [outcome, n] of [
      ['confirmed', 1],
      ['replayed', 1],
      ['waiting', 1],
    ] as const) {
      expect(
        sampleValue(parsed, 'servicepunkt_bookings_total', 'servicepunkt_bookings_total', { outcome }),
        outcome,
      ).toBe(n);
    }
    const syncs = (status: string) =>
      sampleValue(parsed, 'servicepunkt_content_syncs_total', 'servicepunkt_content_syncs_total', { status });
    expect([syncs('200'), syncs('304')]).toEqual([1, 1]);
    const kiosks = (state: string) => sampleValue(parsed, 'servicepunkt_kiosks', 'servicepunkt_kiosks', { state });
    expect(['online', 'offline', 'never-seen', 'stale', 'revoked'].map(kiosks)).toEqual([2, 1, 1, 0, 0]);
    const outbox = (kind: string) =>
      sampleValue(parsed, 'servicepunkt_kiosk_outbox_entries', 'servicepunkt_kiosk_outbox_entries', { kind });
    expect([outbox('pending'), outbox('rejected')]).toEqual([10, 1]);
    expect(parsed.get('nodejs_eventloop_lag_seconds')?.type).toBe('gauge');
  }, 60_000);

  it('is refused without the token or with a wrong one, and says how to send it', async () => {
    for (const token of [null, 'wrong-token-0123456789', `${METRICS_TOKEN}x`, '']) {
      const response = await scrape(token);
      expect(response.statusCode, String(token)).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body).not.toContain('servicepunkt_');
    }
    // The kiosk token is not the metrics token.
    expect((await scrape(TEST_KIOSK_TOKEN)).statusCode).toBe(401);
  });

  it('is off (404) when no token is configured', async () => {
    const off = await appWith(null);
    try {
      for (const token of [null, METRICS_TOKEN]) {
        const response = await scrape(token, off);
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    } finally {
      await off.close();
    }
  });

  it('labels requests by route pattern, so strangers’ URLs add no series', async () => {
    const series = async () =>
      (await families()).get('servicepunkt_http_requests_total')?.samples.map((s) => JSON.stringify(s.labels)) ?? [];
    await app.inject({ url: `/nope/${randomUUID()}` });
    await app.inject({ url: `/media/${'a'.repeat(64)}` });
    const before = await series();
    for (let i = 0; i < 20; i++) {
      await app.inject({ url: `/nope/${randomUUID()}` });
      await app.inject({ url: `/media/${randomBytes(32).toString('hex')}` });
    }
    const after = await series();
    // The scrape itself may add its own series once; nothing else is new.
    expect(after.filter((s) => !before.includes(s) && !s.includes('/metrics'))).toEqual([]);
    expect(after.join('\n')).not.toMatch(/nope|[0-9a-f]{64}/);
    expect(after).toContain(JSON.stringify({ method: 'GET', route: '(none)', status: '404' }));
    expect(after).toContain(JSON.stringify({ method: 'GET', route: '/media/:hash', status: '404' }));
  });
});

describe('the Prometheus text parser the tests use', () => {
  it('refuses what a scraper would refuse', () => {
    expect(() => parsePrometheusText('# TYPE a counter\na 1\n')).not.toThrow();
    expect(() => parsePrometheusText('a 1\n')).toThrow(/undeclared/);
    expect(() => parsePrometheusText('# TYPE a counter\na{b=c} 1\n')).toThrow(/not a sample/);
    expect(() => parsePrometheusText('# TYPE a counter\na one\n')).toThrow(/not a number/);
    expect(parsePrometheusText('# TYPE a gauge\na Nan\n').get('a')?.samples[0]?.value).toBeNaN();
    expect(() => parsePrometheusText('# TYPE a countr\n')).toThrow(/unknown type/);
  });
});
