import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/domain/content.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN } from '../helpers/staff.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = ['index.html', 'staff/index.html'];

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let publicDir: string;

beforeAll(async () => {
  // The source pages stand in for the build: the headers do not depend on what Vite adds.
  publicDir = mkdtempSync(join(tmpdir(), 'servicepunkt-public-'));
  mkdirSync(join(publicDir, 'staff'));
  for (const page of PAGES) cpSync(join(ROOT, page), join(publicDir, page));
  server = await testServer({ publicDir });
});
afterAll(async () => {
  await server.close();
  rmSync(publicDir, { recursive: true, force: true });
});

/** A Content-Security-Policy header as directive → sources. */
function policy(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [String(name), sources]),
  );
}

/** Headers every answer carries, HTML or not. */
function expectBaseline(headers: Record<string, unknown>): Map<string, string[]> {
  const csp = policy(headers['content-security-policy']);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  return csp;
}

describe('security headers', () => {
  it.each(['/', '/staff/'])('%s: a strict policy for the app, no inline script', async (url) => {
    const response = await server.app.inject(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const csp = expectBaseline(response.headers);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    for (const directive of ['connect-src', 'worker-src', 'manifest-src', 'font-src']) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
    // A kiosk on a plain-HTTP library network must not be sent to https:// for its own files.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('keeps the take-away page’s own stricter policy', async () => {
    const response = await server.app.inject('/take/bankid/sv');
    expect(response.statusCode).toBe(200);
    const csp = expectBaseline(response.headers);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('script-src')).toBe(false);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    // Its fonts (Arabic and Ethiopic script) come from this server and nowhere else.
    expect(csp.get('font-src')).toEqual(["'self'"]);
  });

  it('keeps the media route’s sandbox', async () => {
    const manifest = (await server.app.inject('/api/content/manifest')).json() as Manifest;
    const svg = manifest.media.find((m) => m.type === 'image/svg+xml');
    const response = await server.app.inject(`/media/${svg?.hash}`);
    expect(response.statusCode).toBe(200);
    const csp = expectBaseline(response.headers);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('sandbox')).toBe(true);
  });

  it.each([
    ['an unknown route', '/api/nope', 404],
    ['bad input', '/api/content/entries?hashes=nothex', 400],
    ['JSON', '/api/content/manifest', 200],
    // Refused before routing, where no route hook runs.
    ['a malformed URL', '/%E0%A4%A', 400],
  ])('%s: the same headers on an API answer', async (_what, url, status) => {
    const response = await server.app.inject(url);
    expect(response.statusCode).toBe(status);
    expectBaseline(response.headers);
  });

  it('the same headers on a refused login and on the rate limit’s 429', async () => {
    const login = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/staff/login',
        remoteAddress: '192.0.2.9',
        headers: SAME_ORIGIN,
        payload: { username: 'nobody', password: 'wrong' },
      });
    const statuses = [];
    for (let i = 0; i < 25; i++) {
      const response = await login();
      statuses.push(response.statusCode);
      expectBaseline(response.headers);
    }
    expect(new Set(statuses)).toEqual(new Set([401, 429]));
  });
});

describe('the pages Vite builds from', () => {
  it.each(PAGES)('%s has no inline script or style, so the policy needs no hash or unsafe-inline', (page) => {
    const { document } = new JSDOM(readFileSync(join(ROOT, page), 'utf8')).window;
    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('src'), script.outerHTML).toBeTruthy();
      expect(script.textContent?.trim()).toBe('');
    }
    expect(document.querySelectorAll('style, [style]').length).toBe(0);
    expect(
      [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('on')),
    ).toEqual([]);
  });
});
