import { readContentState } from '../../client/content-store.js';
import { guidesForSearch, readSearchIndex, storeSearchIndex } from '../../client/search-index-store.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import { buildGuideIndex, type GuideIndex, type GuideSearch, guideSearch, loadGuideIndex } from './guide-search.js';

/** What the page asks the search worker. */
export type SearchRequest =
  /** Have `lang`'s index (and the Swedish one) of the active version loaded; drop the others. */
  | { type: 'use'; lang: string }
  /** Search in `lang`; only the newest query (highest id) is answered, older ones were superseded. */
  | { type: 'query'; id: number; lang: string; query: string };

/** What the search worker tells the page. */
export type SearchReply =
  | { type: 'ready'; version: number | null; lang: string }
  /** An index was not stored (a new tablet's first minutes): it is being built first. */
  | { type: 'preparing'; lang: string }
  | { type: 'results'; id: number; ids: string[] }
  | { type: 'failed'; id?: number; lang: string; message: string };

const NO_GUIDES: GuideSearch = { search: () => [] };

/**
 * The search worker's whole job, apart from the worker itself (so tests run it in Node): holds the
 * loaded indexes of the active version, Swedish and the visitor's language, and answers queries.
 * An index not stored yet is built here, off the page, and stored for the next start.
 */
export function searchHost(send: (reply: SearchReply) => void): { receive(request: SearchRequest): Promise<void> } {
  /** Loaded (or loading) indexes under "version lang". */
  const indexes = new Map<string, Promise<GuideIndex>>();
  let current: { lang: string; search: Promise<GuideSearch> } | undefined;
  let newest = 0;

  const index = (version: number, lang: string): Promise<GuideIndex> => {
    const key = `${version} ${lang}`;
    let found = indexes.get(key);
    if (!found) {
      found = loadOrBuild(version, lang);
      indexes.set(key, found);
      // A failed load is tried again next time, not remembered.
      found.catch(() => indexes.delete(key));
    }
    return found;
  };

  const loadOrBuild = async (version: number, lang: string): Promise<GuideIndex> => {
    const stored = await readSearchIndex(version, lang);
    if (stored) return loadGuideIndex(stored);
    send({ type: 'preparing', lang });
    const guides = await guidesForSearch(version, lang);
    const built = buildGuideIndex(guides ?? [], lang);
    if (guides) await storeSearchIndex({ version, ...built.toStored() });
    return built;
  };

  const use = (lang: string): Promise<GuideSearch> => {
    const search = readContentState().then(async ({ active }) => {
      if (active === null) return NO_GUIDES;
      const kept = new Set([`${active} ${lang}`, `${active} ${SOURCE_LANGUAGE}`]);
      // Swedish and the visitor's language stay in memory; any other language or version goes.
      for (const key of indexes.keys()) if (!kept.has(key)) indexes.delete(key);
      const [own, source] = await Promise.all([index(active, lang), index(active, SOURCE_LANGUAGE)]);
      send({ type: 'ready', version: active, lang });
      return guideSearch(own, source);
    });
    current = { lang, search };
    return search;
  };

  return {
    async receive(request) {
      if (request.type === 'use') {
        await use(request.lang).catch((error: unknown) =>
          send({ type: 'failed', lang: request.lang, message: String(error) }),
        );
        return;
      }
      newest = Math.max(newest, request.id);
      const search = current?.lang === request.lang ? current.search : use(request.lang);
      try {
        const ready = await search;
        // A newer query arrived while this one waited for its index: the page no longer wants it.
        if (request.id === newest) send({ type: 'results', id: request.id, ids: ready.search(request.query) });
      } catch (error) {
        send({ type: 'failed', id: request.id, lang: request.lang, message: String(error) });
      }
    },
  };
}
