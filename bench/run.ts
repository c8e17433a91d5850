/**
 * `npm run bench` (after `npm run build`): measures the design doc's performance figures against
 * the built kiosk and the real server, prints a table, and writes bench/results/latest.json.
 * Over-budget figures are reported, not failed (exit 0); a measurement that cannot be made exits 1.
 * Measurements run one after another: the machine may have only two cores.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBookingWrites } from './booking-writes.js';
import { launchChromium } from './browser.js';
import { measureBundle } from './bundle-size.js';
import { measureColdStart } from './cold-start.js';
import { measureContentUpdates } from './content-update.js';
import { type Figure, withTimeout } from './figure.js';
import { measureFleet } from './fleet.js';
import { measureFleetAlerts } from './fleet-alert.js';
import { measureHealthzUnderPreview } from './healthz-under-preview.js';
import { measureManifest304 } from './manifest-304.js';
import { measureOutboxFlush } from './outbox-flush.js';
import { measureSearch } from './search-latency.js';
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
      f.budget ? `≤ ${f.budget.max} ${f.unit}` : '—',
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

async function main(): Promise<void> {
  if (!existsSync('dist/public/index.html')) throw new Error('dist/public is missing: run "npm run build" first');
  const server = await startServer();
  const figures: Figure[] = [];
  let chromium = '';
  try {
    const browser = await launchChromium();
    try {
      chromium = browser.version();
      figures.push(...(await withTimeout(measureBundle(browser, server.url), 60_000, 'bundle size')));
      figures.push(...(await withTimeout(measureColdStart(browser, server.url), 300_000, 'cold start')));
      figures.push(...(await withTimeout(measureTapToStep(browser, server.url), 120_000, 'tap to step')));
      figures.push(...(await withTimeout(measureTapToStep(browser, server.url, 4), 120_000, 'tap to step, 4×')));
      figures.push(...(await withTimeout(measureVisits(browser, server.url), 900_000, 'visits')));
      figures.push(...(await withTimeout(measureContentUpdates(browser), 300_000, 'content updates')));
      figures.push(...(await withTimeout(measureOutboxFlush(browser), 180_000, 'outbox flush')));
    } finally {
      await browser.close();
    }
    // After the browser is gone, so it takes no CPU from the server or the load generator.
    figures.push(...(await withTimeout(measureManifest304(server.url), 120_000, 'manifest 304')));
    figures.push(...(await withTimeout(measureBookingWrites(), 180_000, 'booking writes')));
    figures.push(...(await withTimeout(measureHealthzUnderPreview(), 180_000, 'healthz under preview')));
    figures.push(...(await withTimeout(measureFleet(), 240_000, 'fleet')));
    figures.push(...(await withTimeout(measureFleetAlerts(), 240_000, 'fleet alerts')));
    figures.push(...measureSearch());
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
