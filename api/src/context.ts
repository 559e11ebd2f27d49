import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { PgPubSub } from './events/pg-pubsub.js';
import { unauthenticated } from './errors.js';
import { type Loaders } from './graphql/loaders.js';
import type { Actor } from './access/actor.js';
import type { RequestScope } from './request-context.js';

/** What a service needs: its own EntityManager fork, the actor, the configuration. */
export interface ServiceContext {
  em: EntityManager;
  actor: Actor | null;
  config: Config;
}

/** Per-request GraphQL context. */
export interface Context extends ServiceContext {
  requestId: string;
  /** The client's IP address (behind a loopback proxy, from X-Forwarded-For); null over WebSocket. */
  clientAddress: string | null;
  scope: RequestScope;
  loaders: Loaders;
}

/** A subscription's context (WebSocket): the events of the server it arrived through. */
export interface SubscriptionContext extends Context {
  events: PgPubSub;
}

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** The same actor with a unit of work of its own: what a subscription's check of each event runs with. */
export function freshServiceContext(ctx: ServiceContext): ServiceContext {
  return { em: ctx.em.fork(), actor: ctx.actor, config: ctx.config };
}
