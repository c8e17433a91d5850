import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { GuideTranslation } from '../src/domain/content.js';
import { SOURCE_LANGUAGE } from '../src/domain/languages.js';
import { searchTerms } from '../src/domain/search-text.js';
import {
  buildGuideIndex,
  type GuideIndex,
  type GuideSearch,
  guideSearch,
  loadGuideIndex,
} from '../src/kiosk/search/guide-search.js';
import { readContentDir } from '../src/server/content/content-dir.js';
import { mediaStore } from '../src/server/media-store.js';
import { type Figure, figure, percentile, round } from './figure.js';

/** The design doc's budget: search across all guides in all languages, p95, at 10,000 translations. */
const BUDGET_MS = 16;
const TRANSLATIONS = 10_000;
const QUERIES = 300;

/** A small deterministic random source, so every run searches the same corpus with the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Search latency in the kiosk's own search code (MiniSearch with the kiosk's folding), on a
 * synthetic corpus of 10,000 guide translations made from the real seed guides in all nine
 * languages: each copy gets a new id and some of its words swapped for others from the same
 * language. As on the kiosk, each language has its own index of its own guides' text, built once,
 * stored as a string and loaded back; a query goes to its language's index and the Swedish one.
 * Queries: whole words, prefixes, one-letter typos and two-word phrases, in every script.
 * Runs in Node's V8, the engine Chromium runs the kiosk on.
 */
export async function measureSearch(): Promise<Figure[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'servicepunkt-bench-search-'));
  try {
    const seed = readContentDir(resolve('content'), mediaStore(scratch)).entries.flatMap((e) =>
      e.kind === 'guide' ? [e.body] : [],
    );
    const next = random(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const vocabulary = new Map<string, string[]>();
    for (const g of seed) {
      const words = searchTerms(JSON.stringify(g.steps)).filter((w) => w.length > 3);
      vocabulary.set(g.lang, [...(vocabulary.get(g.lang) ?? []), ...words]);
    }

    const corpus: GuideTranslation[] = [];
    for (let i = 0; corpus.length < TRANSLATIONS; i++) {
      const original = seed[i % seed.length] as GuideTranslation;
      const words = vocabulary.get(original.lang) ?? [];
      const mutate = (text: string) =>
        text
          .split(' ')
          .map((w) => (next() < 0.2 ? pick(words) : w))
          .join(' ');
      corpus.push({
        ...original,
        id: `${original.id}-${i}`,
        title: mutate(original.title),
        steps: original.steps.map((s) => ({ ...s, title: mutate(s.title) })),
      });
    }

    const languages = [...vocabulary.keys()];
    const indexes = new Map<string, GuideIndex>();
    let buildMs = 0;
    let loadMs = 0;
    let storedChars = 0;
    for (const lang of languages) {
      const started = performance.now();
      const stored = buildGuideIndex(
        corpus.filter((g) => g.lang === lang),
        lang,
      ).toStored();
      const built = performance.now();
      indexes.set(lang, loadGuideIndex(stored));
      buildMs += built - started;
      loadMs = Math.max(loadMs, performance.now() - built);
      storedChars += stored.index.length;
    }
    // As in the search worker: the visitor's language's index with the Swedish one beside it.
    const searches = new Map(
      languages.map((lang) => [lang, guideSearch(indexes.get(lang) as GuideIndex, indexes.get(SOURCE_LANGUAGE))]),
    );

    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const lang = pick(languages);
      const words = vocabulary.get(lang) ?? ['bankid'];
      const word = pick(words);
      const query = (() => {
        switch (i % 4) {
          case 0:
            return word;
          case 1:
            return word.slice(0, Math.max(3, Math.ceil(word.length / 2)));
          case 2:
            return word.length > 5 ? `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}` : word;
          default:
            return `${word} ${pick(words)}`;
        }
      })();
      return { index: searches.get(lang) as GuideSearch, query };
    });
    for (const q of queries.slice(0, 20)) q.index.search(q.query); // warm-up: let V8 optimise the hot path
    const times = queries.map((q) => {
      const t0 = performance.now();
      q.index.search(q.query);
      return performance.now() - t0;
    });
    return [
      figure(
        'Search p95 at 10,000 guide translations',
        round(percentile(times, 0.95), 2),
        'ms',
        BUDGET_MS,
        `${QUERIES} queries (words, prefixes, typos, two words; all scripts), each in its language's index and the Swedish one (Node); p50 ${round(percentile(times, 0.5), 2)} ms; one-time build of all ${languages.length} languages' indexes ${round(buildMs)} ms, ${round(storedChars / 1e6, 1)} M chars stored; the largest loaded from its stored form in ${round(loadMs)} ms`,
      ),
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
