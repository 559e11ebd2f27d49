import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import type { SubscriptionContext } from '../context.js';
import type { PgPubSub } from '../events/pg-pubsub.js';
import type { Actor } from '../access/actor.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { invalidFields } from '../errors.js';
import { documentNesting, inputLimits, inputProblems, requestError } from './input-guard.js';
import { Loaders } from './loaders.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * A subscription's context, able to make a fresh copy of itself for each event.
 * The copy re-checks the token, so an expired token, a deactivated account or a
 * changed password ends the subscription (the socket closes with 4401).
 */
interface LiveContext extends SubscriptionContext {
  fresh(): Promise<SubscriptionContext>;
  revoke(): void;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's `/graphql`.
 * The client authenticates with `connectionParams: { authorization: 'Bearer <token>' }`: a
 * missing or invalid token closes the socket (4403 Forbidden); one that stops being valid
 * later closes it at the next event (4401). The token travels in the first message rather
 * than in a cookie, so a page of another site cannot open a subscription as the user.
 */
export function serveSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  logger: Logger;
  events: PgPubSub;
  validationRules: readonly ValidationRule[];
  formatError: FormatError;
}): { close(): Promise<void> } {
  const { schema, orm, config, events, formatError } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: 64 * 1024 });

  const authenticate = async (token: string) => (await new AuthService(orm.em.fork(), config).actorForToken(token)).actor;
  const contextFor = (actor: Actor, token: string, socket: WebSocket): LiveContext => {
    const make = (current: Actor): SubscriptionContext => {
      const em = orm.em.fork();
      const requestId = randomUUID();
      const scope = { requestId, actor: current, operation: null, sqlStatements: 0 };
      return { em, actor: current, config, requestId, clientAddress: null, scope, loaders: new Loaders(em), events };
    };
    return {
      ...make(actor),
      fresh: async () => make(await authenticate(token)),
      revoke: () => socket.close(CloseCode.Unauthorized, 'The token expired or was revoked'),
    };
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const server = useServer<Record<string, unknown> | undefined, { actor: Actor; token: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
        if (!token) return false;
        try {
          ctx.extra.actor = await authenticate(token);
          ctx.extra.token = token;
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        let document: DocumentNode;
        const maxNesting = config.maxQueryDepth + config.maxInputDepth + 8;
        if (documentNesting(payload.query) > maxNesting)
          return [coded(new GraphQLError(`The document nests brackets more than ${maxNesting} levels deep`), 'GRAPHQL_PARSE_FAILED')];
        try {
          document = parse(payload.query, { maxTokens: 5000 });
        } catch (error) {
          return [coded(error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation'), 'GRAPHQL_PARSE_FAILED')];
        }
        // The same limits (depth, cost, aliases) as over HTTP.
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
        // Queries and mutations go over HTTP, where each is logged and audited as its own request.
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          const message = 'Only subscriptions are served over WebSocket; send queries and mutations with POST /graphql';
          return [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })];
        }
        // The same input rules as over HTTP (input-guard.ts), before graphql-js coerces the variables.
        const problems = inputProblems(schema, document, operation, payload.variables, inputLimits(config));
        if (problems.length) return [requestError(invalidFields(problems))];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(ctx.extra.actor!, ctx.extra.token!, ctx.extra.socket),
        };
      },
      subscribe: subscribeWithFreshContext,
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );
  wsServer.on('error', (error) => options.logger.error({ err: error }, 'WebSocket server error'));

  return {
    close: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** Request errors carry the code Apollo gives them over HTTP, so the error mapper shows them instead of masking them. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/**
 * graphql-js would resolve every event of a subscription with the context it
 * started with: one EntityManager and one set of loaders for hours, serving rows
 * cached at the start. Here each event is resolved with a fresh context.
 */
async function subscribeWithFreshContext(args: ExecutionArgs) {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const source = stream[Symbol.asyncIterator]();
  const context = args.contextValue as LiveContext;
  const results: AsyncIterableIterator<ExecutionResult> = {
    next: async () => {
      const event = await source.next();
      if (event.done) return { done: true, value: undefined };
      let contextValue: SubscriptionContext;
      try {
        contextValue = await context.fresh();
      } catch {
        context.revoke();
        await source.return?.();
        return { done: true, value: undefined };
      }
      return { done: false, value: await execute({ ...args, rootValue: event.value, contextValue }) };
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}
