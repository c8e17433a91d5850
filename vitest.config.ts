import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: keep workers to what the machine has.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
