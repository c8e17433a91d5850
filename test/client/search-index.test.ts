import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyReadyVersion, loadHomeView } from '../../src/client/content-store.js';
import { syncContent } from '../../src/client/content-sync.js';
import { closeKioskDb } from '../../src/client/db.js';
import { guidesForSearch, readSearchIndex, storedSearchIndexKeys } from '../../src/client/search-index-store.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/domain/languages.js';
import { buildGuideSearch, guideSearch, loadGuideIndex } from '../../src/kiosk/search/guide-search.js';
import { buildMissingIndexes } from '../../src/kiosk/search/index-builder.js';
import { type SearchReply, searchHost } from '../../src/kiosk/search/search-host.js';
import { isSearchReady, prepareSearchIndexes, searchGuides, searchReady } from '../../src/kiosk/search/search-index.js';
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
/** The search a worker answers from: a language's stored index with the stored Swedish one beside it. */
const storedSearch = async (version: number, lang: string) => {
  const [own, source] = [await readSearchIndex(version, lang), await readSearchIndex(version, SOURCE_LANGUAGE)];
  if (!own || !source) throw new Error(`no stored index for ${lang} at version ${version}`);
  return guideSearch(loadGuideIndex(own), loadGuideIndex(source));
};

describe('search indexes stored per content version', { timeout: 120_000 }, () => {
  it('answers every corpus query from the stored index exactly as from one built from Home’s guides', async () => {
    await sync();
    await buildMissingIndexes();
    const source = (await loadHomeView(SOURCE_LANGUAGE))?.guides ?? [];
    for (const [lang, queries] of Object.entries(SEARCH_CORPUS)) {
      const loaded = await storedSearch(1, lang);
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
      expect(await guidesForSearch(1, code), code).toEqual(home);
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
    expect((await storedSearch(2, 'sv')).search('zebrakod')[0]).toBe('bankid');
    expect((await storedSearch(2, 'en')).search('zebrakod')[0]).toBe('bankid');
  });

  it('builds nothing when every index is stored', async () => {
    await sync();
    await prepareSearchIndexes();
    expect(await buildMissingIndexes()).toEqual([]);
  });
});

describe('the search worker', { timeout: 120_000 }, () => {
  /** A worker's host, with every reply it sent. */
  const host = () => {
    const replies: SearchReply[] = [];
    return { replies, host: searchHost((reply) => replies.push(reply)) };
  };

  it('builds an index that is not stored, saying so, then answers and keeps it for the next start', async () => {
    await sync();
    const { host: worker, replies } = host();
    await worker.receive({ type: 'use', lang: 'en' });
    expect(replies.map((r) => r.type)).toEqual(['preparing', 'preparing', 'ready']);
    expect((await keys()).sort()).toEqual(['1 en', '1 sv']);
    await worker.receive({ type: 'query', id: 1, lang: 'en', query: 'bankid' });
    expect(replies.at(-1)).toMatchObject({ type: 'results', id: 1, ids: expect.arrayContaining(['bankid']) });
  });

  it('loads stored indexes without building, and answers a Swedish word in another language', async () => {
    await sync();
    await buildMissingIndexes();
    const before = await readSearchIndex(1, 'ar');
    const { host: worker, replies } = host();
    await worker.receive({ type: 'query', id: 1, lang: 'ar', query: 'skrivaren' });
    expect(replies.map((r) => r.type)).toEqual(['ready', 'results']);
    expect(replies[1]).toMatchObject({ ids: expect.arrayContaining(['print-scan']) });
    // The very record that was stored: nothing was built again.
    expect(await readSearchIndex(1, 'ar')).toEqual(before);
  });

  it('answers only the newest of queries that waited for the index', async () => {
    await sync();
    const { host: worker, replies } = host();
    await Promise.all([
      worker.receive({ type: 'query', id: 1, lang: 'sv', query: 'bank' }),
      worker.receive({ type: 'query', id: 2, lang: 'sv', query: 'bankid' }),
    ]);
    expect(replies.filter((r) => r.type === 'results').map((r) => (r.type === 'results' ? r.id : 0))).toEqual([2]);
  });

  it('is not ready before its index is loaded; then answers, a newer query superseding an older one', async () => {
    await sync();
    expect(isSearchReady('uk')).toBe(false);
    await searchReady('uk');
    expect(isSearchReady('uk')).toBe(true);
    const older = searchGuides('uk', 'паспорт');
    const newer = searchGuides('uk', 'bankid');
    expect(await older).toBeNull();
    expect((await newer)?.[0]).toBe('bankid');
  });
});
