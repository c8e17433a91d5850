import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
const PASSWORD = 'correct horse battery';
const PROXY = '10.1.2.3';

afterEach(async () => {
  await server.close();
});

async function start(options: { trustProxy?: string[] } = {}): Promise<void> {
  server = await testServer({ seed: false, ...options });
  await server.app.staff.createUser({ username: 'admin', role: 'admin', passwordHash: await hashPassword(PASSWORD) });
}

/** One login attempt from a client address, optionally through a proxy that names the client. */
function attempt(
  username: string,
  password: string,
  from: { remoteAddress: string; headers?: Record<string, string> },
) {
  return server.app.inject({
    method: 'POST',
    url: '/api/staff/login',
    remoteAddress: from.remoteAddress,
    headers: { ...SAME_ORIGIN, ...from.headers },
    payload: { username, password },
  });
}

const viaProxy = (client: string, extra: Record<string, string> = {}) => ({
  remoteAddress: PROXY,
  headers: { 'x-forwarded-for': client, ...extra },
});

describe('login throttling', () => {
  it('never keeps the right password out because a stranger guessed wrong from another address', async () => {
    await start();
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      statuses.push((await attempt('admin', `guess ${i}`, { remoteAddress: '127.0.0.2' })).statusCode);
    }
    const startedAt = performance.now();
    const staff = await attempt('admin', PASSWORD, { remoteAddress: '127.0.0.3' });
    const latencyMs = performance.now() - startedAt;
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.cookies.find((c) => c.name === 'sp_session')?.value).toBeTruthy();

    // The stranger is slowed down: a few wrong answers, then only 429s, each saying when to come back.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    const slowed = await attempt('admin', PASSWORD, { remoteAddress: '127.0.0.2' });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['content-type']).toContain('application/problem+json');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    console.info(
      `right password from a second address after 100 wrong ones: ${staff.statusCode} in ${latencyMs.toFixed(0)} ms`,
    );
  });

  it('treats an unknown name like a wrong password, so names cannot be probed', async () => {
    await start();
    const known = [];
    const unknown = [];
    for (let i = 0; i < 4; i++)
      known.push((await attempt('admin', 'wrong', { remoteAddress: '127.0.0.2' })).statusCode);
    for (let i = 0; i < 4; i++)
      unknown.push((await attempt('nobody', 'wrong', { remoteAddress: '127.0.0.2' })).statusCode);
    expect(known).toEqual([401, 401, 401, 429]);
    expect(unknown).toEqual(known);
  });

  it('caps attempts per address, whatever names are tried', async () => {
    await start();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await attempt(`user${i}`, 'wrong', { remoteAddress: '127.0.0.4' })).statusCode);
    }
    expect(statuses[0]).toBe(401);
    expect(statuses.at(-1)).toBe(429);
    // Another address still gets in.
    expect((await attempt('admin', PASSWORD, { remoteAddress: '127.0.0.5' })).statusCode).toBe(200);
  });
});

describe('TRUST_PROXY', () => {
  it('throttles each client behind a trusted proxy on its own', async () => {
    await start({ trustProxy: [PROXY] });
    for (let i = 0; i < 3; i++) expect((await attempt('admin', 'wrong', viaProxy('203.0.113.7'))).statusCode).toBe(401);
    expect((await attempt('admin', PASSWORD, viaProxy('203.0.113.7'))).statusCode).toBe(429);
    expect((await attempt('admin', PASSWORD, viaProxy('198.51.100.8'))).statusCode).toBe(200);
  });

  it('caps attempts per client behind a trusted proxy, not per proxy', async () => {
    await start({ trustProxy: [PROXY] });
    let last = 0;
    for (let i = 0; i < 30 && last !== 429; i++) {
      last = (await attempt(`user${i}`, 'wrong', viaProxy('203.0.113.7'))).statusCode;
    }
    expect(last).toBe(429);
    expect((await attempt('admin', PASSWORD, viaProxy('198.51.100.8'))).statusCode).toBe(200);
  });

  it('sets a Secure cookie when the trusted proxy says the visitor came over HTTPS', async () => {
    await start({ trustProxy: [PROXY] });
    const login = await attempt('admin', PASSWORD, viaProxy('203.0.113.7', { 'x-forwarded-proto': 'https' }));
    expect(login.statusCode).toBe(200);
    expect(login.cookies.find((c) => c.name === 'sp_session')).toMatchObject({ secure: true, httpOnly: true });
  });

  it('ignores forwarded headers from an address that is not a listed proxy', async () => {
    await start({ trustProxy: [PROXY] });
    const login = await attempt('admin', PASSWORD, {
      remoteAddress: '10.9.9.9',
      headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies.find((c) => c.name === 'sp_session')?.secure).toBeFalsy();
  });

  it('is off by default: forwarded headers are ignored and the socket address counts', async () => {
    await start();
    for (let i = 0; i < 3; i++) expect((await attempt('admin', 'wrong', viaProxy('203.0.113.7'))).statusCode).toBe(401);
    // Another client named in the header is the same address to the server: still slowed down.
    expect((await attempt('admin', PASSWORD, viaProxy('198.51.100.8'))).statusCode).toBe(429);
    const direct = await attempt('admin', PASSWORD, {
      remoteAddress: '10.9.9.9',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(direct.statusCode).toBe(200);
    expect(direct.cookies.find((c) => c.name === 'sp_session')?.secure).toBeFalsy();
  });
});
