import { createRequire } from 'node:module';
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
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // The ten slowest files after the summary (test/helpers/slowest-files-reporter.ts).
    reporters: ['default', './test/helpers/slowest-files-reporter.ts'],
    projects: [
      {
        // No global setup: `npx vitest run test/unit` starts no PostgreSQL.
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
        // One worker runs them all (isolate: false), so they share its Chromium (test/admin/browser.ts)
        // and import the server once; each file still has its own database, server and browser contexts.
        extends: true,
        test: {
          name: 'browser',
          globalSetup: ['test/global-setup.ts'],
          include: ['test/admin/**/*.test.ts'],
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
