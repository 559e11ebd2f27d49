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
    include: ['test/**/*.test.ts', 'admin/src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own database and server, so files run in parallel safely.
    pool: 'forks',
    // Browser tests walk long stories; on a loaded 2-core machine a step can take many times its usual second.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
