import type { EntityManager } from '@mikro-orm/postgresql';

/** The one PostgreSQL channel every API process LISTENs on. */
export const EVENT_CHANNEL = 'kinerja_events';

/** What subscriptions listen to. Payloads carry row ids only: each subscriber loads the record within its own access. */
export enum Topic {
  WORK_REPORT_FILED = 'WORK_REPORT_FILED',
  FEEDBACK_RECEIVED = 'FEEDBACK_RECEIVED',
}

export interface EventPayloads {
  [Topic.WORK_REPORT_FILED]: { reportId: string };
  [Topic.FEEDBACK_RECEIVED]: { feedbackId: string };
}

export interface EventMessage<T extends Topic = Topic> {
  topic: T;
  payload: EventPayloads[T];
}

/**
 * Publishes through `pg_notify` on the EntityManager's connection. Called inside
 * the service's transaction, PostgreSQL delivers it when (and only if) the
 * transaction commits, to every API process, this one included.
 */
export async function notify<T extends Topic>(em: EntityManager, topic: T, payload: EventPayloads[T]): Promise<void> {
  const message: EventMessage<T> = { topic, payload };
  await em.execute('select pg_notify(?, ?)', [EVENT_CHANNEL, JSON.stringify(message)]);
}
