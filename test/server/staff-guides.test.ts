import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CategoryList, type Manifest, parseEntries } from '../../src/domain/content.js';
import type { GuideDetail, GuideList } from '../../src/domain/staff-api.js';
import { fingerprint } from '../helpers/db-fingerprint.js';
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

const list = async () => (await server.app.inject({ url: '/api/staff/guides', headers })).json() as GuideList;
const post = (url: string, payload?: object) => server.app.inject({ method: 'POST', url, headers, payload });
const publish = async (changelog: string) => {
  const response = await post('/api/staff/publish', { changelog });
  expect(response.statusCode).toBe(200);
};
/** The guide ids kiosks get in the version in force. */
const publishedGuides = async () => {
  const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;
  return new Set(manifest.entries.filter((e) => e.kind === 'guide').map((e) => e.id));
};
const NEW_GUIDE = { id: 'lana-bocker', title: 'Låna böcker', category: 'e-services', order: 3, video: null };

describe('creating a guide', () => {
  it('creates the guide with a Swedish draft of its title, ready to publish, and audits it', async () => {
    const response = await post('/api/staff/guides', NEW_GUIDE);
    expect(response.statusCode).toBe(201);
    const guide = response.json() as GuideDetail;
    expect(guide).toMatchObject({ id: 'lana-bocker', category: 'e-services', order: 3, video: null, archived: false });
    expect(guide.texts.sv).toMatchObject({ status: 'draft', updatedBy: 'eva' });
    expect(guide.texts.sv?.markdown).toMatch(/^# Låna böcker\n/);
    expect(Object.keys(guide.texts)).toEqual(['sv']);

    const summary = (await list()).guides.find((g) => g.id === 'lana-bocker');
    expect(summary).toMatchObject({ titles: { sv: 'Låna böcker' }, status: { sv: 'draft', ar: 'missing' } });
    await publish('Ny guide');
    expect(await publishedGuides()).toContain('guide/lana-bocker');
    expect((await server.app.staff.auditLog(5)).map((a) => [a.action, a.target])).toContainEqual([
      'create-guide',
      'guide/lana-bocker',
    ]);
  });

  it('keeps a title with Markdown punctuation as it was typed', async () => {
    const response = await post('/api/staff/guides', { ...NEW_GUIDE, title: 'Skriv *ut* # [nu]' });
    expect(response.statusCode).toBe(201);
    expect((await list()).guides.find((g) => g.id === 'lana-bocker')?.titles.sv).toBe('Skriv \\*ut\\* \\# \\[nu\\]');
    const preview = await post('/api/staff/preview', {
      markdown: (response.json() as GuideDetail).texts.sv?.markdown ?? '',
    });
    expect(preview.json()).toMatchObject({ title: 'Skriv *ut* # [nu]' });
  });

  it('refuses an id that is taken, archived or not, with 409 and changes nothing', async () => {
    for (const id of ['bankid', 'lana-bocker']) {
      if (id === 'lana-bocker') {
        await post('/api/staff/guides', NEW_GUIDE);
        await post('/api/staff/guides/lana-bocker/archive');
      }
      const before = await fingerprint(server.db, server.media.dir);
      const response = await post('/api/staff/guides', { ...NEW_GUIDE, id, title: 'Något annat' });
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({ field: 'body/id' });
      expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
    }
  });

  it('refuses bad input with a 4xx naming the field, and changes nothing', async () => {
    const before = await fingerprint(server.db, server.media.dir);
    const cases: [object, string][] = [
      [{ ...NEW_GUIDE, id: 'Låna Böcker' }, 'id'],
      [{ ...NEW_GUIDE, title: '' }, 'title'],
      [{ ...NEW_GUIDE, title: '   ' }, 'title'],
      [{ ...NEW_GUIDE, title: 'Rad\nbrytning' }, 'title'],
      [{ ...NEW_GUIDE, category: 'no-such-category' }, 'category'],
      [{ ...NEW_GUIDE, order: -1 }, 'order'],
      [{ ...NEW_GUIDE, video: 'media/nothing-here.mp4' }, 'video'],
      [{ ...NEW_GUIDE, extra: true }, ''],
    ];
    for (const [payload, field] of cases) {
      const response = await post('/api/staff/guides', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(response.json())).toContain(field);
    }
    expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
  });
});

describe('archiving and restoring a guide', () => {
  it('leaves an archived guide out of the next version, and restores it as it was', { timeout: 60_000 }, async () => {
    const before = (await list()).guides.find((g) => g.id === 'bankid');
    const archived = await post('/api/staff/guides/bankid/archive');
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ id: 'bankid', archived: true });

    const afterArchive = await list();
    expect(afterArchive.guides.map((g) => g.id)).not.toContain('bankid');
    expect(afterArchive.archived.guides.find((g) => g.id === 'bankid')).toEqual(before);
    // Kiosks keep it until the next version.
    expect(await publishedGuides()).toContain('guide/bankid');
    await publish('BankID arkiverad');
    expect(await publishedGuides()).not.toContain('guide/bankid');
    // Nothing deleted: every language's text is still there.
    const detail = (await server.app.inject({ url: '/api/staff/guides/bankid', headers })).json() as GuideDetail;
    expect(Object.keys(detail.texts).length).toBe(Object.keys(before?.titles ?? {}).length);

    expect((await post('/api/staff/guides/bankid/restore')).json()).toMatchObject({ archived: false });
    expect((await list()).guides.find((g) => g.id === 'bankid')).toEqual(before);
    await publish('BankID tillbaka');
    expect(await publishedGuides()).toContain('guide/bankid');
    expect((await server.app.staff.auditLog(10)).map((a) => `${a.action} ${a.target}`)).toEqual(
      expect.arrayContaining(['archive-guide guide/bankid', 'restore-guide guide/bankid']),
    );
  });

  // A pack round trip and three publishes: slow on a shared machine.
  it('keeps an archived guide through a content pack and a version restore', { timeout: 120_000 }, async () => {
    await post('/api/staff/guides/bankid/archive');
    await publish('BankID arkiverad');
    const pack = await server.app.inject({ url: '/api/staff/pack', headers });
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/staff/pack',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: pack.body,
    });
    expect(imported.statusCode).toBe(200);
    expect((await list()).archived.guides.map((g) => g.id)).toEqual(['bankid']);
    await post('/api/staff/guides/bankid/restore');
    await publish('BankID tillbaka');
    // Version 2 is the one with bankid archived: restoring it archives it again, and keeps it.
    expect((await post('/api/staff/versions/2/restore')).statusCode).toBe(200);
    expect((await list()).archived.guides.map((g) => g.id)).toEqual(['bankid']);
    expect(await publishedGuides()).not.toContain('guide/bankid');
  });

  it('answers 404 for an unknown guide', async () => {
    expect((await post('/api/staff/guides/no-such-guide/archive')).statusCode).toBe(404);
    expect((await post('/api/staff/guides/no-such-guide/restore')).statusCode).toBe(404);
  });
});

describe('categories', () => {
  const TRAVEL_GUIDES = async () => (await list()).guides.filter((g) => g.category === 'travel').map((g) => g.id);

  it('creates a category on its own, and refuses its id a second time', async () => {
    const category = { id: 'library', order: 20, name: { sv: 'Biblioteket', en: 'The library' }, icon: 'book-open' };
    const created = await post('/api/staff/categories', category);
    expect(created.statusCode).toBe(201);
    expect((created.json() as GuideList).categories).toContainEqual(category);
    const before = await fingerprint(server.db, server.media.dir);
    expect((await post('/api/staff/categories', category)).statusCode).toBe(409);
    expect(
      (await post('/api/staff/categories', { ...category, id: 'other', name: { en: 'No Swedish' } })).statusCode,
    ).toBe(400);
    expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
    expect((await server.app.staff.auditLog(5)).map((a) => a.action)).toContain('create-category');
  });

  it('refuses to archive a category that holds guides in use, naming them', async () => {
    const before = await fingerprint(server.db, server.media.dir);
    const response = await post('/api/staff/categories/travel/archive');
    expect(response.statusCode).toBe(409);
    for (const id of await TRAVEL_GUIDES()) expect(response.json().detail).toContain(id);
    expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
  });

  it('archives an emptied category out of the next version and restores it', { timeout: 60_000 }, async () => {
    const guides = await TRAVEL_GUIDES();
    for (const id of guides) await post(`/api/staff/guides/${id}/archive`);
    const archived = await post('/api/staff/categories/travel/archive');
    expect(archived.statusCode).toBe(200);
    const after = archived.json() as GuideList;
    expect(after.categories.map((c) => c.id)).not.toContain('travel');
    expect(after.archived.categories.map((c) => c.id)).toEqual(['travel']);
    // A guide cannot come back into an archived category, and the categories list cannot revive it.
    expect((await post(`/api/staff/guides/${guides[0]}/restore`)).statusCode).toBe(409);
    const put = await server.app.inject({
      method: 'PUT',
      url: '/api/staff/categories',
      headers,
      payload: { categories: [...after.categories, { ...after.archived.categories[0] }] },
    });
    expect(put.statusCode).toBe(400);
    // Saving the categories in use keeps the archived one aside.
    const saved = await server.app.inject({
      method: 'PUT',
      url: '/api/staff/categories',
      headers,
      payload: { categories: after.categories },
    });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as GuideList).archived.categories.map((c) => c.id)).toEqual(['travel']);

    await publish('Resor arkiverade');
    const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;
    const entry = manifest.entries.find((e) => e.kind === 'categories' && e.lang === 'sv');
    const body = await server.app.inject(`/api/content/entries?hashes=${entry?.hash}`);
    expect(body.statusCode).toBe(200);
    const [categories] = parseEntries(new Uint8Array(body.rawPayload));
    const ids = (JSON.parse(Buffer.from(categories?.bytes ?? []).toString()) as CategoryList).categories.map(
      (c) => c.id,
    );
    expect(ids).toContain('health');
    expect(ids).not.toContain('travel');

    expect((await post('/api/staff/categories/travel/restore')).statusCode).toBe(200);
    for (const id of guides) expect((await post(`/api/staff/guides/${id}/restore`)).statusCode).toBe(200);
    expect(await TRAVEL_GUIDES()).toEqual(guides);
    expect((await server.app.staff.auditLog(20)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['archive-category', 'restore-category']),
    );
  });
});
