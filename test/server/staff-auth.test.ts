import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/domain/schemas/audit.js';
import type { StaffRole } from '../../src/domain/schemas/rules.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { TEST_KIOSK_TOKEN, testServer } from '../helpers/server.js';
import { STAFF_PASSWORD as PASSWORD, STAFF_ROUTES as ROUTES } from '../helpers/staff-routes.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
const ORIGIN = 'http://library.example';

// One hash for every account: scrypt is slow on purpose, and these tests make many accounts.
const passwordHash = hashPassword(PASSWORD);

beforeEach(async () => {
  server = await testServer({ seed: false });
  for (const role of ['admin', 'editor', 'helper'] as StaffRole[]) {
    await server.app.staff.createUser({ username: role, role, passwordHash: await passwordHash });
  }
});
afterEach(async () => {
  await server.close();
});

/** Logs in through the real route and returns the session cookie. */
async function login(username: string, password = PASSWORD): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    headers: { origin: ORIGIN, host: 'library.example' },
    payload: { username, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'sp_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  return `sp_session=${cookie?.value}`;
}

const callers = {
  anonymous: async () => ({}),
  // The real kiosk token: it opens kiosk routes, never staff ones.
  kiosk: async () => ({ authorization: `Bearer ${TEST_KIOSK_TOKEN}` }),
  helper: async () => ({ cookie: await login('helper') }),
  editor: async () => ({ cookie: await login('editor') }),
  admin: async () => ({ cookie: await login('admin') }),
};

describe('kiosk routes', () => {
  it('open to the kiosk token only: no staff session, whatever its role, reaches them', async () => {
    for (const who of ['anonymous', 'helper', 'admin'] as const) {
      const headers = await callers[who]();
      expect((await server.app.inject({ url: '/api/kiosk/slots', headers })).statusCode).toBe(401);
      const post = await server.app.inject({ method: 'POST', url: '/api/bookings', headers, payload: {} });
      expect(post.statusCode).toBe(401);
    }
    const kiosk = await server.app.inject({ url: '/api/kiosk/slots', headers: await callers.kiosk() });
    expect(kiosk.statusCode).toBe(200);
  });
});

describe('authorisation matrix', () => {
  for (const route of ROUTES) {
    for (const [who, headers] of Object.entries(callers)) {
      const expected = route.allowed.includes(who) ? 'allowed' : who === 'anonymous' || who === 'kiosk' ? 401 : 403;
      it(`${route.method} ${route.url} as ${who} → ${expected}`, async () => {
        const response = await server.app.inject({
          method: route.method,
          url: route.url,
          headers: { origin: ORIGIN, host: 'library.example', ...(await headers()) },
          ...(route.payload ? { payload: route.payload } : {}),
        });
        if (expected === 'allowed') {
          expect([401, 403]).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode).toBe(expected);
          expect(response.headers['content-type']).toMatch(/problem\+json/);
        }
      });
    }
  }

  it('refuses a state-changing request from a foreign origin, or with no origin, even when signed in', async () => {
    const cookie = await login('admin');
    for (const origin of ['https://evil.example', undefined]) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/staff/users',
        headers: { cookie, host: 'library.example', ...(origin ? { origin } : {}) },
        payload: { username: 'intruder', role: 'admin', password: 'a long enough secret' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await server.app.staff.listUsers()).map((u) => u.username)).not.toContain('intruder');
  });
});

describe('sessions and passwords', () => {
  it('refuses a wrong password and an unknown user alike, and slows down an address after three failures', async () => {
    const attempt = (username: string, password: string, remoteAddress = '127.0.0.1') =>
      server.app.inject({
        method: 'POST',
        url: '/api/staff/login',
        remoteAddress,
        headers: { origin: ORIGIN, host: 'library.example' },
        payload: { username, password },
      });
    expect((await attempt('nobody', 'whatever')).statusCode).toBe(401);
    for (let i = 0; i < 3; i++) expect((await attempt('editor', `guess ${i}`)).statusCode).toBe(401);
    const slowed = await attempt('editor', PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBeDefined();
    // Another account, and the same account from another address, are not affected.
    expect((await attempt('helper', PASSWORD)).statusCode).toBe(200);
    expect((await attempt('editor', PASSWORD, '127.0.0.2')).statusCode).toBe(200);
  });

  it('logs out: the cookie no longer opens anything', async () => {
    const cookie = await login('helper');
    const headers = { cookie, origin: ORIGIN, host: 'library.example' };
    expect((await server.app.inject({ method: 'POST', url: '/api/staff/logout', headers })).statusCode).toBe(204);
    expect((await server.app.inject({ url: '/api/staff/me', headers })).statusCode).toBe(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const here = await login('editor');
    const elsewhere = await login('editor');
    const headers = { cookie: here, origin: ORIGIN, host: 'library.example' };
    const weak = await server.app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers,
      payload: { current: PASSWORD, next: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('body/next');
    const changed = await server.app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers,
      payload: { current: PASSWORD, next: 'a brand new passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await server.app.inject({ url: '/api/staff/me', headers })).statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/staff/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);
    await login('editor', 'a brand new passphrase');
  });

  it('keeps the last admin, and signs out a disabled account at once', async () => {
    const cookie = await login('admin');
    const headers = { cookie, origin: ORIGIN, host: 'library.example' };
    const users = await server.app.staff.listUsers();
    const adminId = users.find((u) => u.username === 'admin')?.id;
    const helperId = users.find((u) => u.username === 'helper')?.id;
    const demote = await server.app.inject({
      method: 'PATCH',
      url: `/api/staff/users/${adminId}`,
      headers,
      payload: { role: 'editor' },
    });
    expect(demote.statusCode).toBe(409);

    const helperCookie = await login('helper');
    const disable = await server.app.inject({
      method: 'PATCH',
      url: `/api/staff/users/${helperId}`,
      headers,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/staff/me', headers: { cookie: helperCookie } })).statusCode).toBe(401);
  });

  it('writes every staff write to the audit log, with who, what, when and before/after', async () => {
    const cookie = await login('admin');
    const headers = { cookie, origin: ORIGIN, host: 'library.example' };
    await server.app.inject({
      method: 'POST',
      url: '/api/staff/users',
      headers,
      payload: { username: 'anna', role: 'helper', password: 'a long enough secret' },
    });
    const anna = (await server.app.staff.listUsers()).find((u) => u.username === 'anna');
    await server.app.inject({
      method: 'PATCH',
      url: `/api/staff/users/${anna?.id}`,
      headers,
      payload: { role: 'editor' },
    });
    const { entries } = (await server.app.inject({ url: '/api/staff/audit', headers })).json() as AuditPage;
    expect(entries.slice(0, 3).map((e) => [e.actor, e.kind, e.target, e.before, e.after])).toEqual([
      ['admin', 'update-user', `user/${anna?.id}`, 'helper', 'editor'],
      ['admin', 'create-user', `user/${anna?.id}`, null, 'helper'],
      ['admin', 'login', expect.stringMatching(/^user\//), null, null],
    ]);
    expect(Date.parse(entries[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses user names that are not plain names (script payloads among them), creating nothing', async () => {
    const cookie = await login('admin');
    for (const username of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'Anna Svensson', 'a']) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/staff/users',
        headers: { cookie, origin: ORIGIN, host: 'library.example' },
        payload: { username, role: 'helper', password: 'a long enough secret' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().field).toBe('body/username');
    }
    expect(await server.app.staff.listUsers()).toHaveLength(3);
  });

  it('stores passwords only as scrypt hashes', async () => {
    const stored = await server.app.staff.passwordHash(1);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain(PASSWORD);
  });
});
