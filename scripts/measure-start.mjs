// Times `npm start` as a newcomer meets it: `node scripts/measure-start.mjs [runs] [ref]` (3 runs of HEAD by default).
// Each run clones the committed HEAD (or ref) of this checkout into a temporary folder (node_modules linked, not
// installed), then measures from `npm start` to the first answer of `{ __typename }` on /graphql: once on the
// fresh clone (build, new database, migrations, demo data) and once more on a restart with nothing changed.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const runs = Number(process.argv[2] ?? 3);
const ref = process.argv[3];

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function answers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.ok && (await response.json()).data?.__typename === 'Query';
  } catch {
    return false;
  }
}

/** Seconds from `npm start` to the first answer; the server is then stopped as Ctrl+C would. */
async function timeStart(dir, env) {
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let seconds = null;
  while (performance.now() - started < 600_000 && child.exitCode === null) {
    if (await answers(env.PORT)) {
      seconds = (performance.now() - started) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (child.exitCode === null) process.kill(-child.pid, 'SIGINT');
  await exited;
  if (seconds === null) throw new Error(`no answer within 600 s:\n${output}`);
  return seconds;
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-start-'));
  // Readable by others, as a clone is: as root, the embedded PostgreSQL runs as the postgres user.
  chmodSync(dir, 0o755);
  try {
    execFileSync('git', ['clone', '--quiet', root, dir]);
    if (ref) execFileSync('git', ['checkout', '--quiet', ref], { cwd: dir });
    symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(dir, 'node_modules'));
    const env = { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
    const first = await timeStart(dir, env);
    const restart = await timeStart(dir, env);
    const load = os.loadavg()[0].toFixed(1);
    results.push({ first, restart });
    console.log(`run ${run}: first start ${first.toFixed(1)} s, restart ${restart.toFixed(1)} s (load average ${load})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `median: first start ${median(results.map((r) => r.first)).toFixed(1)} s, restart ${median(results.map((r) => r.restart)).toFixed(1)} s`,
);
