import path from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * Benchmarks: the test setup (one PostgreSQL, a migrated template cloned per
 * file) without the test suite. Run on demand through `node test/bench/run.mjs`
 * (`npm run bench:evaluation`), never by `npm test`.
 */
export default defineConfig({
  ...base,
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    ...base.test,
    projects: undefined, // not the suite's unit/api/browser split
    globalSetup: ['test/bench/global-setup.ts'],
    include: [process.env.BENCH_FILE ?? 'test/bench/**/*.bench.ts'],
    // One benchmark at a time: they measure the machine.
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
