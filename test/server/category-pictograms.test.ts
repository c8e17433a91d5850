import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CategoryList, type Manifest, parseEntries } from '../../src/domain/content.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import { isPictogram } from '../../src/domain/pictograms.js';
import type { CategoryRow, GuideList } from '../../src/domain/staff-api.js';
import { readContentFolder } from '../../src/server/content/content-dir.js';
import { SEED_DIR, testServer } from '../helpers/server.js';
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

const categories = async () =>
  ((await server.app.inject({ url: '/api/staff/guides', headers })).json() as GuideList).categories;
const saveCategories = (rows: unknown[]) =>
  server.app.inject({ method: 'PUT', url: '/api/staff/categories', headers, payload: { categories: rows } });
const importPack = (pack: unknown) =>
  server.app.inject({
    method: 'POST',
    url: '/api/staff/pack',
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(pack),
  });

/** The category list of every language, as a kiosk downloads it for the version in force. */
async function kioskCategories(): Promise<CategoryList[]> {
  const manifest = JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;
  const hashes = manifest.entries.filter((e) => e.kind === 'categories').map((e) => e.hash);
  const response = await server.app.inject(`/api/content/entries?hashes=${hashes.join(',')}`);
  return parseEntries(new Uint8Array(response.rawPayload)).map(
    (e) => JSON.parse(new TextDecoder().decode(e.bytes)) as CategoryList,
  );
}

const iconOf = (rows: readonly { id: string; icon?: string }[], id: string) => rows.find((c) => c.id === id)?.icon;

describe("a category's pictogram", () => {
  it('is saved, and once published reaches kiosks in every language; left out, the category has none', async () => {
    const before = await categories();
    const rows: CategoryRow[] = before.map((c) => {
      if (c.id === 'housing') return { ...c, icon: 'building' };
      if (c.id !== 'jobs') return c;
      const { icon: _dropped, ...withoutIcon } = c;
      return withoutIcon;
    });
    const saved = await saveCategories(rows);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(iconOf((saved.json() as GuideList).categories, 'housing')).toBe('building');
    expect(iconOf(await categories(), 'housing')).toBe('building');
    expect(iconOf(await categories(), 'jobs')).toBeUndefined();

    // Not on kiosks until it is published.
    for (const list of await kioskCategories()) expect(iconOf(list.categories, 'housing')).toBe('house');
    const published = await server.app.inject({
      method: 'POST',
      url: '/api/staff/publish',
      headers,
      payload: { changelog: 'Bostad: en ny bild' },
    });
    expect(published.statusCode, published.body).toBe(200);

    const lists = await kioskCategories();
    expect(lists.map((l) => l.lang).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const list of lists) {
      expect(iconOf(list.categories, 'housing')).toBe('building');
      expect(iconOf(list.categories, 'print-scan')).toBe('printer');
      // No pictogram chosen: the entry says nothing and the kiosk draws its default.
      expect(list.categories.find((c) => c.id === 'jobs')).not.toHaveProperty('icon');
    }
  });

  it.each([
    ['a name not in the list', 'rocket'],
    ['a name in the wrong case', 'Printer'],
    ['a number', 7],
    ['null', null],
  ])('is refused when it is %s, naming the field, and nothing changes', async (_what, icon) => {
    const before = await categories();
    const rows = before.map((c) => (c.id === 'housing' ? { ...c, icon } : c));
    const response = await saveCategories(rows);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const index = before.findIndex((c) => c.id === 'housing');
    expect(response.json().field).toBe(`body/categories/${index}/icon`);
    expect(await categories()).toEqual(before);
  });

  it('travels in a content pack: exported and imported again, every category keeps its pictogram', async () => {
    const chosen = (await categories()).map((c) => (c.id === 'health' ? { ...c, icon: 'stethoscope' } : c));
    expect((await saveCategories(chosen)).statusCode).toBe(200);
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers })).json();
    expect(iconOf(pack.content.categories, 'health')).toBe('stethoscope');

    // Another server's pictograms: imported as they are in the pack.
    for (const c of pack.content.categories) if (c.id === 'bank-id') c.icon = 'key-round';
    const imported = await importPack(pack);
    expect(imported.statusCode, imported.body).toBe(200);
    const after = await categories();
    expect(after).toEqual(chosen.map((c) => (c.id === 'bank-id' ? { ...c, icon: 'key-round' } : c)));
  });

  it('in a pack must be one the kiosk can draw: otherwise the pack is refused, naming it, and nothing changes', async () => {
    const before = await categories();
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers })).json();
    pack.content.categories[2].icon = 'rocket';
    const response = await importPack(pack);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/\/content\/categories\/2\/icon/);
    expect(await categories()).toEqual(before);
  });
});

describe('the seed', () => {
  it('gives each of its categories a pictogram the kiosk can draw, and publishes them', async () => {
    const seed = readContentFolder(SEED_DIR).categories;
    expect(seed).toHaveLength(12);
    for (const c of seed) expect(isPictogram(c.icon), `${c.id}: ${c.icon}`).toBe(true);
    for (const list of await kioskCategories()) {
      expect(list.categories.map((c) => [c.id, c.icon])).toEqual(
        [...seed].sort((a, b) => a.order - b.order).map((c) => [c.id, c.icon]),
      );
    }
  });
});
