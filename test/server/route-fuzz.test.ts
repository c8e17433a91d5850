/**
 * A bounded property-based fuzz of every route the app registers (found through its onRoute hook,
 * not from a list): whatever is sent, the server never answers 5xx, every error is problem+json,
 * a refused request stores nothing, and only a caller allowed on a route ever gets a 2xx from it.
 * The seed is fixed and printed; FUZZ_SEED=<seed> replays or varies a run, FUZZ_RUNS changes its size.
 */
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { changeCount, type Fingerprint, fingerprint, mediaFiles } from '../helpers/db-fingerprint.js';
import { enrolledKiosk } from '../helpers/fleet.js';
import { hintsFrom } from '../helpers/fuzz-hints.js';
import { type FoundRoute, type FuzzRequest, requestsFor } from '../helpers/fuzz-requests.js';
import { type Caller, whoMay } from '../helpers/route-policy.js';
import { TEST_KIOSK_TOKEN, testServer } from '../helpers/server.js';
import { SAME_ORIGIN, signedIn } from '../helpers/staff.js';

/** The answer's text as the client reads it: the fuzz asks for gzip, brotli or deflate at random. */
function decodedBody(response: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const encoding = response.headers['content-encoding'];
  const raw = response.rawPayload;
  if (raw.length === 0) return '';
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'deflate') return inflateSync(raw).toString('utf8');
  return raw.toString('utf8');
}

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_110);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
/** Routes that hash a password with scrypt, or a PIN with PBKDF2 (slow on purpose): well-formed bodies are rare there. */
const SCRYPT_ROUTES = [
  'POST /api/staff/login',
  'POST /api/staff/password',
  'POST /api/staff/users',
  'PUT /api/staff/branches/:id/kiosk-settings',
];
/**
 * Routes that parse or pack all content (seconds each on a shared CPU): callers allowed there are
 * rare, or they would take most of the run. Their slowness is reported, not hidden.
 */
const WHOLE_CONTENT_ROUTES = [
  'GET /api/staff/publish/preview',
  'HEAD /api/staff/publish/preview',
  'POST /api/staff/publish',
  'GET /api/staff/pack',
  'HEAD /api/staff/pack',
  'POST /api/staff/pack',
  'POST /api/staff/versions/:version/restore',
];
const STAFF_ROLES = ['helper', 'editor', 'admin'] as const;
/** Pages a visitor's phone opens, which answer a browser's bad request with a page, not JSON. */
const VISITOR_PAGES = ['GET /take/:slug/:lang'];
const isVisitorPage = (route: string | undefined) => VISITOR_PAGES.includes(route?.replace(/^HEAD /, 'GET ') ?? '');

type Server = Awaited<ReturnType<typeof testServer>>;
interface StaffCaller {
  id: number;
  role: (typeof STAFF_ROLES)[number];
  cookie: string;
  passwordHash: string;
}

let server: Server;
let app: App;
const routes: FoundRoute[] = [];
/** The route that answered the request in flight (set by a hook the fuzz adds to every route). */
let answeredBy: string | undefined;
const staff = new Map<Caller, StaffCaller>();
let requests: fc.Arbitrary<FuzzRequest>;
const covered = new Map<string, number>();
interface Timed {
  ms: number;
  lagMs: number;
  status: number;
  request: FuzzRequest;
}
/** Per route that answered: how many requests, their total time, and the slowest one. */
const timing = new Map<string, { n: number; totalMs: number; slowest: Timed }>();
let baseline: { changes: number; fingerprint: Fingerprint };

const keyOf = (route: { method: string | string[]; url: string }) => `${route.method} ${route.url}`;

/** Notes which route answers: an onSend hook added to every route as it is registered. */
function noteRoute(route: RouteOptions) {
  routes.push({ method: String(route.method), url: route.url, schema: route.schema as FoundRoute['schema'] });
  const note = async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
    answeredBy = `${request.method} ${request.routeOptions.url}`;
    return payload;
  };
  route.onSend = [note, ...(route.onSend ? [route.onSend].flat() : [])];
}

beforeAll(async () => {
  server = await testServer();
  app = await buildApp({
    db: server.db,
    media: server.media,
    publicDir: join(server.dataDir, 'no-build'),
    logLevel: 'silent',
    kioskToken: TEST_KIOSK_TOKEN,
    onRoute: noteRoute,
  });
  await app.ready();
  for (const role of STAFF_ROLES) {
    const headers = await signedIn(server, role, role);
    const user = await app.staff.credentials(role);
    if (!user) throw new Error(`no account ${role}`);
    staff.set(role, { id: user.id, role, cookie: headers.cookie ?? '', passwordHash: user.passwordHash });
  }
  // A bookable time with requests on it, so the request routes have something to work on.
  const slot = await addSession(server, { capacity: 3 });
  for (const name of ['Amina', 'Olle']) await postBooking(server, bookingBody([slot], { firstName: name }));
  // An enrolled kiosk, so the fleet routes have one to work on.
  await enrolledKiosk({ app }, { cookie: staff.get('admin')?.cookie ?? '' });
  const pack = await app.inject({ method: 'GET', url: '/api/staff/pack', headers: callerHeaders('editor', 'same') });
  const hints = await hintsFrom(app, pack.json());
  requests = fc.oneof(
    ...routes.map((route) =>
      requestsFor(route, hints, {
        allowed: whoMay(keyOf(route)),
        rareAllowed: WHOLE_CONTENT_ROUTES.includes(keyOf(route)),
        rareValid: SCRYPT_ROUTES.includes(keyOf(route)),
      }),
    ),
  );
  baseline = { changes: await changeCount(server.db), fingerprint: await fingerprint(server.db, server.media.dir) };
  console.log(
    `route fuzz: ${RUNS} requests over ${routes.length} routes, seed ${SEED} (replay with FUZZ_SEED=${SEED})`,
  );
}, 120_000);

afterAll(async () => {
  await app?.close();
  await server?.close();
});

/** The credentials and Origin a caller sends. */
function callerHeaders(caller: Caller, origin: FuzzRequest['origin']): Record<string, string> {
  const origins = {
    same: SAME_ORIGIN,
    foreign: { origin: 'https://elsewhere.example', host: SAME_ORIGIN.host },
    none: { host: SAME_ORIGIN.host },
    malformed: { origin: 'not a url', host: SAME_ORIGIN.host },
  };
  const credentials: Record<string, string> =
    caller === 'anonymous'
      ? {}
      : caller === 'kiosk'
        ? { authorization: `Bearer ${TEST_KIOSK_TOKEN}` }
        : { cookie: staff.get(caller)?.cookie ?? '' };
  return { ...origins[origin], ...credentials };
}

/**
 * Puts the fuzz's own staff accounts back as they were (role, enabled, password, a live session)
 * after a request changed them: a logout or a role change must not quietly turn the "admin" of
 * later requests into an anonymous caller. These writes are the test's, not the fuzz's.
 */
async function restoreCallers(): Promise<boolean> {
  let restored = false;
  for (const account of staff.values()) {
    const token = account.cookie.replace(/^sp_session=/, '');
    const user = await app.staff.sessionUser(token);
    const hash = await app.staff.passwordHash(account.id);
    if (user?.role === account.role && hash === account.passwordHash) continue;
    restored = true;
    await app.staff.updateUser(account.id, { role: account.role, disabled: false, passwordHash: account.passwordHash });
    if (!(await app.staff.sessionUser(token))) {
      account.cookie = `sp_session=${(await app.staff.createSession(account.id)).token}`;
    }
  }
  return restored;
}

/** Sends one generated request and checks every property on its answer. */
async function check(request: FuzzRequest): Promise<void> {
  answeredBy = undefined;
  const started = performance.now();
  const response = await app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: { ...request.headers, ...callerHeaders(request.caller, request.origin) },
    remoteAddress: request.remoteAddress,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
  const ms = performance.now() - started;
  // Work left on the event loop after the answer (a runaway regex, say) shows as a late tick.
  const tick = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  const route = answeredBy;
  const timed = { ms, lagMs: performance.now() - tick, status: response.statusCode, request };
  const seen = timing.get(route ?? 'no route') ?? { n: 0, totalMs: 0, slowest: timed };
  timing.set(route ?? 'no route', {
    n: seen.n + 1,
    totalMs: seen.totalMs + ms,
    slowest: timed.ms > seen.slowest.ms ? timed : seen.slowest,
  });
  if (route) covered.set(route, (covered.get(route) ?? 0) + 1);
  const body = decodedBody(response);
  const what = `${request.caller} ${request.method} ${request.url.slice(0, 200)} → ${response.statusCode} ${body.slice(0, 300)}`;

  // What the request stored, if anything; the baseline moves on before any check can fail, so
  // the next request (a shrinking step, say) is compared with the state it really found.
  const before = baseline.fingerprint;
  const after = await storedSince(baseline);
  const ok = response.statusCode >= 200 && response.statusCode < 300;

  // 1. No 5xx, and every error is problem+json with a type and a title, except on a visitor's
  // page: a browser asking for HTML is told in a page, in a language (see take-away.test.ts).
  expect(response.statusCode, what).toBeLessThan(500);
  if (response.statusCode >= 400 && isVisitorPage(route) && (request.headers.accept ?? '').includes('text/html')) {
    expect(response.headers['content-type'], what).toMatch(/^text\/html/);
    if (request.method !== 'HEAD') expect(body, what).toMatch(/^<!doctype html><html lang="[a-z]+" dir=/);
  } else if (response.statusCode >= 400) {
    expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
    if (request.method !== 'HEAD') {
      const problem = JSON.parse(body) as { type?: unknown; title?: unknown };
      expect(typeof problem.type, what).toBe('string');
      expect(typeof problem.title, what).toBe('string');
    }
  }

  // 2. Nothing stored unless the answer was a 2xx.
  if (!ok) {
    // Counts and files first, so a failure says which table grew or shrank.
    expect({ rows: after.rows, media: after.media }, what).toEqual({ rows: before.rows, media: before.media });
    expect(after.hash, `${what}: a row was changed in place`).toBe(before.hash);
  }

  // 3. A 2xx (a write or a read) only for a caller allowed on the route that answered.
  if (ok) expect(route && whoMay(route), what).toContain(request.caller);
}

/**
 * The fingerprint now, after a request; a full one only when SQLite's change counter or the media
 * folder moved. Puts the fuzz's accounts back if the request changed them, and moves the baseline.
 */
async function storedSince(last: typeof baseline): Promise<Fingerprint> {
  const changes = await changeCount(server.db);
  if (changes === last.changes && mediaFiles(server.media.dir).join() === last.fingerprint.media.join()) {
    return last.fingerprint;
  }
  const after = await fingerprint(server.db, server.media.dir);
  const restored = await restoreCallers();
  baseline = {
    changes: await changeCount(server.db),
    fingerprint: restored ? await fingerprint(server.db, server.media.dir) : after,
  };
  return after;
}

describe('route fuzz', () => {
  it('finds every route, and each is in the table of who may call it', () => {
    // The app has over forty routes; far fewer means discovery broke, not that routes went away.
    expect(routes.length).toBeGreaterThan(40);
    const unlisted = routes.map(keyOf).filter((key) => !whoMay(key));
    expect(unlisted).toEqual([]);
    const slow = [...SCRYPT_ROUTES, ...WHOLE_CONTENT_ROUTES].filter((key) => !routes.some((r) => keyOf(r) === key));
    expect(slow).toEqual([]);
  });

  it('sees a stored row and a stored file in the fingerprint', async () => {
    const before = {
      changes: await changeCount(server.db),
      fingerprint: await fingerprint(server.db, server.media.dir),
    };
    await app.staff.audit({ actor: { id: null, username: 'fuzz' }, action: 'probe', target: 'fingerprint' });
    app.media.put(Buffer.from('a file only this test stores'));
    expect(await changeCount(server.db)).toBeGreaterThan(before.changes);
    const after = await fingerprint(server.db, server.media.dir);
    expect(after.hash).not.toBe(before.fingerprint.hash);
    expect(after.rows.audit_log).toBe((before.fingerprint.rows.audit_log ?? 0) + 1);
    expect(after.media.length).toBe(before.fingerprint.media.length + 1);
    baseline = { changes: await changeCount(server.db), fingerprint: after };
  });

  it('answers every request below 500, stores nothing it refuses, and lets only allowed callers through', async () => {
    const started = performance.now();
    await fc.assert(fc.asyncProperty(requests, check), { seed: SEED, numRuns: RUNS });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`route fuzz: ${RUNS} requests in ${seconds} s; the slowest routes, each with its slowest request:`);
    const ranked = [...timing.entries()].sort(([, a], [, b]) => b.slowest.ms - a.slowest.ms).slice(0, 12);
    for (const [route, { n, totalMs, slowest: s }] of ranked) {
      const r = s.request;
      console.log(
        `  ${route}: ${n} requests, ${(totalMs / 1000).toFixed(1)} s in all; slowest ${s.ms.toFixed(0)} ms ` +
          `(event loop busy ${s.lagMs.toFixed(0)} ms after): ${s.status} for ${r.caller} ${r.method} ` +
          `${r.url.slice(0, 80)} with ${r.payload?.length ?? 0} B`,
      );
    }
  }, 600_000);

  it('reached every route many times', () => {
    const least = Math.max(1, Math.floor(RUNS / routes.length / 4));
    const short = routes.map(keyOf).filter((key) => (covered.get(key) ?? 0) < least);
    expect(short, `routes answered fewer than ${least} times`).toEqual([]);
  });
});
