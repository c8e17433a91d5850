import { guidesForSearch, missingSearchIndexes, storeSearchIndex } from '../../client/search-index-store.js';
import { LANGUAGES } from '../../domain/languages.js';
import { buildGuideIndex } from './guide-search.js';

/** One index built: which, and how long the build took (ms). */
export interface BuiltIndex {
  version: number;
  lang: string;
  ms: number;
}

/**
 * Builds and stores every search index the tablet lacks (each language of the active and the ready
 * version) and drops those of other versions. Slow at thousands of guides (seconds): it runs in a
 * worker, never on a visitor's tap. Returns what it built.
 */
export async function buildMissingIndexes(
  options: { first?: string; onBuilt?: (built: BuiltIndex) => void; now?: () => number } = {},
): Promise<BuiltIndex[]> {
  const now = options.now ?? (() => performance.now());
  const built: BuiltIndex[] = [];
  // The language a visitor is waiting in goes first; then the order of the language chooser.
  const langs = LANGUAGES.map((l) => l.code).sort((a, b) => Number(b === options.first) - Number(a === options.first));
  for (const [version, lang] of await missingSearchIndexes(langs)) {
    const started = now();
    const guides = await guidesForSearch(version, lang);
    if (!guides) continue; // the version was dropped meanwhile
    const stored = buildGuideIndex(guides, lang).toStored();
    await storeSearchIndex({ version, ...stored });
    const done = { version, lang, ms: now() - started };
    built.push(done);
    options.onBuilt?.(done);
  }
  return built;
}
