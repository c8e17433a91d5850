import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that time the server's event loop while it does slow work (/healthz must stay quick). A
 * wall clock also counts the time the process waits for a core, so they run on their own, after
 * every other test file, never beside one on this two-core machine.
 */
const EVENT_LOOP_TIMED = ['test/server/slow-work.test.ts'];

export default defineConfig({
  test: {
    // Two cores: keep workers to what the machine has.
    maxWorkers: 2,
    // Tests build a real app on a seeded database and hash passwords with scrypt: slow on two cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...EVENT_LOOP_TIMED],
        },
      },
      {
        extends: true,
        test: { name: 'event-loop', include: EVENT_LOOP_TIMED, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
