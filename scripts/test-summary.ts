/**
 * Prints one closing line, `N passed, N failed`, summing the Vitest and Playwright JSON reports
 * that `npm test` writes to reports/. A report that is missing (its stage never ran, or crashed)
 * counts as one failure, so a broken run can never print a clean line.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function read<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

const unit = read<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
  'reports/unit.json',
);
const e2e = read<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
  'reports/e2e.json',
);

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
if (unit) {
  total.passed += unit.numPassedTests;
  total.failed += unit.numFailedTests;
  total.skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  console.log('unit tests: no report (the stage did not run or crashed)');
  total.failed += 1;
}
if (e2e) {
  total.passed += e2e.stats.expected;
  // A test that passed only on retry is reported, not hidden: it counts as failed.
  total.failed += e2e.stats.unexpected + e2e.stats.flaky;
  total.skipped += e2e.stats.skipped;
} else {
  console.log('end-to-end tests: no report (the stage did not run or crashed)');
  total.failed += 1;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
