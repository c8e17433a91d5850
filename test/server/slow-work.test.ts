import { afterEach, describe, expect, it } from 'vitest';
import type { MediaFileInfo } from '../../src/domain/staff-api.js';
import { healthDuring } from '../helpers/healthz-while.js';
import { testServer } from '../helpers/server.js';
import { slowSvg } from '../helpers/slow-svg.js';
import { signedIn } from '../helpers/staff.js';
import { activeParts } from '../helpers/svg.js';

type WorkOptions = NonNullable<Parameters<typeof testServer>[0]>['work'];

const servers: Awaited<ReturnType<typeof testServer>>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A seeded server with an editor signed in, its slow work sized by `work`. */
async function editorServer(work: WorkOptions) {
  const server = await testServer({ work });
  servers.push(server);
  return { ...server, headers: await signedIn(server) };
}

type Server = Awaited<ReturnType<typeof editorServer>>;

/** What an editor sees of the content: the guides and the media files. */
async function contentOf({ app, headers }: Server) {
  const guides = (await app.inject({ url: '/api/staff/guides', headers })).json();
  const media = (await app.inject({ url: '/api/staff/media', headers })).json() as { files: MediaFileInfo[] };
  return { guides, media: media.files };
}

/** A multipart upload of one file, as the console sends it. */
async function uploadRequest(headers: Record<string, string>, name: string, text: string) {
  const form = new FormData();
  form.append('file', new Blob([text]), name);
  const request = new Request('http://x/', { method: 'POST', body: form });
  return {
    method: 'POST' as const,
    url: '/api/staff/media',
    headers: { ...headers, 'content-type': request.headers.get('content-type') ?? '' },
    payload: Buffer.from(await request.arrayBuffer()),
  };
}

const MB = 1024 * 1024;

/** Bytes that pass for an MP4 video: `ftyp` where the format has it. */
function fakeVideo(bytes: number): Buffer {
  const video = Buffer.alloc(bytes, 7);
  video.write('ftypmp42', 4, 'latin1');
  return video;
}

/** The server's own pack, with 24 MB of video and two drawings that are slow to sanitise added. */
async function largePack({ app, headers }: Server) {
  const pack = (await app.inject({ url: '/api/staff/pack', headers })).json();
  for (const n of [1, 2, 3])
    pack.media.push({ path: `media/big-${n}.mp4`, data: fakeVideo(8 * MB).toString('base64') });
  for (const n of [1, 2]) {
    pack.media.push({ path: `media/slow-${n}.svg`, data: Buffer.from(slowSvg(150 * 1024)).toString('base64') });
  }
  return pack;
}

/** The import of a pack file; its bytes are made beforehand, as a real client's would be, off the server's loop. */
const importRequest = (headers: Record<string, string>, body: string) => ({
  method: 'POST' as const,
  url: '/api/staff/pack',
  headers: { ...headers, 'content-type': 'application/json' },
  payload: Buffer.from(body),
});

describe('SVG uploads are sanitised off the event loop', () => {
  it('keeps /healthz quick while a large drawing is sanitised, and stores it', { timeout: 120_000 }, async () => {
    const server = await editorServer({ svgBudgetMs: 60_000 });
    const { longestMs, polls, response } = await healthDuring(
      server.app,
      await uploadRequest(server.headers, 'diagram.svg', slowSvg(400 * 1024)),
    );
    expect(longestMs).toBeLessThan(200);
    // More than one poll: the event loop was free while the work went on, not only after it.
    expect(polls).toBeGreaterThan(1);
    expect(response.statusCode, response.body).toBe(201);
    const stored = (await contentOf(server)).media.find((f) => f.path === 'media/diagram.svg');
    const served = await server.app.inject(`/media/${stored?.hash}`);
    expect(served.body).toContain('<rect');
    expect(activeParts(served.body)).toEqual([]);
  });

  it('refuses a drawing over its time budget with 422 naming the file, and stores nothing', {
    timeout: 120_000,
  }, async () => {
    const server = await editorServer({ svgBudgetMs: 200 });
    const before = await contentOf(server);
    const response = await server.app.inject(await uploadRequest(server.headers, 'slow.svg', slowSvg(600 * 1024)));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toContain('slow.svg');
    expect(await contentOf(server)).toEqual(before);
  });
});

describe('pack import runs off the event loop', () => {
  it('keeps /healthz quick while a large pack is imported, and imports it', { timeout: 120_000 }, async () => {
    const server = await editorServer({ svgBudgetMs: 60_000, packBudgetMs: 120_000 });
    const pack = await largePack(server);
    const { longestMs, polls, response } = await healthDuring(
      server.app,
      importRequest(server.headers, JSON.stringify(pack)),
    );
    expect(longestMs).toBeLessThan(200);
    // More than one poll: the event loop was free while the work went on, not only after it.
    expect(polls).toBeGreaterThan(1);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ guides: pack.content.guides.length, media: pack.media.length });
    const media = (await contentOf(server)).media;
    expect(media.find((f) => f.path === 'media/big-2.mp4')?.size).toBe(8 * MB);
    const drawing = await server.app.inject(`/media/${media.find((f) => f.path === 'media/slow-1.svg')?.hash}`);
    expect(drawing.body).toContain('<rect');
  });

  it('refuses a large pack whose JSON is cut off with 400, keeping /healthz quick and changing nothing', {
    timeout: 120_000,
  }, async () => {
    const server = await editorServer({ svgBudgetMs: 60_000, packBudgetMs: 120_000 });
    const text = JSON.stringify(await largePack(server));
    const before = await contentOf(server);
    const { longestMs, polls, response } = await healthDuring(
      server.app,
      importRequest(server.headers, text.slice(0, -20)),
    );
    expect(longestMs).toBeLessThan(200);
    // More than one poll: the event loop was free while the work went on, not only after it.
    expect(polls).toBeGreaterThan(1);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      title: 'Not a usable content pack',
      detail: expect.stringMatching(/JSON/),
    });
    expect(await contentOf(server)).toEqual(before);
  });

  it('refuses an import with no body at all with 400, and changes nothing', async () => {
    const server = await editorServer({});
    const before = await contentOf(server);
    const response = await server.app.inject({ method: 'POST', url: '/api/staff/pack', headers: server.headers });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ title: 'Not a usable content pack' });
    expect(await contentOf(server)).toEqual(before);
  });

  it('refuses a pack with a drawing over the SVG budget with 422 naming it, and changes nothing', {
    timeout: 120_000,
  }, async () => {
    const server = await editorServer({ svgBudgetMs: 200 });
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers: server.headers })).json();
    // First, so it is the drawing checked first: the seed's small ones may pass 200 ms too on a busy machine.
    pack.media.unshift({ path: 'media/slow.svg', data: Buffer.from(slowSvg(600 * 1024)).toString('base64') });
    const before = await contentOf(server);
    const response = await server.app.inject(importRequest(server.headers, JSON.stringify(pack)));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().detail).toContain('media/slow.svg');
    expect(await contentOf(server)).toEqual(before);
  });
});
