import { createRequire } from 'node:module';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Tests of pure code: no database, no server, no browser. */
const UNIT = ['test/unit/**/*.test.ts', 'test/schema/**/*.test.ts', 'admin/src/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so every
    // dependency, loads the CommonJS one; Vite would pick the other for our sources,
    // and two copies of graphql refuse each other's types. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Each file gets its own database and server, so files run in parallel safely.
    pool: 'forks',
    // No file mocks modules or changes the environment, so the files of a worker share its
    // imports: the API's module graph loads once per worker, not once per file (all in all,
    // imports took 204 s of a run with isolated files, 13 s without). A new file that needs a
    // fresh module registry says so in its project.
    isolate: false,
    // At least two files at a time, even on two cores (vitest's default there is one): a file of the
    // api project spends much of its time waiting for PostgreSQL, which another file can use.
    // VITEST_MAX_WORKERS overrides it. The browser project runs one file at a time regardless.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // The ten slowest files after the summary (test/helpers/slowest-files-reporter.ts).
    reporters: ['default', './test/helpers/slowest-files-reporter.ts'],
    projects: [
      {
        // No global setup: `npx vitest run --project unit` starts no PostgreSQL.
        extends: true,
        test: { name: 'unit', include: UNIT, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'api',
          // One PostgreSQL and a migrated template database for the run, shared with the browser project.
          globalSetup: ['test/global-setup.ts'],
          include: ['test/**/*.test.ts'],
          // test/resilience: long crash and soak runs, `npm run test:resilience`.
          exclude: [...UNIT, 'test/admin/**', 'test/resilience/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The browser stories run after the rest, one file at a time: a Chromium next to a
        // parallel suite on a 2-core machine turns a second's step into half a minute.
        // One worker runs them all, so they share its Chromium (test/admin/browser.ts) and import
        // the server once; each file still has its own database, server and browser contexts.
        extends: true,
        test: {
          name: 'browser',
          globalSetup: ['test/global-setup.ts'],
          include: ['test/admin/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
