// Builds what is out of date: `node scripts/build.mjs [api|admin]` (both by default).
// The API compiles with tsc (which emits the decorator metadata type-graphql and MikroORM need);
// the console builds with Vite, skipped when dist/admin is newer than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const targets = process.argv.slice(2);
const want = (name) => targets.length === 0 || targets.includes(name);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

if (want('api')) {
  const started = Date.now();
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  console.log(`build: API compiled (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (want('admin')) {
  const output = path.join(root, 'dist/admin/index.html');
  const sources = [path.join(root, 'admin'), path.join(root, 'package-lock.json')];
  if (existsSync(output) && statSync(output).mtimeMs > Math.max(...sources.map(newestMtime))) {
    console.log('build: console up to date');
  } else {
    const started = Date.now();
    execFileSync(bin('vite'), ['build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    console.log(`build: console built (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
