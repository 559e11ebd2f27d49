import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so every
    // dependency, loads the CommonJS one; Vite would pick the other for our sources,
    // and two copies of graphql refuse each other's types. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own database and server, so files run in parallel safely.
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts', 'admin/src/**/*.test.ts'],
          // test/resilience: long crash and soak runs, `npm run test:resilience`.
          exclude: ['test/admin/**', 'test/resilience/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The browser stories run after the rest, one file at a time: a Chromium next to a
        // parallel suite on a 2-core machine turns a second's step into half a minute.
        extends: true,
        test: { name: 'browser', include: ['test/admin/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
