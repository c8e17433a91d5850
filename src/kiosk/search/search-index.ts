import { readContentState } from '../../client/content-store.js';
import { missingSearchIndexes, readSearchIndex } from '../../client/search-index-store.js';
import type { GuideTranslation } from '../../domain/content.js';
import { LANGUAGES } from '../../domain/languages.js';
import type { GuideSearch } from './guide-search.js';
import type { IndexWorkerMessage, IndexWorkerStart } from './index-worker.js';

let building: Promise<void> | undefined;

/**
 * Builds the search indexes the tablet lacks, in a worker, one build at a time; resolves when it is
 * done. Cheap when nothing is missing (two small reads, no worker). Called after the first screen at
 * start-up and after a content download, so a visitor's search finds its index stored.
 */
export function prepareSearchIndexes(first?: string): Promise<void> {
  building ??= missingSearchIndexes(LANGUAGES.map((l) => l.code))
    .then((missing) => (missing.length === 0 ? undefined : buildInWorker({ first })))
    .finally(() => {
      building = undefined;
    });
  return building;
}

function buildInWorker(start: IndexWorkerStart): Promise<void> {
  // Where there is no Worker (unit tests in Node), the same code runs here.
  if (typeof Worker === 'undefined') {
    return import('./index-builder.js').then(async (builder) => {
      await builder.buildMissingIndexes({ ...start, onBuilt: markBuilt });
    });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<IndexWorkerMessage>) => {
      if (data.type === 'built') return markBuilt(data);
      worker.terminate();
      if (data.type === 'done') resolve();
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(start);
  });
}

// The bench reads these marks (build times, and when an index is ready); tests count builds by them.
function markBuilt(built: { version: number; lang: string; ms: number }): void {
  performance.mark('search-index-built', { detail: built });
  for (const waiting of [...waitingFor]) waiting(built);
}

/** Screens waiting for one index while a build runs: each is told of every index built. */
const waitingFor = new Set<(built: { version: number; lang: string }) => void>();

/** Resolves when `work` ends or the index of `version` in `lang` is built, whichever comes first. */
async function untilBuilt(version: number, lang: string, work: Promise<void>): Promise<void> {
  let waiting: ((built: { version: number; lang: string }) => void) | undefined;
  const built = new Promise<void>((resolve) => {
    waiting = (index) => {
      if (index.version === version && index.lang === lang) resolve();
    };
    waitingFor.add(waiting);
  });
  try {
    await Promise.race([built, work]);
  } finally {
    if (waiting) waitingFor.delete(waiting);
  }
}

const loaded = new WeakMap<readonly GuideTranslation[], Promise<GuideSearch>>();

/**
 * The search over the guides a visitor sees in `lang`: the active version's stored index, loaded
 * once per content and language. When it is not stored yet (a new tablet's first minutes) it is
 * built in the worker first, and `onBuilding` is called so the screen can say search is getting ready.
 */
export function searchIndexFor(
  guides: readonly GuideTranslation[],
  lang: string,
  onBuilding: () => void,
): Promise<GuideSearch> {
  let index = loaded.get(guides);
  if (!index) {
    index = loadIndex(lang, onBuilding);
    loaded.set(guides, index);
    // A failed load is tried again next time, not remembered.
    index.catch(() => loaded.delete(guides));
  }
  return index;
}

async function loadIndex(lang: string, onBuilding: () => void): Promise<GuideSearch> {
  const [module, { active }] = await Promise.all([import('./guide-search.js'), readContentState()]);
  if (active === null) return module.buildGuideSearch([], []);
  let stored = await readSearchIndex(active, lang);
  if (!stored) {
    onBuilding();
    // Answers as soon as this language's index is stored, not when every language is.
    await untilBuilt(active, lang, prepareSearchIndexes(lang));
    stored = await readSearchIndex(active, lang);
    if (!stored) throw new Error(`no search index for version ${active} in ${lang}`);
  }
  const search = await module.loadGuideSearch(stored);
  performance.mark('search-index-ready', { detail: { version: active, lang } });
  return search;
}
