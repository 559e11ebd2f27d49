import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../api/src/db/embedded-postgres.js';
import { freePort } from '../helpers/ports.js';

/** The compiled server, as `npm start` runs it. */
export const MAIN = path.resolve('dist/server/api/src/main.js');
export const DEMO_PASSWORD = 'kinerja-demo';
export const JWT_SECRET = 'resilience-secret-that-is-long-enough-0123456789';

/** A PostgreSQL of its own (data directory and port), which a test may kill and start again. */
export class Database {
  private running: RunningPostgres | null = null;
  readonly dataDir: string;
  private constructor(
    readonly root: string,
    readonly port: number,
  ) {
    this.dataDir = path.join(root, 'pg');
  }

  /** A new cluster, or a copy of the stopped cluster in `template` (owner and modes kept). */
  static async create(template?: string): Promise<Database> {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kinerja-resilience-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(root, 0o755);
    const database = new Database(root, await freePort());
    if (template) execFileSync('cp', ['-a', template, database.dataDir]);
    await database.start();
    return database;
  }

  /** Stops the cluster and removes its files. */
  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Runs one statement on the cluster (`$1` placeholders). */
  async query<R = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as R[];
    } finally {
      await client.end();
    }
  }

  get url(): string {
    return `postgresql://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the cluster; after a crash PostgreSQL replays its write-ahead log first. */
  async start(): Promise<void> {
    // Backends of a killed postmaster notice its death and leave within moments; until
    // then the old shared memory is in use and a new postmaster refuses to start.
    for (let attempt = 0; ; attempt++) {
      try {
        this.running = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port });
        return;
      } catch (error) {
        if (attempt >= 30) throw error;
        await sleep(500);
      }
    }
  }

  /** The postmaster's process id, from the first line of postmaster.pid. */
  postmasterPid(): number {
    return Number(readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** SIGKILL to the postmaster: no shutdown checkpoint, the next start recovers from the WAL. */
  async kill(): Promise<void> {
    const pid = this.postmasterPid();
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
    this.running = null;
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = null;
  }
}

/** The compiled API as a child process on `database`. */
export class Api {
  private child: ChildProcess | null = null;
  private log = '';
  private constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly nodeArgs: string[],
  ) {}

  /** `nodeArgs` go to node before the script (--expose-gc, --heapsnapshot-signal=SIGUSR2). */
  static async create(database: Database, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Api> {
    const port = await freePort();
    return new Api(
      port,
      {
        ...process.env,
        DATABASE_URL: database.url,
        JWT_SECRET,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // One process: the crash test kills the process that serves, the soak reads its memory.
        WEB_CONCURRENCY: '1',
        ...env,
      },
      nodeArgs,
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child!.pid!;
  }

  output(): string {
    return this.log;
  }

  async start(timeoutMs = 180_000): Promise<void> {
    this.log = '';
    const child = spawn(process.execPath, [...this.nodeArgs, MAIN], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    const deadline = Date.now() + timeoutMs;
    while (!this.log.includes('Kinerja ASN is running')) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${this.log}`);
      if (Date.now() > deadline) throw new Error(`server did not start:\n${this.log}`);
      await sleep(100);
    }
  }

  /** Ends the process with `signal` and waits until it is gone. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => {
      child.once('close', (code) => resolve(code));
      child.kill(signal);
    });
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const result = await this.graphql<{ login: { token: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username, password } },
    );
    if (!result.data) throw new Error(`login of ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
