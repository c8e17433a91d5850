import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.js';
import { ENTRIES_MEDIA_TYPE, type Manifest } from '../../src/domain/content.js';
import { readContentDir } from '../../src/server/content/content-dir.js';
import { publishContent } from '../../src/server/content/publish.js';
import { SEED_DIR, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;

const ENCODINGS = ['br', 'gzip', 'identity'] as const;
type Encoding = (typeof ENCODINGS)[number];

/** The bytes a client gets after undoing the content-encoding the server says it used. */
function decoded(rawPayload: Buffer, contentEncoding: unknown): Buffer {
  if (contentEncoding === 'br') return brotliDecompressSync(rawPayload);
  if (contentEncoding === 'gzip') return gunzipSync(rawPayload);
  expect(contentEncoding).toBeUndefined();
  return rawPayload;
}

const varyOnEncoding = (vary: unknown) => expect(String(vary)).toMatch(/(^|,)\s*accept-encoding\s*(,|$)/i);

// A hashed script well above the threshold, a small stylesheet below it, and a font.
const SCRIPT = `export const words = [${Array.from({ length: 400 }, (_, i) => `'ord ${i}'`).join(', ')}];\n`;
const HASHED_SCRIPT = 'assets/kiosk-AbCd1234.js';

let server: Server;
let publicDir: string;
let manifest: Manifest;
let manifestEtag: string;
let bigSvg: string;

beforeAll(async () => {
  publicDir = mkdtempSync(join(tmpdir(), 'servicepunkt-compress-'));
  mkdirSync(join(publicDir, 'assets'));
  writeFileSync(join(publicDir, 'index.html'), `<!doctype html><title>k</title>${'<p>hej</p>'.repeat(200)}`);
  writeFileSync(join(publicDir, HASHED_SCRIPT), SCRIPT);
  writeFileSync(join(publicDir, 'assets/font-AbCd1234.woff2'), Buffer.alloc(4096, 7));
  expect(precompressDir(publicDir).sort()).toEqual([HASHED_SCRIPT, 'index.html']);
  server = await testServer({ publicDir });
  // The seed's pictures are small; media must be left alone however well they would compress.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(200)}</svg>`;
  bigSvg = server.media.put(Buffer.from(svg));
  const source = readContentDir(SEED_DIR, server.media);
  source.media.push({ hash: bigSvg, size: Buffer.byteLength(svg), type: 'image/svg+xml' });
  await publishContent(server.app.content, source, 'a large picture');
  const response = await server.app.inject('/api/content/manifest');
  manifest = response.json();
  manifestEtag = String(response.headers.etag);
  // Seeding and publishing read and check every guide; the shared machine can be slow.
}, 120_000);
afterAll(async () => {
  await server.close();
  rmSync(publicDir, { recursive: true, force: true });
});

/** GETs `url` as a client accepting `encoding`, and returns the answer with its body decoded. */
async function get(url: string, encoding: Encoding, headers: Record<string, string> = {}) {
  const response = await server.app.inject({ url, headers: { 'accept-encoding': encoding, ...headers } });
  return { response, body: decoded(response.rawPayload, response.headers['content-encoding']) };
}

/**
 * Every encoding gives the same bytes; br and gzip clients get them compressed; all vary on it.
 * `normalise` blanks what legitimately differs between two requests (the feed's time of making).
 */
async function sameBytesEveryEncoding(
  url: string,
  headers: Record<string, string> = {},
  normalise: (body: Buffer) => Buffer = (body) => body,
): Promise<Buffer> {
  const answers = (await Promise.all(ENCODINGS.map((e) => get(url, e, headers)))).map((a) => ({
    ...a,
    body: normalise(a.body),
  }));
  for (const [i, { response }] of answers.entries()) {
    expect(response.statusCode).toBe(200);
    const expected = ENCODINGS[i] === 'identity' ? undefined : ENCODINGS[i];
    expect(response.headers['content-encoding']).toBe(expected);
    varyOnEncoding(response.headers.vary);
  }
  const [br, gzip, identity] = answers.map((a) => a.body);
  expect(br?.equals(identity as Buffer)).toBe(true);
  expect(gzip?.equals(identity as Buffer)).toBe(true);
  // Compression that does not pay would be a bug of its own.
  expect(answers[0]?.response.rawPayload.byteLength).toBeLessThan((identity as Buffer).byteLength);
  return identity as Buffer;
}

describe('static files', () => {
  it('serves the build precompressed, byte-identical for br, gzip and raw clients', async () => {
    const body = await sameBytesEveryEncoding(`/${HASHED_SCRIPT}`);
    expect(body.toString()).toBe(SCRIPT);
    // The build's own compressed files, not a per-request compression.
    for (const [encoding, suffix] of [
      ['br', 'br'],
      ['gzip', 'gz'],
    ] as const) {
      const { response } = await get(`/${HASHED_SCRIPT}`, encoding);
      expect(response.rawPayload.equals(readFileSync(join(publicDir, `${HASHED_SCRIPT}.${suffix}`)))).toBe(true);
    }
  });

  it('keeps the cache rules for compressed answers: hashed assets forever, the rest revalidated', async () => {
    for (const encoding of ENCODINGS) {
      const script = await get(`/${HASHED_SCRIPT}`, encoding);
      expect(script.response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      const page = await get('/', encoding);
      expect(page.response.headers['cache-control']).toBe('no-cache');
      expect(page.response.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it('answers a revalidation of a compressed file with 304', async () => {
    const first = await get(`/${HASHED_SCRIPT}`, 'br');
    const again = await server.app.inject({
      url: `/${HASHED_SCRIPT}`,
      headers: { 'accept-encoding': 'br', 'if-none-match': String(first.response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.byteLength).toBe(0);
  });

  it('sends fonts as they are', async () => {
    const { response } = await get('/assets/font-AbCd1234.woff2', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.byteLength).toBe(4096);
  });
});

describe('API answers', () => {
  it('compresses the manifest, byte-identical for every client', async () => {
    const body = await sameBytesEveryEncoding('/api/content/manifest');
    expect(JSON.parse(body.toString())).toEqual(manifest);
  });

  it('compresses an entry batch (the custom media type counts as compressible)', async () => {
    const hashes = manifest.entries.slice(0, 20).map((e) => e.hash);
    const url = `/api/content/entries?hashes=${hashes.join(',')}`;
    const body = await sameBytesEveryEncoding(url);
    const { response } = await get(url, 'br');
    expect(response.headers['content-type']).toBe(ENTRIES_MEDIA_TYPE);
    for (const hash of hashes) expect(body.includes(hash)).toBe(true);
  });

  it('compresses a batch whose first hash begins "80", which @fastify/compress took for deflate data', async () => {
    // An entry whose hash begins 80: its batch's first two bytes, "80", read as a deflate header.
    let body = '';
    let hash = '';
    for (let n = 0; !hash.startsWith('80'); n++) {
      body = JSON.stringify({ note: 'x'.repeat(2000), n });
      hash = createHash('sha256').update(body).digest('hex');
    }
    await server.db.insertInto('content_blob').values({ hash, kind: 'guide', body, size: body.length }).execute();
    const url = `/api/content/entries?hashes=${hash}`;
    const decodedBody = await sameBytesEveryEncoding(url);
    expect(decodedBody.toString()).toBe(`${hash} ${body.length}\n${body}\n`);
  });

  it('compresses the slot feed', async () => {
    const auth = { authorization: `Bearer ${server.kioskToken}` };
    const madeAt = /"generatedAt":"[^"]+"/;
    const body = await sameBytesEveryEncoding('/api/kiosk/slots', auth, (b) =>
      Buffer.from(b.toString().replace(madeAt, '"generatedAt":""')),
    );
    expect(body.toString()).toMatch(/"generatedAt":""/);
  });

  it('leaves an answer below the threshold uncompressed, but still keys caches on the encoding', async () => {
    const { response } = await get('/healthz', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.byteLength).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
    varyOnEncoding(response.headers.vary);
  });

  it('leaves media alone, even a compressible SVG above the threshold', async () => {
    const svg = manifest.media.find((m) => m.hash === bigSvg);
    expect(svg?.size).toBeGreaterThan(1024);
    const { response } = await get(`/media/${svg?.hash}`, 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.byteLength).toBe(svg?.size);
    const range = await get(`/media/${svg?.hash}`, 'gzip', { range: 'bytes=0-99' });
    expect(range.response.statusCode).toBe(206);
    expect(range.response.headers['content-encoding']).toBeUndefined();
    expect(range.response.rawPayload.byteLength).toBe(100);
  });
});

describe('ETags through compression', () => {
  it('gives a compressed manifest a weak ETag, which still earns a 304 from any client', async () => {
    const { response } = await get('/api/content/manifest', 'br');
    const etag = String(response.headers.etag);
    // Not the raw bytes' strong tag: a compressed body is other bytes.
    expect(etag).toBe(`W/${manifestEtag}`);
    for (const encoding of ENCODINGS) {
      for (const tag of [etag, manifestEtag]) {
        const again = await server.app.inject({
          url: '/api/content/manifest',
          headers: { 'accept-encoding': encoding, 'if-none-match': tag },
        });
        expect(again.statusCode).toBe(304);
        expect(again.rawPayload.byteLength).toBe(0);
        expect(again.headers['content-encoding']).toBeUndefined();
        varyOnEncoding(again.headers.vary);
      }
    }
  });

  it('answers a kiosk that revalidates a compressed slot feed with 304', async () => {
    const auth = { authorization: `Bearer ${server.kioskToken}` };
    const { response } = await get('/api/kiosk/slots', 'gzip', auth);
    expect(response.headers['content-encoding']).toBe('gzip');
    const again = await server.app.inject({
      url: '/api/kiosk/slots',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(response.headers.etag), ...auth },
    });
    expect(again.statusCode).toBe(304);
  });
});
