import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRIES_MEDIA_TYPE, type Manifest, parseEntries } from '../../src/domain/content.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import { readContentDir } from '../../src/server/content/content-dir.js';
import { publishContent } from '../../src/server/content/publish.js';
import { SEED_DIR, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let server: Server;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

async function manifest(): Promise<{ manifest: Manifest; etag: string }> {
  const response = await server.app.inject('/api/content/manifest');
  return { manifest: response.json(), etag: String(response.headers.etag) };
}

describe('health and errors', () => {
  it('answers /healthz when the database answers', async () => {
    const response = await server.app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with problem+json', async () => {
    const response = await server.app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('says plainly that the kiosk is not built when the build folder is missing', async () => {
    const response = await server.app.inject('/');
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('npm run build');
  });
});

describe('GET /api/content/manifest', () => {
  it('lists every seed guide in Swedish and English, with the categories', async () => {
    const { manifest: m, etag } = await manifest();
    expect(m.version).toBe(1);
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const guides = m.entries.filter((e) => e.kind === 'guide').map((e) => `${e.id}:${e.lang}`);
    expect(guides).toEqual(
      expect.arrayContaining(['guide/bankid:sv', 'guide/bankid:en', 'guide/1177:sv', 'guide/1177:en']),
    );
    expect(guides).toEqual(expect.arrayContaining(['guide/print-scan:sv', 'guide/print-scan:en']));
    expect(m.entries.filter((e) => e.kind === 'categories')).toHaveLength(LANGUAGES.length);
    expect(m.media.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 304 with no body to a matching If-None-Match, strong or weak', async () => {
    const { etag } = await manifest();
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await server.app.inject({ url: '/api/content/manifest', headers: { 'if-none-match': header } });
      expect(response.statusCode).toBe(304);
      expect(response.body).toBe('');
    }
  });

  it('answers 200 to an ETag of an older version', async () => {
    const response = await server.app.inject({
      url: '/api/content/manifest',
      headers: { 'if-none-match': '"0000"' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('says no content is published on an empty database', async () => {
    const empty = await testServer({ seed: false });
    const response = await empty.app.inject('/api/content/manifest');
    await empty.close();
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ type: '/problems/no-content-published' });
  });
});

describe('GET /api/content/entries', () => {
  it('returns the exact bytes of each entry, which hash to their name, cacheable forever', async () => {
    const { manifest: m } = await manifest();
    const hashes = m.entries.slice(0, 3).map((e) => e.hash);
    const response = await server.app.inject(`/api/content/entries?hashes=${hashes.join(',')}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.headers['content-type']).toBe(ENTRIES_MEDIA_TYPE);
    const entries = parseEntries(new Uint8Array(response.rawPayload));
    expect(entries.map((e) => e.hash)).toEqual(hashes);
    for (const entry of entries) expect(sha256(Buffer.from(entry.bytes))).toBe(entry.hash);
    // Nothing but the entries and a short header for each.
    const bodies = entries.reduce((sum, e) => sum + e.bytes.byteLength, 0);
    expect(response.rawPayload.byteLength).toBeLessThan(bodies + hashes.length * 80);
  });

  it.each([
    ['no hashes', '/api/content/entries', /querystring/],
    ['a malformed hash', `/api/content/entries?hashes=${'z'.repeat(64)}`, /hex SHA-256/],
    [
      'too many hashes',
      `/api/content/entries?hashes=${Array(61).fill('a'.repeat(64)).join(',')}`,
      /at most|querystring/,
    ],
    ['an unknown parameter', `/api/content/entries?hashes=${'a'.repeat(64)}&x=1`, /querystring/],
  ])('refuses %s with 400 problem+json', async (_name, url, detail) => {
    const response = await server.app.inject(url);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toMatch(detail);
  });

  it('answers 404 naming the hashes it does not hold', async () => {
    const unknown = 'b'.repeat(64);
    const response = await server.app.inject(`/api/content/entries?hashes=${unknown}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().missing).toEqual([unknown]);
  });
});

describe('GET /media/<sha256>', () => {
  it('serves a file whole, with its type, immutable', async () => {
    const { manifest: m } = await manifest();
    const svg = m.media.find((x) => x.type === 'image/svg+xml');
    const response = await server.app.inject(`/media/${svg?.hash}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(sha256(response.rawPayload)).toBe(svg?.hash);
  });

  it('answers a Range request with 206 and the slice asked for', async () => {
    const { manifest: m } = await manifest();
    const file = m.media[0];
    const response = await server.app.inject({ url: `/media/${file?.hash}`, headers: { range: 'bytes=10-19' } });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes 10-19/${file?.size}`);
    expect(response.rawPayload.byteLength).toBe(10);
  });

  it('answers unknown and malformed hashes with problem+json', async () => {
    expect((await server.app.inject(`/media/${'c'.repeat(64)}`)).statusCode).toBe(404);
    const bad = await server.app.inject('/media/..%2F..%2Fservicepunkt.sqlite');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('publishing', () => {
  it('makes no new version when nothing changed', async () => {
    const result = await publishContent(server.app.content, readContentDir(SEED_DIR, server.media), 'again');
    expect(result).toMatchObject({ version: 1, created: false });
  });

  it('makes a new version with a new ETag when one guide changes, sharing every other entry', async () => {
    const before = await manifest();
    const source = readContentDir(SEED_DIR, server.media);
    const changed = source.entries.find((e) => e.id === 'guide/bankid' && e.lang === 'sv');
    if (changed?.kind !== 'guide') throw new Error('seed lacks the Swedish BankID guide');
    (changed.body as { title: string }).title = 'BankID (ändrad)';
    const result = await publishContent(server.app.content, source, 'BankID: new title');
    expect(result).toMatchObject({ version: 2, created: true });

    const after = await manifest();
    expect(after.etag).not.toBe(before.etag);
    const differing = after.manifest.entries.filter(
      (e) => before.manifest.entries.find((b) => b.id === e.id && b.lang === e.lang)?.hash !== e.hash,
    );
    expect(differing.map((e) => `${e.id}:${e.lang}`)).toEqual(['guide/bankid:sv']);
    const old = await server.app.inject({ url: '/api/content/manifest', headers: { 'if-none-match': before.etag } });
    expect(old.statusCode).toBe(200);
  });
});

describe('bad input never reaches a 5xx', () => {
  it.each([
    ['GET', '/%E0%A4%A'],
    ['GET', '/api/content/entries?hashes=%00'],
    ['GET', `/api/content/entries?hashes=${'a'.repeat(100_000)}`],
    ['GET', '/api/content/entries?hashes=a&hashes=b'],
    ['GET', '/media/%2e%2e%2fservicepunkt.sqlite'],
    ['GET', `/media/${'A'.repeat(64)}`],
    ['POST', '/api/content/manifest'],
    ['DELETE', '/api/content/entries'],
    ['PUT', '/healthz'],
  ])('%s %s answers 4xx problem+json', async (method, url) => {
    const response = await server.app.inject({ method: method as 'GET', url });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a POST with a broken JSON body with 4xx problem+json', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/content/manifest',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
