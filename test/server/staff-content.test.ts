import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/domain/content.js';
import type { GuideDetail, GuideList, PublishPreview } from '../../src/domain/staff-api.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let headers: Record<string, string>;

beforeEach(async () => {
  server = await testServer();
  headers = await signedIn(server);
});
afterEach(async () => {
  await server.close();
});

const get = async <T>(url: string) => (await server.app.inject({ url, headers })).json() as T;
const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
  server.app.inject({ method, url, headers, payload });
const manifest = async () => JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;

describe('guides and translations', () => {
  it('lists every guide with a status in each of the nine languages', async () => {
    const { guides } = await get<GuideList>('/api/staff/guides');
    expect(guides.length).toBeGreaterThanOrEqual(16);
    for (const guide of guides) {
      expect(Object.keys(guide.status)).toHaveLength(9);
      expect(guide.status.sv).toBe('reviewed');
      expect(guide.status.ar).toBe('draft');
    }
  });

  it('marks translations outdated when the Swedish source changes, until they are saved again', async () => {
    const { texts } = await get<GuideDetail>('/api/staff/guides/bankid');
    const sv = texts.sv?.markdown ?? '';
    expect(
      (await send('PUT', '/api/staff/guides/bankid/texts/sv', { markdown: `${sv}\nEn ny mening.`, status: 'reviewed' }))
        .statusCode,
    ).toBe(200);
    let list = await get<GuideList>('/api/staff/guides');
    expect(list.guides.find((g) => g.id === 'bankid')?.status).toMatchObject({
      sv: 'reviewed',
      en: 'outdated',
      ar: 'outdated',
    });
    const saved = await send('PUT', '/api/staff/guides/bankid/texts/en', {
      markdown: texts.en?.markdown ?? '',
      status: 'reviewed',
    });
    expect((saved.json() as GuideDetail).texts.en).toMatchObject({
      status: 'reviewed',
      outdated: false,
      updatedBy: 'eva',
    });
    list = await get<GuideList>('/api/staff/guides');
    expect(list.guides.find((g) => g.id === 'bankid')?.status).toMatchObject({ en: 'reviewed', ar: 'outdated' });
  });

  it('refuses a text that would not publish, naming the line, and changes nothing', async () => {
    const before = await get<GuideDetail>('/api/staff/guides/bankid');
    const response = await send('PUT', '/api/staff/guides/bankid/texts/sv', {
      markdown: '# Titel\n\n## Steg\ntext\n\n<script>alert(1)</script>',
      status: 'reviewed',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'body/markdown', detail: expect.stringMatching(/line 6/) });
    expect(await get<GuideDetail>('/api/staff/guides/bankid')).toEqual(before);
  });

  it('previews a text as the kiosk will show it', async () => {
    const response = await send('POST', '/api/staff/preview', {
      markdown: '# Titel\n\nKort.\n\n## Gör så\n> [!TIP] Ett tips.',
    });
    expect(response.json()).toEqual({
      title: 'Titel',
      summary: 'Kort.',
      steps: [
        { title: 'Gör så', blocks: [{ type: 'note', kind: 'tip', content: [{ type: 'text', value: 'Ett tips.' }] }] },
      ],
    });
  });
});

describe('publishing and restoring', () => {
  it('shows what a publish changes and what kiosks download, publishes it, and restores an earlier version', async () => {
    const v1 = await manifest();
    const { texts } = await get<GuideDetail>('/api/staff/guides/1177');
    const original = texts.sv?.markdown ?? '';
    await send('PUT', '/api/staff/guides/1177/texts/sv', {
      markdown: original.replace(/^# .+$/m, '# 1177 – ny titel'),
      status: 'reviewed',
    });

    const preview = await get<PublishPreview>('/api/staff/publish/preview');
    expect(preview.changed).toEqual([
      expect.objectContaining({
        id: 'guide/1177',
        lang: 'sv',
        kind: 'guide',
        title: '1177 – ny titel',
        parts: ['text'],
      }),
    ]);
    expect(preview.added).toEqual([]);
    expect(preview.removed).toEqual([]);
    expect(preview.nextVersion).toBe(2);

    expect((await send('POST', '/api/staff/publish', { changelog: '' })).statusCode).toBe(400);
    const published = await send('POST', '/api/staff/publish', { changelog: '1177: ny titel' });
    expect(published.json()).toEqual({ version: 2, created: true });
    const v2 = await manifest();
    const changed = v2.entries.find((e) => e.id === 'guide/1177' && e.lang === 'sv');
    // A kiosk holding version 1 downloads exactly the changed entry.
    expect(preview.downloadBytes).toBe(changed?.size);
    const changedHash = changed?.hash;
    expect(changedHash).not.toBe(v1.entries.find((e) => e.id === 'guide/1177' && e.lang === 'sv')?.hash);

    const restored = await send('POST', '/api/staff/versions/1/restore', {});
    expect(restored.json()).toEqual({ version: 3 });
    const v3 = await manifest();
    expect(v3.entries).toEqual(v1.entries);
    expect((await get<GuideDetail>('/api/staff/guides/1177')).texts.sv?.markdown).toBe(original);
    const { versions } = await get<{ versions: { version: number; changelog: string }[] }>('/api/staff/versions');
    expect(versions.map((v) => [v.version, v.changelog])).toEqual([
      [3, 'Restored version 1'],
      [2, '1177: ny titel'],
      [1, 'Seed content'],
    ]);
    const audit = await server.app.staff.auditLog(10);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['save-text', 'publish', 'restore']));
  });

  it('answers an unknown version with 404 and changes nothing', async () => {
    const response = await send('POST', '/api/staff/versions/99/restore', {});
    expect(response.statusCode).toBe(404);
    expect((await manifest()).version).toBe(1);
  });
});

describe('categories and ordering', () => {
  it('moves a guide to another category and place, and refuses an unknown category', async () => {
    const put = (payload: object) => send('PUT', '/api/staff/guides/csn/placement', payload);
    expect((await put({ category: 'nope', order: 1 })).statusCode).toBe(400);
    const moved = (await put({ category: 'jobs', order: 0 })).json() as GuideDetail;
    expect(moved).toMatchObject({ category: 'jobs', order: 0 });
    await send('POST', '/api/staff/publish', { changelog: 'CSN under jobb' });
    const kiosk = await manifest();
    const csn = kiosk.entries.find((e) => e.id === 'guide/csn' && e.lang === 'sv');
    const body = (await server.app.inject(`/api/content/entries?hashes=${csn?.hash}`)).rawPayload.toString();
    expect(body).toContain('"category":"jobs"');
  });

  it('edits categories, and refuses a change that would orphan a guide or lacks a Swedish name', async () => {
    const { categories } = await get<GuideList>('/api/staff/guides');
    const renamed = categories.map((c) =>
      c.id === 'housing' ? { ...c, name: { ...c.name, sv: 'Boende' }, order: 0 } : c,
    );
    const ok = await send('PUT', '/api/staff/categories', { categories: renamed });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as GuideList).categories[0]).toMatchObject({ id: 'housing', name: { sv: 'Boende' } });
    const orphaning = await send('PUT', '/api/staff/categories', {
      categories: renamed.filter((c) => c.id !== 'housing'),
    });
    expect(orphaning.statusCode).toBe(400);
    expect(orphaning.json().detail).toMatch(/housing-queue/);
    const unnamed = await send('PUT', '/api/staff/categories', {
      categories: [...renamed, { id: 'new-one', order: 99, name: { en: 'New' } }],
    });
    expect(unnamed.statusCode).toBe(400);
    expect((await get<GuideList>('/api/staff/guides')).categories).toEqual((ok.json() as GuideList).categories);
  });
});
