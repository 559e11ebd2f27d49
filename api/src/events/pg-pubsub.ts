import pg from 'pg';
import type { Logger } from 'pino';
import type { PubSub } from 'type-graphql';
import { EVENT_CHANNEL, type EventMessage } from './events.js';

type Listener = (payload: unknown) => void;

/** A subscriber that stops reading must not make the process hoard events for it. */
const MAX_QUEUED = 100;
const RECONNECT_MS = 1000;

/**
 * Events from PostgreSQL: one dedicated connection per API process LISTENs on
 * the channel and hands each notification to this process's subscribers, so a
 * change committed through any process reaches subscribers on every process.
 * The connection is re-opened when lost (events sent meanwhile are missed).
 */
export class PgPubSub implements PubSub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly finishers = new Set<() => void>();
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  static async start(databaseUrl: string, logger: Logger): Promise<PgPubSub> {
    const pubSub = new PgPubSub(databaseUrl, logger);
    await pubSub.connect();
    return pubSub;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'kinerja-events' });
    client.on('notification', (message) => {
      if (message.channel === EVENT_CHANNEL && message.payload) this.dispatch(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENT_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.logger.warn({ err: error }, 'event listener connection lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'event listener could not reconnect; trying again');
        this.scheduleReconnect();
      });
    }, RECONNECT_MS);
  }

  private dispatch(raw: string): void {
    let message: EventMessage;
    try {
      message = JSON.parse(raw) as EventMessage;
    } catch {
      this.logger.warn({ raw: raw.slice(0, 200) }, 'ignored a malformed event');
      return;
    }
    for (const listener of this.listeners.get(message.topic) ?? []) listener(message.payload);
  }

  /**
   * Announces an event not tied to a change (to every process, this one included).
   * Changes announce themselves with `notify(em, ...)` inside their transaction instead,
   * so that only committed work is announced.
   */
  publish(topic: string, payload: unknown): void {
    if (!this.client) throw new Error('The event listener is not connected');
    this.client.query('select pg_notify($1, $2)', [EVENT_CHANNEL, JSON.stringify({ topic, payload })]).catch((error: unknown) => {
      this.logger.error({ err: error, topic }, 'could not publish an event');
    });
  }

  /** The payloads of one topic as they arrive; `return()` (the client unsubscribing) stops listening at once. */
  subscribe(topic: string): AsyncIterableIterator<unknown> {
    const queue: unknown[] = [];
    let waiting: ((result: IteratorResult<unknown>) => void) | null = null;
    let done = false;
    const listener: Listener = (payload) => {
      if (waiting) {
        waiting({ value: payload, done: false });
        waiting = null;
      } else if (queue.length < MAX_QUEUED) queue.push(payload);
    };
    const finish = () => {
      if (done) return;
      done = true;
      this.listeners.get(topic)?.delete(listener);
      this.finishers.delete(finish);
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    };
    if (this.closed) done = true;
    else {
      this.listeners.set(topic, (this.listeners.get(topic) ?? new Set()).add(listener));
      this.finishers.add(finish);
    }
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        finish();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** How many subscriptions are open on this process (health and tests). */
  get subscriberCount(): number {
    return this.finishers.size;
  }

  /** Ends every open subscription and the listening connection. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    for (const finish of [...this.finishers]) finish();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

/**
 * The PubSub type-graphql is built with (once per process). Each subscription
 * names as its `topicId` the PgPubSub of the server it arrived through, so two
 * servers in one process (tests) never mix their databases' events.
 */
export const schemaPubSub: PubSub = {
  publish: () => {
    throw new Error('Publish with notify(em, ...) inside the transaction that makes the change');
  },
  subscribe: (topic, events) => {
    if (!(events instanceof PgPubSub)) throw new Error('Subscriptions are served over WebSocket only');
    return events.subscribe(topic);
  },
};
