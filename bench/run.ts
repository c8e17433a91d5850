/**
 * `npm run bench` (after `npm run build`): measures the design doc's performance figures against
 * the built kiosk and the real server, prints a table, and writes bench/results/latest.json.
 * Over-budget figures are reported, not failed (exit 0); a measurement that cannot be made exits 1.
 * Measurements run one after another: the machine may have only two cores.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureBookingWrites } from './booking-writes.js';
import { launchChromium } from './browser.js';
import { measureBundle } from './bundle-size.js';
import { measureColdStart } from './cold-start.js';
import { measureContentUpdates } from './content-update.js';
import { type Figure, withTimeout } from './figure.js';
import { measureFirstStartBytes } from './first-start-bytes.js';
import { measureFleet } from './fleet.js';
import { measureFleetAlerts } from './fleet-alert.js';
import { measureHealthzUnderPreview } from './healthz-under-preview.js';
import { measureManifest304 } from './manifest-304.js';
import { measureOutboxFlush } from './outbox-flush.js';
import { measurePublish500, measurePublishSeed } from './publish.js';
import { measureSearch } from './search-latency.js';
import { measureSearchReady } from './search-ready.js';
import { startServer } from './server-under-test.js';
import { measureTapToStep } from './tap-to-step.js';
import { measureVisits } from './visit-memory.js';

const RESULTS = resolve('bench/results/latest.json');

function printTable(figures: Figure[]): void {
  const rows = [
    ['figure', 'value', 'budget', 'within budget'],
    ...figures.map((f) => [
      f.name,
      `${f.value} ${f.unit}`,
      !f.budget ? '—' : 'max' in f.budget ? `≤ ${f.budget.max} ${f.unit}` : `≥ ${f.budget.min} ${f.unit}`,
      f.ok === null ? 'n/a' : f.ok ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log();
  for (const f of figures) console.log(`${f.name}: ${f.detail}`);
}

/** One measurement: its name (to pick it with `npm run bench -- <name>…`), how long it may take, and what it does. */
interface Step {
  name: string;
  timeoutMs: number;
  run: (ctx: { browser: Browser; url: string }) => Promise<Figure[]> | Figure[];
  /** Runs after the browser is closed, so it takes no CPU from the server or the load generator. */
  noBrowser?: boolean;
}

const STEPS: Step[] = [
  { name: 'bundle', timeoutMs: 60_000, run: ({ browser, url }) => measureBundle(browser, url) },
  { name: 'cold-start', timeoutMs: 300_000, run: ({ browser, url }) => measureColdStart(browser, url) },
  { name: 'first-start-bytes', timeoutMs: 120_000, run: ({ browser, url }) => measureFirstStartBytes(browser, url) },
  { name: 'tap', timeoutMs: 120_000, run: ({ browser, url }) => measureTapToStep(browser, url) },
  { name: 'tap-4x', timeoutMs: 120_000, run: ({ browser, url }) => measureTapToStep(browser, url, 4) },
  { name: 'visits', timeoutMs: 900_000, run: ({ browser, url }) => measureVisits(browser, url) },
  { name: 'content-updates', timeoutMs: 300_000, run: ({ browser }) => measureContentUpdates(browser) },
  { name: 'outbox', timeoutMs: 180_000, run: ({ browser }) => measureOutboxFlush(browser) },
  { name: 'manifest-304', timeoutMs: 120_000, noBrowser: true, run: () => measureManifest304() },
  { name: 'booking-writes', timeoutMs: 180_000, noBrowser: true, run: () => measureBookingWrites() },
  { name: 'healthz', timeoutMs: 180_000, noBrowser: true, run: () => measureHealthzUnderPreview() },
  { name: 'fleet', timeoutMs: 240_000, noBrowser: true, run: () => measureFleet() },
  { name: 'fleet-alerts', timeoutMs: 240_000, noBrowser: true, run: () => measureFleetAlerts() },
  { name: 'search', timeoutMs: 300_000, noBrowser: true, run: () => measureSearch() },
  { name: 'publish-seed', timeoutMs: 180_000, noBrowser: true, run: () => measurePublishSeed() },
  { name: 'publish-500x9', timeoutMs: 900_000, noBrowser: true, run: () => measurePublish500() },
  { name: 'search-ready', timeoutMs: 1_200_000, run: ({ browser }) => measureSearchReady(browser) },
];

/** The steps named on the command line (all when none is), refusing a name that is not a step. */
function chosenSteps(names: string[]): Step[] {
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown bench step ${unknown.join(', ')}; the steps are ${STEPS.map((s) => s.name).join(', ')}`);
  }
  return names.length === 0 ? STEPS : STEPS.filter((s) => names.includes(s.name));
}

async function main(): Promise<void> {
  if (!existsSync('dist/public/index.html')) throw new Error('dist/public is missing: run "npm run build" first');
  const steps = chosenSteps(process.argv.slice(2));
  const server = await startServer();
  const figures: Figure[] = [];
  let chromium = '';
  const runStep = async (step: Step, browser: Browser) =>
    figures.push(
      ...(await withTimeout(Promise.resolve(step.run({ browser, url: server.url })), step.timeoutMs, step.name)),
    );
  const browser = await launchChromium();
  try {
    try {
      chromium = browser.version();
      for (const step of steps.filter((s) => !s.noBrowser)) await runStep(step, browser);
    } finally {
      await browser.close();
    }
    // The browser handle is closed by now; these steps do not use it.
    for (const step of steps.filter((s) => s.noBrowser)) await runStep(step, browser);
  } finally {
    await server.close();
  }

  printTable(figures);
  mkdirSync(resolve(RESULTS, '..'), { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, chromium, figures };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${RESULTS}`);
}

main().then(
  // The browser, server and worker threads are closed; exit without waiting for stray handles.
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
