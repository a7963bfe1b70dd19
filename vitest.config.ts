import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each gate keeps its own test beside it (src/gates/<gate>/<gate>.test.ts).
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Build and browser tests start their own processes; two cores are enough for one file at a time.
    fileParallelism: false,
    // A test.only left in by mistake would silently skip the rest: fail instead.
    allowOnly: false,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
