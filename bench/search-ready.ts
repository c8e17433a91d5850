import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import type { GuideTranslation } from '../src/domain/content.js';
import { LANGUAGES } from '../src/domain/languages.js';
import { searchTerms } from '../src/domain/search-text.js';
import type { SearchReply, SearchRequest } from '../src/kiosk/search/search-host.js';
import { readContentDir } from '../src/server/content/content-dir.js';
import { type ContentSource, publishContent, type SourceEntry } from '../src/server/content/publish.js';
import { testServer } from '../test/helpers/server.js';
import { freshContext } from './browser.js';
import { type Figure, figure, percentile, round } from './figure.js';

const TRANSLATIONS = 10_000;
const RELOADS = 5;
const QUERIES_PER_LANGUAGE = 30;
const BUDGET_MS = 16;

/** The seed guides copied under new ids until there are 10,000 translations, and queries from their words. */
function largeSource(server: Awaited<ReturnType<typeof testServer>>) {
  const seed = readContentDir(resolve('content'), server.media);
  const guides = seed.entries.filter((e) => e.kind === 'guide');
  const slugs = [...new Set(guides.map((e) => (e.body as GuideTranslation).id))];
  const entries: SourceEntry[] = seed.entries.filter((e) => e.kind !== 'guide');
  const copies = Math.ceil(TRANSLATIONS / LANGUAGES.length);
  for (let i = 0; i < copies; i++) {
    const slug = slugs[i % slugs.length];
    for (const entry of guides.filter((e) => (e.body as GuideTranslation).id === slug)) {
      const body = { ...(entry.body as GuideTranslation), id: `${slug}-${i}`, order: i };
      entries.push({ id: `guide/${body.id}`, lang: entry.lang, kind: 'guide', body });
    }
  }
  // Queries as in the Node figure: a word, a prefix, a typo, two words; a fixed choice, so every run asks the same.
  const queries: { lang: string; query: string }[] = [];
  for (const { code } of LANGUAGES) {
    const words = guides
      .filter((e) => e.lang === code)
      .flatMap((e) => searchTerms(JSON.stringify((e.body as GuideTranslation).steps)))
      .filter((w) => w.length > 3);
    for (let i = 0; i < QUERIES_PER_LANGUAGE; i++) {
      const word = words[(i * 7919) % words.length] ?? 'bankid';
      const other = words[(i * 104_729) % words.length] ?? 'kod';
      const query = [
        word,
        word.slice(0, Math.max(3, Math.ceil(word.length / 2))),
        `${word.slice(0, -1)}`,
        `${word} ${other}`,
      ];
      queries.push({ lang: code, query: query[i % 4] as string });
    }
  }
  return { source: { entries, media: seed.media } satisfies ContentSource, queries };
}

/**
 * "Search index ready after start": a kiosk in Chromium with 10,000 guide translations in IndexedDB
 * and their search indexes stored, reloaded; ms from navigation start to the `search-index-ready`
 * mark (the page sets it when the search worker says it holds the index). And the search p95 as a
 * visitor meets it: a query posted to the kiosk's own search worker → its answer received.
 */
export async function measureSearchReady(browser: Browser): Promise<Figure[]> {
  const server = await testServer({ seed: false, publicDir: resolve('dist/public') });
  try {
    const { source, queries } = largeSource(server);
    await publishContent(server.app.content, source, '10,000 translations');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.waitForFunction('!!document.documentElement.dataset.contentActive', undefined, { timeout: 300_000 });
      // After the download every language's index is built in a worker; wait until all are stored.
      await page.waitForFunction(
        async (count) => {
          const db = await new Promise<IDBDatabase>((done) => {
            const open = indexedDB.open('servicepunkt');
            open.onsuccess = () => done(open.result);
          });
          const stored = await new Promise<number>((done) => {
            const request = db.transaction('searchIndexes').objectStore('searchIndexes').count();
            request.onsuccess = () => done(request.result);
          });
          db.close();
          return stored >= count;
        },
        LANGUAGES.length,
        { timeout: 600_000, polling: 1000 },
      );

      const ready: number[] = [];
      for (let i = 0; i < RELOADS; i++) {
        await page.reload();
        const handle = await page.waitForFunction(
          () => performance.getEntriesByName('search-index-ready')[0]?.startTime,
          undefined,
          { timeout: 60_000 },
        );
        ready.push((await handle.jsonValue()) as number);
      }
      const builds = await page.evaluate(() => performance.getEntriesByName('search-index-building').length);

      // The kiosk's own worker script (the one the page started), asked as the page asks it.
      const times = await page.evaluate(async (asked) => {
        const script = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .find((name) => name.includes('search-worker'));
        if (!script) throw new Error('the search worker was not started');
        const worker = new Worker(script, { type: 'module' });
        const next = () =>
          new Promise<SearchReply>((done) => worker.addEventListener('message', (e) => done(e.data), { once: true }));
        const ask = (request: SearchRequest) => {
          const answer = next();
          worker.postMessage(request);
          return answer;
        };
        const measured: number[] = [];
        let id = 0;
        for (const [i, { lang, query }] of asked.entries()) {
          if (i === 0 || asked[i - 1]?.lang !== lang) await ask({ type: 'use', lang });
          id += 1;
          const t0 = performance.now();
          await ask({ type: 'query', id, lang, query });
          measured.push(performance.now() - t0);
        }
        worker.terminate();
        return measured;
      }, queries);

      return [
        figure(
          'search index ready after start',
          round(percentile(ready, 0.5)),
          'ms',
          null,
          `Chromium, ${TRANSLATIONS} guide translations with their indexes stored; navigation start → search worker holds the Swedish index, median of ${RELOADS} reloads (${ready.map((r) => round(r)).join(', ')} ms); indexes built on these reloads: ${builds}`,
        ),
        figure(
          'Search p95 at 10,000 guide translations, in the kiosk (Chromium worker)',
          round(percentile(times, 0.95), 2),
          'ms',
          BUDGET_MS,
          `${times.length} queries (words, prefixes, typos, two words; nine languages), query posted to the kiosk's search worker → answer received; p50 ${round(percentile(times, 0.5), 2)} ms`,
        ),
      ];
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
  }
}
