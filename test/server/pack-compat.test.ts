import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, ManifestEntry } from '../../src/domain/content.js';
import { serialiseGuide } from '../../src/domain/guide-blocks.js';
import { parseGuideBlocks } from '../../src/domain/guide-blocks-parse.js';
import type { Pack } from '../../src/domain/schemas/pack.js';
import type { GuideDetail, GuideList, MediaFileInfo } from '../../src/domain/staff-api.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

/**
 * A pack exported by the code from before issue 14 (commit 38b72a7: the seed content, every guide
 * in all nine languages, its images, videos and captions), and the manifest that code published
 * from the same content. test/fixtures/packs/README.md says how both were made. Editors keep such
 * packs on sticks and other servers: today's code must take them in unchanged and give the same
 * content back, and publishing them must not make kiosks download anything again.
 */
const FIXTURES = resolve(import.meta.dirname, '../fixtures/packs');
const packBytes = readFileSync(resolve(FIXTURES, 'pre-issue-14.json'));
const pack = JSON.parse(packBytes.toString('utf8')) as Pack;
const oldPublished = JSON.parse(readFileSync(resolve(FIXTURES, 'pre-issue-14.seed-published.json'), 'utf8')) as Pick<
  Manifest,
  'entries' | 'media'
>;

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let headers: Record<string, string>;

const get = async <T>(url: string) => (await server.app.inject({ url, headers })).json() as T;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const byIdAndLang = (a: ManifestEntry, b: ManifestEntry) => `${a.id} ${a.lang}`.localeCompare(`${b.id} ${b.lang}`);

// One import into one empty server: the checks below only read, and importing 153 texts and 42
// media files on every test would dominate the run.
beforeAll(async () => {
  server = await testServer({ seed: false });
  headers = await signedIn(server);
  const imported = await server.app.inject({
    method: 'POST',
    url: '/api/staff/pack',
    headers: { ...headers, 'content-type': 'application/json' },
    payload: packBytes,
  });
  expect(imported.statusCode, imported.body).toBe(200);
  expect(imported.json()).toEqual({ guides: pack.content.guides.length, media: pack.media.length });
}, 120_000);
afterAll(async () => {
  await server.close();
});

describe('a pack exported before issue 14', () => {
  it('is the whole seed: every guide in the nine languages, Arabic and Tigrinya included, with images and videos', () => {
    expect(pack.content.guides.length).toBeGreaterThanOrEqual(16);
    for (const guide of pack.content.guides)
      expect(Object.keys(guide.texts)).toEqual(expect.arrayContaining(['ar', 'ti']));
    expect(pack.media.some((m) => m.path.endsWith('.svg'))).toBe(true);
    expect(pack.content.guides.some((g) => g.video !== null)).toBe(true);
  });

  it('imports every guide text byte for byte, with its status, category, order and video', async () => {
    for (const guide of pack.content.guides) {
      const detail = await get<GuideDetail>(`/api/staff/guides/${guide.id}`);
      expect({ category: detail.category, order: detail.order, video: detail.video }).toEqual({
        category: guide.category,
        order: guide.order,
        video: guide.video,
      });
      expect(Object.keys(detail.texts).sort()).toEqual(Object.keys(guide.texts).sort());
      for (const [lang, text] of Object.entries(guide.texts)) {
        const stored = detail.texts[lang];
        expect(Buffer.from(stored?.markdown ?? '').equals(Buffer.from(text.markdown)), `${guide.id}/${lang}`).toBe(
          true,
        );
        expect(stored?.status, `${guide.id}/${lang}`).toBe(text.status);
      }
    }
  });

  it('imports the categories as they were', async () => {
    const { categories } = await get<GuideList>('/api/staff/guides');
    expect(categories).toEqual(pack.content.categories);
  });

  it('imports every media file byte for byte, served under the hash of its bytes', async () => {
    const { files } = await get<{ files: MediaFileInfo[] }>('/api/staff/media');
    expect(files.map((f) => f.path).sort()).toEqual(pack.media.map((m) => m.path).sort());
    for (const item of pack.media) {
      const bytes = Buffer.from(item.data, 'base64');
      const file = files.find((f) => f.path === item.path);
      expect(file?.hash, item.path).toBe(sha256(bytes));
      const served = await server.app.inject(`/media/${file?.hash}`);
      expect(served.statusCode, item.path).toBe(200);
      expect(served.rawPayload.equals(bytes), item.path).toBe(true);
    }
  });

  it('opens every guide text in the block editor and writes the same Markdown back', () => {
    for (const guide of pack.content.guides) {
      for (const [lang, text] of Object.entries(guide.texts)) {
        expect(serialiseGuide(parseGuideBlocks(text.markdown)), `${guide.id}/${lang}`).toBe(text.markdown);
      }
    }
  });

  it('exports again as the same pack, all but the export time', async () => {
    const exported = await server.app.inject({ url: '/api/staff/pack', headers });
    expect(exported.statusCode).toBe(200);
    const again = JSON.parse(exported.body) as Pack;
    expect(again.exportedAt).not.toBe(pack.exportedAt);
    // The export time is the one field a pack may differ in; with the old one put back, the pack
    // must be the old one.
    const withOldTime = exported.body.replace(
      `"exportedAt":${JSON.stringify(again.exportedAt)}`,
      `"exportedAt":${JSON.stringify(pack.exportedAt)}`,
    );
    // Every value the same, texts byte for byte; a guide's texts now come in the order of the
    // language list (they came in the database's scan order), so the order of keys may differ.
    expect(JSON.parse(withOldTime)).toEqual(JSON.parse(packBytes.toString()));
  });

  it('publishes the very entries and media the old code published from the same content', async () => {
    const published = await server.app.inject({
      method: 'POST',
      url: '/api/staff/publish',
      headers,
      payload: { changelog: 'Imported pack' },
    });
    expect(published.statusCode, published.body).toBe(200);
    const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;
    expect([...manifest.entries].sort(byIdAndLang)).toEqual([...oldPublished.entries].sort(byIdAndLang));
    expect([...manifest.media].sort((a, b) => a.hash.localeCompare(b.hash))).toEqual(
      [...oldPublished.media].sort((a, b) => a.hash.localeCompare(b.hash)),
    );
  });
});
