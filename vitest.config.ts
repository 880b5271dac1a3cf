import { defineConfig } from 'vitest/config';

// Two groups: every test file in parallel, then the timing test alone (tests/property/pathological.test.ts
// asserts an absolute speed per document; CPU time is its measure, but files running beside it still
// disturb it through shared caches and the JIT's background threads).
const TIMED = 'tests/property/pathological.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'tests', include: ['tests/**/*.test.ts'], exclude: [TIMED], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: [TIMED], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
