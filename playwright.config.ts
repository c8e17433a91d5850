import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/helpers/chromium.js';

export default defineConfig({
  testDir: 'e2e',
  // Each test starts its own server on a temporary database; two cores, two workers.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    serviceWorkers: 'allow',
    viewport: { width: 1024, height: 768 },
    locale: 'sv-SE',
    trace: 'retain-on-failure',
  },
});
