import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { openTestApp, TEST_KIOSK_TOKEN, testServer } from '../helpers/server.js';
import { STAFF_PASSWORD, STAFF_ROUTES } from '../helpers/staff-routes.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
const HOST = 'library.example';
const OWN = `http://${HOST}`;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  server = await testServer();
  const passwordHash = await hashPassword(STAFF_PASSWORD);
  for (const role of ['admin', 'editor', 'helper'] as const) {
    await server.app.staff.createUser({ username: role, role, passwordHash });
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/staff/login',
      headers: { origin: OWN, host: HOST },
      payload: { username: role, password: STAFF_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    sessions[role] = `sp_session=${login.cookies.find((c) => c.name === 'sp_session')?.value}`;
  }
});
afterAll(async () => {
  await server.close();
});

/** Other ways of writing the same path: the router decodes some of them, so a check on the URL's text would miss them. */
function spellings(url: string): Record<string, string> {
  const [path = '', query] = url.split('?');
  const q = query ? `?${query}` : '';
  const segments = path.split('/');
  const encodeFirst = (segment: string) =>
    segment ? `%${segment.charCodeAt(0).toString(16)}${segment.slice(1)}` : segment;
  const encodeAt = (index: number) => segments.map((s, i) => (i === index ? encodeFirst(s) : s)).join('/');
  return {
    'percent-encoded api': encodeAt(1) + q,
    'percent-encoded staff': encodeAt(2) + q,
    'percent-encoded last': encodeAt(segments.length - 1) + q,
    'upper-case hex': encodeAt(2).replace(/%([0-9a-f]{2})/, (_m, h: string) => `%${h.toUpperCase()}`) + q,
    'double slash': path.replace('/api/', '/api//') + q,
    'leading double slash': `/${path}${q}`,
    'trailing slash': `${path}/${q}`,
    'mixed case': path.replace('/staff/', '/Staff/') + q,
    'dot dot': path.replace('/api/staff/', '/api/x/../staff/') + q,
    'encoded dot dot': path.replace('/api/staff/', '/api/x/%2e%2e/staff/') + q,
    'dot segment': path.replace('/api/staff/', '/api/./staff/') + q,
  };
}

describe('access is checked on the route the router matched, whatever the spelling of its path', () => {
  const callers: Record<string, () => Record<string, string>> = {
    anonymous: () => ({}),
    kiosk: () => ({ authorization: `Bearer ${TEST_KIOSK_TOKEN}` }),
    helper: () => ({ cookie: sessions.helper ?? '' }),
    editor: () => ({ cookie: sessions.editor ?? '' }),
    admin: () => ({ cookie: sessions.admin ?? '' }),
  };

  for (const route of STAFF_ROUTES) {
    it(`${route.method} ${route.url}: every spelling, every caller not allowed → refused`, async () => {
      for (const [how, url] of Object.entries(spellings(route.url))) {
        for (const [who, headers] of Object.entries(callers)) {
          if (route.allowed.includes(who)) continue;
          const response = await server.app.inject({
            method: route.method,
            url,
            headers: { origin: OWN, host: HOST, ...headers() },
            ...(route.payload ? { payload: route.payload } : {}),
          });
          expect([401, 403, 404], `${how} ${url} as ${who}`).toContain(response.statusCode);
        }
      }
    });

    if (route.method !== 'GET') {
      it(`${route.method} ${route.url}: every spelling from a foreign origin → refused, even for an allowed role`, async () => {
        const who = route.allowed.at(-1) ?? 'admin';
        for (const [how, url] of Object.entries({ canonical: route.url, ...spellings(route.url) })) {
          const response = await server.app.inject({
            method: route.method,
            url,
            headers: { origin: 'http://evil.example', host: HOST, cookie: callers[who]?.().cookie ?? '' },
            ...(route.payload ? { payload: route.payload } : {}),
          });
          expect([403, 404], `${how} ${url}`).toContain(response.statusCode);
        }
      });
    }
  }

  it('a percent-encoded path cannot create an admin from a foreign origin (the finding)', async () => {
    for (const url of ['/api/%73taff/users', '/%61pi/staff/users', '/api/st%61ff/users']) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: { origin: 'http://evil.example', host: HOST, cookie: sessions.admin ?? '' },
        payload: { username: 'intruder', role: 'admin', password: 'a long enough secret' },
      });
      expect(response.statusCode, url).toBe(403);
    }
    const restore = await server.app.inject({
      method: 'POST',
      url: '/api/%73taff/versions/1/restore',
      headers: {
        origin: 'http://evil.example',
        host: HOST,
        cookie: sessions.admin ?? '',
        'content-type': 'text/plain',
      },
      payload: 'x',
    });
    expect(restore.statusCode).toBe(403);
    expect((await server.app.staff.listUsers()).map((u) => u.username)).not.toContain('intruder');
    expect((await server.app.content.versions()).length).toBe(1);
  });
});

describe('the Origin check compares scheme, host and port', () => {
  const attempt = (origin: string, extra: Record<string, string> = {}) =>
    server.app.inject({
      method: 'PUT',
      url: '/api/staff/categories',
      headers: { origin, host: HOST, cookie: sessions.editor ?? '', ...extra },
      payload: { categories: [] },
    });

  it('refuses another scheme, another port, a look-alike host and "null"', async () => {
    for (const origin of [
      `https://${HOST}`,
      `http://${HOST}:8443`,
      `http://${HOST}.evil.example`,
      `http://evil.example`,
      'null',
      'not a url',
    ]) {
      expect((await attempt(origin)).statusCode, origin).toBe(403);
    }
  });

  it('accepts the server’s own origin, with or without its default port', async () => {
    for (const origin of [OWN, `http://${HOST}:80`]) {
      expect([401, 403]).not.toContain((await attempt(origin)).statusCode);
    }
  });
});

describe('every route declares who may call it', () => {
  it('no route is left undeclared, and staff and kiosk routes are never public', () => {
    const routes = server.app.declaredRoutes();
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      if (route.url.startsWith('/api/staff/') && route.url !== '/api/staff/login') {
        expect(route.access, `${route.method} ${route.url}`).toMatchObject({ staff: expect.any(Array) });
      }
      // The kiosk's config is public, and enrolling is how a tablet gets its token.
      if (route.url.startsWith('/api/kiosk/') && !['/api/kiosk/config', '/api/kiosk/enrol'].includes(route.url)) {
        expect(route.access, `${route.method} ${route.url}`).toBe('kiosk');
      }
    }
  });

  it('the matrix covers every staff route the app has', () => {
    const matches = (method: string, pattern: string) => {
      const path = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/:\w+/g, '[^/]+')}$`);
      return STAFF_ROUTES.some((r) => r.method === method && path.test(r.url.split('?')[0] ?? ''));
    };
    const untested = server.app
      .declaredRoutes()
      .filter((r) => typeof r.access === 'object' && r.method !== 'HEAD' && !matches(r.method, r.url))
      .map((r) => `${r.method} ${r.url}`);
    expect(untested).toEqual([]);
  });

  it('a route that declares nothing stops the app at start', async () => {
    const { app, db } = await openTestApp(server.dataDir);
    try {
      app.get('/api/forgotten', async () => 'open');
      await expect(app.ready()).rejects.toThrow(/GET,HEAD \/api\/forgotten|GET \/api\/forgotten/);
    } finally {
      await db.destroy();
    }
  });
});

describe('staff text shown to visitors', () => {
  it('refuses bidi overrides and control characters in branch, closure and category names, and stores nothing', async () => {
    const headers = { origin: OWN, host: HOST };
    const before = (await server.app.inject({ url: '/api/staff/times', headers: { cookie: sessions.helper ?? '' } }))
      .body;
    const attempts = [
      {
        method: 'PUT' as const,
        url: '/api/staff/branches/stadsbiblioteket',
        cookie: sessions.helper,
        payload: { name: 'Stads\u202Eteketoilbib', place: 'Plan 1', openingHours: {} },
      },
      {
        method: 'PUT' as const,
        url: '/api/staff/branches/stadsbiblioteket',
        cookie: sessions.helper,
        payload: { name: 'Stadsbiblioteket', place: 'Plan\u0007 1', openingHours: {} },
      },
      {
        method: 'POST' as const,
        url: '/api/staff/exceptions',
        cookie: sessions.helper,
        payload: { branchId: 'stadsbiblioteket', patternId: null, date: '2030-01-02', reason: 'St\u2066ängt' },
      },
      {
        method: 'PUT' as const,
        url: '/api/staff/categories',
        cookie: sessions.editor,
        payload: { categories: [{ id: 'bank-id', order: 1, name: { sv: 'Bank\u202DID' } }] },
      },
    ];
    for (const { cookie, ...attempt } of attempts) {
      const response = await server.app.inject({ ...attempt, headers: { ...headers, cookie: cookie ?? '' } });
      expect(response.statusCode, JSON.stringify(attempt.payload)).toBe(400);
    }
    const after = (await server.app.inject({ url: '/api/staff/times', headers: { cookie: sessions.helper ?? '' } }))
      .body;
    expect(after).toBe(before);
  });

  it('keeps the direction marks right-to-left text needs', async () => {
    const response = await server.app.inject({
      method: 'PUT',
      url: '/api/staff/branches/filial',
      headers: { origin: OWN, host: HOST, cookie: sessions.helper ?? '' },
      payload: { name: 'مكتبة\u200F 2', place: 'الطابق\u200E 1', openingHours: {} },
    });
    expect(response.statusCode).toBe(200);
  });
});
