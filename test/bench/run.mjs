// Runs a benchmark of test/bench with vitest (which gives it the test database
// and a real HTTP server): `node test/bench/run.mjs <name> [--employees N] [--runs R]`.
// Options are handed to the benchmark as BENCH_* environment variables.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const [name, ...args] = process.argv.slice(2);
if (!name || name.startsWith('-')) {
  console.error('usage: node test/bench/run.mjs <name> [--employees N] [--runs R]');
  process.exit(2);
}
const env = { ...process.env, BENCH_FILE: `test/bench/${name}.bench.ts` };
for (let index = 0; index < args.length; index++) {
  const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[index]);
  if (!match) {
    console.error(`unknown argument ${args[index]}`);
    process.exit(2);
  }
  const value = match[2] ?? args[++index];
  if (value === undefined) {
    console.error(`--${match[1]} needs a value`);
    process.exit(2);
  }
  env[`BENCH_${match[1].replaceAll('-', '_').toUpperCase()}`] = value;
}
const result = spawnSync(
  path.join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--config', 'test/bench/vitest.config.ts', '--reporter', 'default'],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
