import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskState } from '../../src/domain/schemas/rules.js';
import { addBranch, MAIN_BRANCH, OTHER_BRANCH } from '../helpers/fleet.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN, signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let admin: Record<string, string>;

const STATES: KioskState[] = ['online', 'stale', 'offline', 'never-seen', 'revoked'];

/** 30 kiosks straight into the table: every third at the other branch, states in turn, some never seen. */
async function addKiosks() {
  const at = '2030-01-01T08:00:00.000Z';
  const rows = Array.from({ length: 30 }, (_, i) => ({
    id: `k-${String(i).padStart(16, '0')}`,
    name: i === 7 ? 'Plan 100% uppe' : `Kiosk ${String(i).padStart(2, '0')}`,
    branch_id: i % 3 === 0 ? OTHER_BRANCH : MAIN_BRANCH,
    token_hash: `hash-${i}`,
    enrolled_at: at,
    settings: '{}',
    settings_version: 1,
    beats: 0,
    state: STATES[i % 5] as KioskState,
    state_since: at,
    // Kiosks never seen have no figures.
    last_seen_at: i % 5 === 3 ? null : `2030-01-01T08:${String(i).padStart(2, '0')}:00.000Z`,
    outbox_pending: i % 5 === 3 ? null : 30 - i,
  }));
  await server.db.insertInto('kiosk').values(rows).execute();
}

beforeAll(async () => {
  server = await testServer({ seed: false });
  await addBranch(server, MAIN_BRANCH, 'Stadsbiblioteket');
  await addBranch(server);
  await addKiosks();
  admin = await signedIn(server, 'ada', 'admin');
});
afterAll(async () => {
  await server.close();
});

const list = async (query: string, headers = admin) => {
  const response = await server.app.inject({ url: `/api/staff/kiosks${query}`, headers });
  expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
  return response.json() as {
    kiosks: { id: string; name: string; branchId: string; state: string; lastSeenAt: string | null }[];
    total: number;
    counts: Record<string, number>;
  };
};

describe('the fleet list', () => {
  it('filters by branch, state and name part, with the total and the counts per state in the branch', async () => {
    const all = await list('');
    expect(all.total).toBe(30);
    expect(all.counts).toEqual({ online: 6, stale: 6, offline: 6, 'never-seen': 6, revoked: 6 });

    const other = await list(`?branch=${OTHER_BRANCH}`);
    expect(other.total).toBe(10);
    expect(other.kiosks.every((k) => k.branchId === OTHER_BRANCH)).toBe(true);
    expect(Object.values(other.counts).reduce((a, b) => a + b)).toBe(10);

    const offline = await list(`?branch=${MAIN_BRANCH}&state=offline`);
    expect(offline.kiosks.map((k) => k.state)).toEqual(Array(offline.total).fill('offline'));
    expect(offline.total).toBe(4);
    // The counts stay those of the branch, whatever the state filter.
    expect(offline.counts).toEqual((await list(`?branch=${MAIN_BRANCH}`)).counts);

    expect((await list('?q=KIOSK%201')).kiosks.map((k) => k.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Kiosk 1${i}`),
    );
    // A percent sign is a letter, not a wildcard.
    expect((await list('?q=100%25')).kiosks.map((k) => k.name)).toEqual(['Plan 100% uppe']);
    expect((await list('?q=0%25')).total).toBe(1);
    expect((await list('?q=_')).total).toBe(0);
  });

  it('sorts either way, kiosks without a figure last, and pages without overlap', async () => {
    const byName = await list('?sort=name&order=desc&limit=3');
    expect(byName.kiosks.map((k) => k.name)).toEqual(['Plan 100% uppe', 'Kiosk 29', 'Kiosk 28']);
    for (const order of ['asc', 'desc']) {
      const bySeen = await list(`?sort=lastSeen&order=${order}&limit=500`);
      const seen = bySeen.kiosks.map((k) => k.lastSeenAt);
      expect(seen.slice(-6)).toEqual(Array(6).fill(null));
      const known = seen.slice(0, 24) as string[];
      expect(known).toEqual([...known].sort((a, b) => (order === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
    }
    const pages = [];
    for (let offset = 0; offset < 30; offset += 7) {
      pages.push(...(await list(`?sort=outbox&limit=7&offset=${offset}`)).kiosks.map((k) => k.id));
    }
    expect(pages).toHaveLength(30);
    expect(new Set(pages).size).toBe(30);
    const byBranch = await list('?sort=branch&limit=10');
    expect(byBranch.kiosks.every((k) => k.branchId === OTHER_BRANCH)).toBe(true);
  });

  it('refuses a bad query, naming it', async () => {
    for (const query of ['?limit=0', '?limit=501', '?offset=-1', '?sort=colour', '?state=asleep', '?extra=1']) {
      const response = await server.app.inject({ url: `/api/staff/kiosks${query}`, headers: admin });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('helpers', () => {
  let branchHelper: Record<string, string>;
  let anyHelper: Record<string, string>;
  beforeAll(async () => {
    branchHelper = await signedIn(server, 'hedda', 'helper');
    anyHelper = await signedIn(server, 'hugo', 'helper');
    const users = (await server.app.inject({ url: '/api/staff/users', headers: admin })).json().users;
    const hedda = users.find((u: { username: string }) => u.username === 'hedda');
    const patch = await server.app.inject({
      method: 'PATCH',
      url: `/api/staff/users/${hedda.id}`,
      headers: { ...SAME_ORIGIN, ...admin },
      payload: { branchId: OTHER_BRANCH },
    });
    expect(patch.json()).toMatchObject({ username: 'hedda', branchId: OTHER_BRANCH });
  });

  it('with a branch see only its kiosks; another branch’s kiosk is not found', async () => {
    const own = await list('', branchHelper);
    expect(own.total).toBe(10);
    expect(own.kiosks.every((k) => k.branchId === OTHER_BRANCH)).toBe(true);
    expect(Object.values(own.counts).reduce((a, b) => a + b)).toBe(10);
    expect((await list(`?branch=${MAIN_BRANCH}`, branchHelper)).total).toBe(0);
    const mine = await server.app.inject({ url: '/api/staff/kiosks/k-0000000000000000', headers: branchHelper });
    expect(mine.statusCode).toBe(200);
    const theirs = await server.app.inject({ url: '/api/staff/kiosks/k-0000000000000001', headers: branchHelper });
    expect(theirs.statusCode).toBe(404);
  });

  it('without a branch see every kiosk, and change none', async () => {
    expect((await list('', anyHelper)).total).toBe(30);
    const rename = await server.app.inject({
      method: 'PATCH',
      url: '/api/staff/kiosks/k-0000000000000001',
      headers: { ...SAME_ORIGIN, ...anyHelper },
      payload: { name: 'Mine now' },
    });
    expect(rename.statusCode).toBe(403);
    const row = await server.db
      .selectFrom('kiosk')
      .select('name')
      .where('id', '=', 'k-0000000000000001')
      .executeTakeFirst();
    expect(row?.name).toBe('Kiosk 01');
  });
});

describe('staff accounts carry a branch', () => {
  it('is given when an account is made, and an unknown one is refused naming the field', async () => {
    const create = (branchId: string | null) =>
      server.app.inject({
        method: 'POST',
        url: '/api/staff/users',
        headers: { ...SAME_ORIGIN, ...admin },
        payload: { username: `h.${branchId ?? 'none'}`, role: 'helper', password: 'a long enough secret', branchId },
      });
    expect((await create(OTHER_BRANCH)).json()).toMatchObject({ role: 'helper', branchId: OTHER_BRANCH });
    expect((await create(null)).json()).toMatchObject({ branchId: null });
    const unknown = await create('nowhere');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('body/branchId');
    expect(await server.app.staff.usernameTaken('h.nowhere')).toBe(false);
  });
});
