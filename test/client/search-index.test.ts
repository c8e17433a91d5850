import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyReadyVersion, loadHomeView } from '../../src/client/content-store.js';
import { syncContent } from '../../src/client/content-sync.js';
import { closeKioskDb } from '../../src/client/db.js';
import { guidesForSearch, readSearchIndex, storedSearchIndexKeys } from '../../src/client/search-index-store.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/domain/languages.js';
import { buildGuideSearch, loadGuideSearch } from '../../src/kiosk/search/guide-search.js';
import { buildMissingIndexes } from '../../src/kiosk/search/index-builder.js';
import { prepareSearchIndexes, searchIndexFor } from '../../src/kiosk/search/search-index.js';
import { injectFetch, testServer } from '../helpers/server.js';
import { SEARCH_CORPUS } from './search-corpus.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  server = await testServer();
});
afterEach(async () => {
  await closeKioskDb();
  await server.close();
});

const sync = () => syncContent({ fetch: injectFetch(server.app, []), media: null });
const keys = async () => (await storedSearchIndexKeys()).map(([v, l]) => `${v} ${l}`).sort();
const everyLanguage = (version: number) => LANGUAGES.map((l) => `${version} ${l.code}`).sort();

describe('search indexes stored per content version', { timeout: 120_000 }, () => {
  it('answers every corpus query from the stored index exactly as from one built from Home’s guides', async () => {
    await sync();
    await buildMissingIndexes();
    const source = (await loadHomeView(SOURCE_LANGUAGE))?.guides ?? [];
    for (const [lang, queries] of Object.entries(SEARCH_CORPUS)) {
      const stored = await readSearchIndex(1, lang);
      if (!stored) throw new Error(`no stored index for ${lang}`);
      const loaded = await loadGuideSearch(stored);
      const fresh = buildGuideSearch((await loadHomeView(lang))?.guides ?? [], source, lang);
      for (const { query, first } of queries) {
        expect(loaded.search(query), `${lang} "${query}"`).toEqual(fresh.search(query));
        expect(loaded.search(query)[0], `${lang} "${query}"`).toBe(first);
      }
    }
  });

  it('reads the same guides for an index as Home shows', async () => {
    await sync();
    for (const { code } of LANGUAGES) {
      const home = (await loadHomeView(code))?.guides ?? [];
      expect((await guidesForSearch(1, code))?.guides, code).toEqual(home);
    }
  });

  it('builds a new version’s indexes while it waits, and drops the old ones when it is no longer kept', async () => {
    await sync();
    await buildMissingIndexes();
    expect(await keys()).toEqual(everyLanguage(1));

    await server.publishEdited('bankid', 'sv', (guide) => {
      guide.title = 'Zebrakod för legitimation';
    });
    await sync(); // version 2 is ready, waiting for a reset point
    const built = await buildMissingIndexes();
    expect(built.map((b) => `${b.version} ${b.lang}`).sort()).toEqual(everyLanguage(2));
    expect(await keys()).toEqual([...everyLanguage(1), ...everyLanguage(2)].sort());

    await applyReadyVersion(); // version 2 active, version 1 only kept for rollback of entries
    expect(await buildMissingIndexes()).toEqual([]);
    expect(await keys()).toEqual(everyLanguage(2));
    const stored = await readSearchIndex(2, 'sv');
    if (!stored) throw new Error('no index for version 2');
    expect((await loadGuideSearch(stored)).search('zebrakod')[0]).toBe('bankid');
  });

  it('builds nothing when every index is stored', async () => {
    await sync();
    await prepareSearchIndexes();
    expect(await buildMissingIndexes()).toEqual([]);
  });
});

describe('search before its index exists', { timeout: 120_000 }, () => {
  it('says it is getting ready, builds the index, then answers', async () => {
    await sync();
    expect(await storedSearchIndexKeys()).toEqual([]);
    const guides = (await loadHomeView('en'))?.guides ?? [];
    let toldPreparing = 0;
    const search = await searchIndexFor(guides, 'en', () => {
      toldPreparing += 1;
    });
    expect(toldPreparing).toBe(1);
    expect(search.search('bankid')[0]).toBe('bankid');
    expect(await readSearchIndex(1, 'en')).toBeDefined();
  });

  it('loads a stored index without building or saying it is getting ready', async () => {
    await sync();
    await buildMissingIndexes();
    const before = await readSearchIndex(1, 'ar');
    let toldPreparing = 0;
    const search = await searchIndexFor((await loadHomeView('ar'))?.guides ?? [], 'ar', () => {
      toldPreparing += 1;
    });
    expect(toldPreparing).toBe(0);
    expect(search.search('skrivaren').length).toBeGreaterThan(0);
    // The very record that was stored: nothing was built again.
    expect(await readSearchIndex(1, 'ar')).toEqual(before);
  });
});
