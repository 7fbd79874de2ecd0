import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Two cores on the reference machine: more workers only thrash.
    maxWorkers: 2,
  },
});
