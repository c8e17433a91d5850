import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuideTranslation, ManifestEntry } from '../../src/domain/content.js';
import type { GuideDetail, PublishPreview } from '../../src/domain/staff-api.js';
import { changesOf } from '../../src/server/content/publish-changes.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

const BANKID_TITLE = 'BankID – skaffa, förnya och använda säkert';

describe('the publish preview through the route', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let headers: Record<string, string>;
  beforeEach(async () => {
    server = await testServer();
    headers = await signedIn(server);
  });
  afterEach(async () => {
    await server.close();
  });

  const preview = async () =>
    (await server.app.inject({ url: '/api/staff/publish/preview', headers })).json() as PublishPreview;
  const text = async (id: string, lang: string) =>
    ((await server.app.inject({ url: `/api/staff/guides/${id}`, headers })).json() as GuideDetail).texts[lang];
  const save = async (id: string, lang: string, markdown: string, status: 'draft' | 'reviewed') => {
    const saved = await server.app.inject({
      method: 'PUT',
      url: `/api/staff/guides/${id}/texts/${lang}`,
      headers,
      payload: { markdown, status },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  };

  it('names a changed guide by its Swedish title and says what changed in it and what a kiosk downloads', async () => {
    const english = await text('bankid', 'en');
    await save('bankid', 'en', `${english?.markdown}\n> [!TIP] Ask the staff.\n`, 'draft');
    const arabic = await text('bankid', 'ar');
    // Same words, now reviewed.
    await save('bankid', 'ar', arabic?.markdown ?? '', 'reviewed');
    const swedish = (await text('bankid', 'sv'))?.markdown ?? '';
    // Another uploaded picture in the same place: the images changed, not the words.
    await save('bankid', 'sv', swedish.replace('media/bankid-phone.svg', 'media/printer.svg'), 'reviewed');

    const { changed, added, removed, downloadBytes, nextVersion } = await preview();
    expect(nextVersion).toBe(2);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    const byLang = Object.fromEntries(changed.map((c) => [c.lang, c]));
    expect(Object.keys(byLang).sort()).toEqual(['ar', 'en', 'sv']);
    for (const c of changed) expect(c).toMatchObject({ id: 'guide/bankid', kind: 'guide', title: BANKID_TITLE });
    expect(byLang.en?.parts).toEqual(['text']);
    expect(byLang.ar?.parts).toEqual(['review']);
    expect(byLang.sv?.parts).toEqual(['images']);
    // Both pictures are in the version in force: a kiosk fetches only the three new entries.
    for (const c of changed) expect(c.downloadBytes).toBeGreaterThan(500);
    expect(downloadBytes).toBe(changed.reduce((sum, c) => sum + c.downloadBytes, 0));
  });

  it('lists a removed video in every language of the guide', async () => {
    const removed = await server.app.inject({
      method: 'PUT',
      url: '/api/staff/guides/bankid/video',
      headers,
      payload: { path: null },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const { changed } = await preview();
    expect(changed).toHaveLength(9);
    for (const c of changed) expect(c).toMatchObject({ title: BANKID_TITLE, parts: ['video'] });
  });

  it('after a publish, has nothing left to publish and counts on from the new version', async () => {
    const english = await text('1177', 'en');
    await save('1177', 'en', `${english?.markdown}\nOne more line.\n`, 'reviewed');
    expect((await preview()).changed).toHaveLength(1);
    const published = await server.app.inject({
      method: 'POST',
      url: '/api/staff/publish',
      headers,
      payload: { changelog: '1177 in English' },
    });
    expect(published.json()).toEqual({ version: 2, created: true });
    expect(await preview()).toEqual({ nextVersion: 3, added: [], changed: [], removed: [], downloadBytes: 0 });

    // Restoring version 1 lists nothing pending either: the restore is itself published.
    const restored = await server.app.inject({ method: 'POST', url: '/api/staff/versions/1/restore', headers });
    expect(restored.json()).toEqual({ version: 3 });
    expect(await preview()).toEqual({ nextVersion: 4, added: [], changed: [], removed: [], downloadBytes: 0 });
    expect((await text('1177', 'en'))?.markdown).toBe(english?.markdown);
  });
});

describe('changesOf', () => {
  const guide = (title: string, images: string[], video?: string): GuideTranslation => ({
    id: 'x',
    lang: 'sv',
    category: 'c',
    order: 1,
    title,
    summary: 's',
    draft: false,
    steps: [
      { title: 'Steg', blocks: images.map((media) => ({ type: 'image' as const, media, alt: 'a' })) },
    ] as GuideTranslation['steps'],
    ...(video ? { video: { media: video, type: 'video/mp4', captions: [] } } : {}),
  });
  const line = (id: string, lang: string, hash: string, size: number): ManifestEntry => ({
    id,
    lang,
    kind: 'guide',
    hash,
    size,
  });

  it('counts new media once in the total, and against each entry that needs it', () => {
    const old = guide('Gammal titel', ['img-a']);
    const result = changesOf({
      current: { entries: [line('guide/x', 'sv', 'h1', 100), line('guide/gone', 'sv', 'h9', 50)], media: [] },
      next: {
        entries: [
          { line: line('guide/x', 'sv', 'h2', 120), body: guide('Ny titel', ['img-b'], 'vid') },
          { line: line('guide/x', 'en', 'h3', 130), body: { ...guide('New title', ['img-b']), lang: 'en' } },
        ],
        media: [
          { hash: 'img-b', size: 1000, type: 'image/png' },
          { hash: 'vid', size: 1_200_000, type: 'video/mp4' },
        ],
      },
      before: new Map([
        ['h1', old],
        ['h9', guide('Borttagen guide', [])],
      ]),
    });
    expect(result.changed).toEqual([
      {
        id: 'guide/x',
        lang: 'sv',
        kind: 'guide',
        title: 'Ny titel',
        parts: ['text', 'images', 'video'],
        downloadBytes: 120 + 1000 + 1_200_000,
      },
    ]);
    expect(result.added).toEqual([
      { id: 'guide/x', lang: 'en', kind: 'guide', title: 'Ny titel', parts: [], downloadBytes: 130 + 1000 },
    ]);
    expect(result.removed).toEqual([
      { id: 'guide/gone', lang: 'sv', kind: 'guide', title: 'Borttagen guide', parts: [], downloadBytes: 0 },
    ]);
    expect(result.downloadBytes).toBe(120 + 130 + 1000 + 1_200_000);
  });
});
