import path from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * Resilience: the crash and soak tests against the compiled server, on their own
 * embedded PostgreSQL. Long, so `npm run test:resilience` runs them, not `npm test`.
 */
export default defineConfig({
  ...base,
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    ...base.test,
    globalSetup: ['test/resilience/global-setup.ts'],
    projects: undefined, // not the suite's api/browser split
    include: ['test/resilience/**/*.test.ts'],
    // One at a time: the soak measures memory and the crash test kills processes.
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
