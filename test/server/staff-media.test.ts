import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuideDetail, GuideList, MediaFileInfo } from '../../src/domain/staff-api.js';
import { checkUpload } from '../../src/server/content/media-check.js';
import { SEED_DIR, testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';
import { activeParts } from '../helpers/svg.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let headers: Record<string, string>;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHej\n';

beforeEach(async () => {
  server = await testServer();
  headers = await signedIn(server);
});
afterEach(async () => {
  await server.close();
});

async function upload(name: string, bytes: Buffer | string) {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  const request = new Request('http://x/', { method: 'POST', body: form });
  return server.app.inject({
    method: 'POST',
    url: '/api/staff/media',
    headers: { ...headers, 'content-type': request.headers.get('content-type') ?? '' },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}
const files = async () =>
  ((await server.app.inject({ url: '/api/staff/media', headers })).json() as { files: MediaFileInfo[] }).files;

describe('media uploads', () => {
  it('stores an image by its hash and serves it, sandboxed', async () => {
    const response = await upload('diagram.png', PNG);
    expect(response.statusCode).toBe(201);
    const file = response.json() as MediaFileInfo;
    expect(file).toMatchObject({ path: 'media/diagram.png', type: 'image/png', size: PNG.byteLength });
    expect((await files()).map((f) => f.path)).toContain('media/diagram.png');
    const served = await server.app.inject(`/media/${file.hash}`);
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect(served.headers['content-security-policy']).toContain('sandbox');
  });

  it.each([
    ['a program', 'setup.exe', Buffer.from('MZ'), 415, /only/],
    ['too large an image', 'big.png', Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), 413, /at most 5 MB/],
    ['text renamed to .png', 'fake.png', Buffer.from('hello'), 400, /not really/],
    ['captions without a header', 'video-x.sv.vtt', Buffer.from('00:00:01.000 --> 00:00:02.000\nHej'), 400, /WEBVTT/],
    [
      'captions with a broken timing',
      'video-x.sv.vtt',
      Buffer.from('WEBVTT\n\n00:01.000 --> 00:00.500\nHej'),
      400,
      /end after it starts/,
    ],
    [
      'an SVG over its own, smaller limit',
      'big.svg',
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(1024 * 1024)}--></svg>`),
      413,
      /SVG files may be at most 1 MB/,
    ],
    ['an SVG that is not XML', 'bad.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'), 400, /XML/],
    ['an <svg> browsers would not draw', 'bad.svg', Buffer.from('<svg><script>alert(1)</script></svg>'), 400, /root/],
    ['a file name with odd characters', 'bild (1).png', PNG, 400, /letters/],
  ])('refuses %s with a clear message and stores nothing', async (_what, name, bytes, status, detail) => {
    const before = await files();
    const response = await upload(name, bytes);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json().detail).toMatch(detail);
    expect(await files()).toEqual(before);
  });

  it.each([
    ['multipart without a boundary', 'multipart/form-data', ''],
    [
      'multipart cut off mid-file',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nab',
    ],
  ])('refuses %s with 400 and stores nothing', async (_what, type, payload) => {
    const before = await files();
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/staff/media',
      headers: { ...headers, 'content-type': type },
      payload,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json().title).toBe('Not a file upload');
    expect(await files()).toEqual(before);
  });

  it('accepts valid captions', async () => {
    expect((await upload('video-bankid.ar.vtt', VTT)).statusCode).toBe(201);
  });

  it.each([
    ['<set> turning on an event handler', '<set attributeName="onclick" to="alert(1)"/>'],
    ['<animate> giving a link javascript:', '<a><animate attributeName="href" values="javascript:alert(1)"/></a>'],
    ['an entity-hidden javascript: link', '<a href="&#106;avascript:alert(1)"><text>x</text></a>'],
    ['a script', '<script>alert(1)</script>'],
    ['an external <use>', '<use href="http://evil.example/sprite.svg#a"/>'],
  ])('stores an SVG with %s sanitised, saying what was removed', async (_what, inner) => {
    const input = `<svg xmlns="http://www.w3.org/2000/svg">${inner}<rect width="9" height="9"/></svg>`;
    const response = await upload('drawing.svg', input);
    expect(response.statusCode).toBe(201);
    const file = response.json() as MediaFileInfo & { removed: string[] };
    expect(file.removed.length).toBeGreaterThan(0);
    const served = await server.app.inject(`/media/${file.hash}`);
    expect(served.body).toContain('<rect');
    expect(activeParts(served.body)).toEqual([]);
    expect(file.size).toBe(served.rawPayload.byteLength);
  });

  it('stores a plain SVG with nothing removed', async () => {
    const response = await upload('printer.svg', readFileSync(join(SEED_DIR, 'media', 'printer.svg')));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ type: 'image/svg+xml', removed: [] });
  });

  it('accepts every file of the seed content', () => {
    const dir = join(SEED_DIR, 'media');
    for (const name of readdirSync(dir).filter((n) => !n.endsWith('.md'))) {
      expect(() => checkUpload(name, readFileSync(join(dir, name)))).not.toThrow();
    }
  });

  it('attaches an uploaded video to a guide, and refuses one that is not uploaded', async () => {
    const put = (path: string | null) =>
      server.app.inject({ method: 'PUT', url: '/api/staff/guides/csn/video', headers, payload: { path } });
    expect(((await put('media/video-print.mp4')).json() as GuideDetail).video).toBe('media/video-print.mp4');
    expect((await put('media/nothing.mp4')).statusCode).toBe(400);
    expect(((await put(null)).json() as GuideDetail).video).toBeNull();
  });
});

describe('content packs', () => {
  it('import SVGs sanitised', async () => {
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers })).json();
    const svg = pack.media.find((m: { path: string }) => m.path.endsWith('.svg'));
    const evil = '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onclick" to="alert(1)"/><rect/></svg>';
    svg.data = Buffer.from(evil).toString('base64');
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/staff/pack',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify(pack),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const stored = (await files()).find((f) => f.path === svg.path);
    const served = await server.app.inject(`/media/${stored?.hash}`);
    expect(served.statusCode).toBe(200);
    expect(served.body).toContain('<rect');
    expect(activeParts(served.body)).toEqual([]);
  });

  it('export and import round-trip: the same guides, texts and media', async () => {
    const pack = await server.app.inject({ url: '/api/staff/pack', headers });
    expect(pack.headers['content-disposition']).toMatch(/attachment; filename="servicepunkt-content-/);
    const before = await server.app.inject({ url: '/api/staff/guides', headers });
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/staff/pack',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: pack.body,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().guides).toBe((before.json() as GuideList).guides.length);
    expect((await server.app.inject({ url: '/api/staff/guides', headers })).json()).toEqual(before.json());
  });

  it.each([
    ['not a pack at all', { hello: 'world' }, /format/],
    ['a guide in broken Markdown', 'markdown', /line/],
    ['a media file that is not what it says', 'media', /not really/],
    ['an SVG that is not a drawing', 'svg', /root/],
  ])('refuses %s and changes nothing', async (_what, breakage, detail) => {
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers })).json();
    let body: unknown = breakage;
    if (breakage === 'markdown') {
      pack.content.guides[0].texts.sv.markdown = '# T\n\n## S\n<iframe src="https://x">';
      body = pack;
    } else if (breakage === 'svg') {
      const svg = pack.media.find((m: { path: string }) => m.path.endsWith('.svg'));
      svg.data = Buffer.from('<svg><rect/></svg>').toString('base64');
      body = pack;
    } else if (breakage === 'media') {
      const png = pack.media.find((m: { path: string }) => m.path.endsWith('.svg'));
      png.path = 'media/fake.png';
      body = pack;
    }
    const before = (await server.app.inject({ url: '/api/staff/guides', headers })).json();
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/staff/pack',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(detail);
    expect((await server.app.inject({ url: '/api/staff/guides', headers })).json()).toEqual(before);
  });
});
