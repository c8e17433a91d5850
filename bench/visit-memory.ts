import type { Browser, CDPSession, Page } from '@playwright/test';
import { LANGUAGES } from '../src/domain/languages.js';
import { freshContext } from './browser.js';
import { type Figure, figure, round } from './figure.js';

/** The design doc's budget: over 1,000 visitor sessions in a row, JS heap flat within 2 MB. */
const HEAP_BUDGET_MB = 2;
const VISITS = Number(process.env.BENCH_VISITS ?? 1000);
const WARM_UP = 10;
/** One visit takes well under a second; a visit still going after this is stuck, and the step says where. */
const VISIT_DEADLINE_MS = Number(process.env.BENCH_VISIT_DEADLINE_MS ?? 20_000);

async function metrics(cdp: CDPSession): Promise<{ heapMb: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapMb: value('JSHeapUsedSize') / 2 ** 20, nodes: value('Nodes') };
}

/** What the page shows now, for the message of a stuck visit. */
async function screenShown(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const main = document.querySelector('main');
      const stage = (window as { visitStage?: string }).visitStage ?? '?';
      const heading = document.querySelector('h1')?.textContent?.trim().slice(0, 60) ?? '';
      return `screen <main class="${main?.className ?? 'none'}">, heading "${heading}", html lang ${document.documentElement.lang}, last stage reached "${stage}"`;
    })
    .catch((error: unknown) => `the page did not answer (${String(error)})`);
}

/** Runs one visit, failing with its number, language and the screen shown if it passes its deadline. */
async function visitWithDeadline(page: Page, n: number): Promise<void> {
  const language = languageOf(n);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void screenShown(page).then((shown) =>
        reject(new Error(`visit ${n} (${language}) stuck after ${VISIT_DEADLINE_MS / 1000} s: ${shown}`)),
      );
    }, VISIT_DEADLINE_MS);
  });
  try {
    await Promise.race([visit(page, n), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function languageOf(n: number): string {
  return LANGUAGES[n % LANGUAGES.length]?.nativeName ?? 'Svenska';
}

/** One visitor: chooses a language, reads two steps of a guide, searches, then walks away. */
async function visit(page: Page, n: number): Promise<void> {
  const language = languageOf(n);
  await page.evaluate(
    async ({ language, n }) => {
      const stage = (name: string) => {
        (window as { visitStage?: string }).visitStage = name;
      };
      const until = async <T>(find: () => T | null | undefined): Promise<T> => {
        for (;;) {
          const found = find();
          if (found) return found;
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      const button = (text: string) =>
        [...document.querySelectorAll('.language-button')].find((b) => b.textContent?.trim() === text) ?? null;
      stage('attract');
      (await until(() => document.querySelector<HTMLButtonElement>('.attract-button'))).click();
      stage('language chooser');
      ((await until(() => button(language))) as HTMLButtonElement).click();
      stage('home after choosing the language');
      const categories = await until(() => {
        const list = document.querySelectorAll<HTMLButtonElement>('.tile-grid .tile:not(.tile-help)');
        return list.length > 0 ? list : null;
      });
      categories[n % categories.length]?.click();
      stage('category');
      (await until(() => document.querySelector<HTMLButtonElement>('.guide-card'))).click();
      stage('guide');
      await until(() => document.querySelector('.step h1'));
      stage('search');
      document.querySelector<HTMLButtonElement>('.action-bar .primary')?.click();
      document.querySelectorAll<HTMLButtonElement>('.top-bar-nav button')[1]?.click();
      const input = await until(() => document.querySelector<HTMLInputElement>('#search-input'));
      input.value = `bank ${n}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => document.querySelector('.result-count')?.textContent);
      stage('idle reset');
    },
    { language, n },
  );
  // The visitor leaves: idle time, then the countdown, then the reset back to the attract screen.
  await page.clock.runFor(500);
  await page.clock.fastForward('01:31');
  await page.clock.runFor(500);
  await page.clock.fastForward('00:21');
  await page.locator('.attract-button').waitFor();
}

/**
 * 1,000 visitor sessions in a row, each ended by the idle reset: the JS heap (after a forced
 * garbage collection) and the DOM node count after a warm-up, and again at the end. A leak
 * anywhere in a visit (listeners, timers, search indexes, video elements) shows as growth.
 */
export async function measureVisits(browser: Browser, url: string): Promise<Figure[]> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${url}/`);
    await page.waitForFunction('document.documentElement.dataset.contentActive === "1"');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    for (let n = 0; n < WARM_UP; n++) await visitWithDeadline(page, n);
    const before = await metrics(cdp);
    const started = Date.now();
    for (let n = WARM_UP; n < VISITS; n++) await visitWithDeadline(page, n);
    const after = await metrics(cdp);
    const growth = after.heapMb - before.heapMb;
    const seconds = round((Date.now() - started) / 1000);
    return [
      figure(
        `JS heap growth over ${VISITS} visits`,
        round(growth, 2),
        'MB',
        HEAP_BUDGET_MB,
        `${round(before.heapMb, 2)} MB after ${WARM_UP} visits → ${round(after.heapMb, 2)} MB after ${VISITS} (${seconds} s, every language in turn)`,
      ),
      figure(
        `DOM nodes growth over ${VISITS} visits`,
        after.nodes - before.nodes,
        'nodes',
        null,
        `${before.nodes} → ${after.nodes} on the attract screen`,
      ),
    ];
  } finally {
    await context.close();
  }
}
