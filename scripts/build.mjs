// Builds what is out of date: `node scripts/build.mjs [api|admin]` (both by default).
// The API compiles file by file with SWC (legacy decorators and the decorator metadata type-graphql and
// MikroORM read), only the files whose source changed since the last build; type checking is `npm run check`.
// The console builds with Vite, skipped when dist/admin is newer than its sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** What tsc emitted with tsconfig.json (ES2022, NodeNext, experimentalDecorators, emitDecoratorMetadata). */
const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: true,
  inlineSourcesContent: false,
};

const API_OUT = path.join(root, 'dist/server');
// Written last: a build stopped half way leaves the old stamp, so the next one compiles again.
const STAMP = path.join(API_OUT, '.swc-stamp.json');

/**
 * Compiles the API sources that changed since the stamp (a hash per file) and
 * removes the output of deleted ones. Returns how many files it compiled.
 */
async function buildApi() {
  const sources = ['api/src', 'migrations'].flatMap((dir) => tsFiles(path.join(root, dir)));
  const hash = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');
  const version = JSON.parse(readFileSync(path.join(root, 'node_modules/@swc/core/package.json'), 'utf8')).version;
  const options = JSON.stringify(SWC_OPTIONS);
  let stamp = { version: null, options: null, files: {} };
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    // No stamp: everything compiles.
  }
  const fresh = stamp.version === version && stamp.options === options;
  const files = {};
  const changed = [];
  for (const file of sources) {
    const relative = path.relative(root, file);
    files[relative] = hash(file);
    const output = path.join(API_OUT, relative.replace(/\.ts$/, '.js'));
    if (!fresh || stamp.files[relative] !== files[relative] || !existsSync(output)) changed.push(relative);
  }
  const removed = Object.keys(stamp.files).filter((relative) => !(relative in files));
  if (changed.length === 0 && removed.length === 0) return 0;

  const { transformFile } = await import('@swc/core');
  await Promise.all(
    changed.map(async (relative) => {
      const output = path.join(API_OUT, relative.replace(/\.ts$/, '.js'));
      const { code, map } = await transformFile(path.join(root, relative), {
        ...SWC_OPTIONS,
        swcrc: false,
        configFile: false,
        filename: path.join(root, relative),
        outputPath: output,
        sourceFileName: path.relative(path.dirname(output), path.join(root, relative)),
      });
      mkdirSync(path.dirname(output), { recursive: true });
      writeFileSync(output, `${code}\n//# sourceMappingURL=${path.basename(output)}.map\n`);
      writeFileSync(`${output}.map`, map);
    }),
  );
  for (const relative of removed) {
    const output = path.join(API_OUT, relative.replace(/\.ts$/, '.js'));
    rmSync(output, { force: true });
    rmSync(`${output}.map`, { force: true });
  }
  writeFileSync(STAMP, JSON.stringify({ version, options, files }));
  return changed.length;
}

if (want('api')) {
  const started = Date.now();
  const compiled = await buildApi();
  const took = ((Date.now() - started) / 1000).toFixed(1);
  console.log(compiled ? `build: API compiled, ${compiled} file(s) (${took} s)` : 'build: API up to date');
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
