import i18next from 'i18next';
import { missingSearchIndexes } from '../../client/search-index-store.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { IndexWorkerMessage, IndexWorkerStart } from './index-worker.js';
import type { SearchReply, SearchRequest } from './search-host.js';

let building: Promise<void> | undefined;

/**
 * Builds the search indexes the tablet lacks, in a worker, one build at a time; resolves when it is
 * done. Cheap when nothing is missing (two small reads, no worker). Called after a content download,
 * so a visitor's search finds its index stored.
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
}

/** The page's end of the search worker: it posts requests, and the worker's replies come to `receive`. */
let channel: { post(request: SearchRequest): void } | undefined;
/** The language whose index (with the Swedish one) the worker last said is loaded. */
let readyLang: string | undefined;
interface ReadyWaiter {
  lang: string;
  resolve: () => void;
  reject: (error: Error) => void;
}
const readyWaiters = new Set<ReadyWaiter>();
/** The newest query; an older one is answered `null` as soon as a newer one is asked. */
let pending: { id: number; resolve: (ids: string[] | null) => void; reject: (error: Error) => void } | undefined;
let lastId = 0;

function receive(reply: SearchReply): void {
  if (reply.type === 'ready') {
    readyLang = reply.lang;
    // The bench's "search index ready after start" is this mark's time from navigation start.
    performance.mark('search-index-ready', { detail: reply });
    for (const waiter of [...readyWaiters]) if (waiter.lang === reply.lang) settle(waiter, () => waiter.resolve());
  } else if (reply.type === 'preparing') {
    performance.mark('search-index-building', { detail: reply });
  } else if (reply.type === 'results') {
    if (pending?.id === reply.id) {
      pending.resolve(reply.ids);
      pending = undefined;
    }
  } else {
    const error = new Error(reply.message);
    if (reply.id !== undefined && pending?.id === reply.id) {
      pending.reject(error);
      pending = undefined;
    }
    for (const waiter of [...readyWaiters]) if (waiter.lang === reply.lang) settle(waiter, () => waiter.reject(error));
  }
}

function settle(waiter: ReadyWaiter, then: () => void): void {
  readyWaiters.delete(waiter);
  then();
}

function post(request: SearchRequest): void {
  if (!channel) {
    if (typeof Worker === 'undefined') {
      // Unit tests in Node: the worker's code runs here, answering as the worker would (asynchronously).
      const host = import('./search-host.js').then((module) => module.searchHost(receive));
      channel = { post: (r) => void host.then((h) => h.receive(r)) };
    } else {
      const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<SearchReply>) => receive(data);
      // The worker itself failed (its script did not load): every waiting screen is told, not left waiting.
      worker.onerror = (event) => {
        const error = new Error(event.message);
        pending?.reject(error);
        pending = undefined;
        for (const waiter of [...readyWaiters]) settle(waiter, () => waiter.reject(error));
      };
      channel = { post: (r) => worker.postMessage(r) };
    }
  }
  channel.post(request);
}

/**
 * Starts the search worker after the first screen: it loads the stored index of the language in use
 * (and the Swedish one), and loads another language's when the visitor changes language. Once it
 * is ready, any index the tablet lacks is built.
 */
export function startSearch(): void {
  const use = (lang: string) => searchReady(lang).catch(() => undefined);
  // Then every other language's index is built, so no visitor's language has to wait for one.
  void use(i18next.language || SOURCE_LANGUAGE).then(() => prepareSearchIndexes());
  i18next.on('languageChanged', use);
}

/** True when the worker holds `lang`'s index: a search in it is answered at once. */
export function isSearchReady(lang: string): boolean {
  return readyLang === lang;
}

/**
 * Asks the worker to hold `lang`'s index of the active version (loaded from IndexedDB, or built when
 * none is stored) and resolves when it does.
 */
export function searchReady(lang: string): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => readyWaiters.add({ lang, resolve, reject }));
  if (readyLang !== lang) readyLang = undefined;
  post({ type: 'use', lang });
  return ready;
}

/** Guide ids matching `query` in `lang`, best first; `null` when a newer query superseded this one. */
export function searchGuides(lang: string, query: string): Promise<string[] | null> {
  pending?.resolve(null);
  lastId += 1;
  const id = lastId;
  const answer = new Promise<string[] | null>((resolve, reject) => {
    pending = { id, resolve, reject };
  });
  post({ type: 'query', id, lang, query });
  return answer;
}
