import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, Kind, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { urlOf } from './listen-url.js';
import { DomainError } from './errors.js';
import { PgPubSub } from './events/pg-pubsub.js';
import { createFormatError } from './graphql/format-error.js';
import { documentNesting, inputGuardPlugin } from './graphql/input-guard.js';
import { Loaders } from './graphql/loaders.js';
import { serveSubscriptions } from './graphql/subscriptions.js';
import { AuthService } from './modules/auth/auth.service.js';
import { exportRoutes } from './modules/exports/export-routes.js';
import { runInScope, type RequestScope } from './request-context.js';
import { createSchema } from './schema.js';

/** The built console: `dist/admin` at the project root, whether running from source or from `dist/server`. */
export const ADMIN_DIR = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}server${path.sep}`) ? '../../../../dist/admin' : '../../dist/admin',
);

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** This process's listener of database events (subscriptions). */
  events: PgPubSub;
  close(): Promise<void>;
}

/** Most lexical tokens a document may have; more is refused while parsing (GRAPHQL_PARSE_FAILED). */
const MAX_TOKENS = 5000;

let schemaPromise: Promise<GraphQLSchema> | undefined;
/** The schema is built once per process; building it is the slow part of start-up. */
export const getSchema = () => (schemaPromise ??= createSchema());

export async function startServer(options: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  port?: number;
  host?: string;
}): Promise<RunningServer> {
  const { config, orm, logger } = options;
  const app = express();
  const httpServer = http.createServer(app);
  // Events come through PostgreSQL, whichever process made the change.
  const events = await PgPubSub.start(orm.config.getClientUrl(), logger);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(requestLog(logger));
  app.use(apiSecurityHeaders);

  // How many subscriptions this process holds open: for operators, and for tests waiting until one is live.
  // The connection pool and memory show a leak before it becomes an outage (the soak test watches them).
  app.get('/healthz', (req, res) => {
    res.json({
      status: 'ok',
      // Which process answered: 0 when one process serves, else the node:cluster worker's number.
      worker: cluster.worker?.id ?? 0,
      pid: process.pid,
      subscriptions: events.subscriberCount,
      pool: poolStats(orm),
      ...memoryStats(req.query.gc === '1'),
    });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use('/admin', securityHeaders, express.static(ADMIN_DIR, { index: false, maxAge: '1h', fallthrough: true }));
  app.get(['/admin', '/admin/{*rest}'], securityHeaders, (_req, res) => sendBuilt(res, 'index.html'));
  app.get('/', (_req, res) => res.redirect('/admin/'));

  // A browser opening /graphql gets the bundled GraphiQL IDE (works offline); tools get the API.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      securityHeaders(req, res, () => sendBuilt(res, 'graphiql.html'));
      return;
    }
    next();
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.maxQueryDepth },
    costLimit: { maxCost: config.maxQueryCost },
    maxAliases: { n: config.maxAliases },
    maxDirectives: { n: 50 },
    // Counted by graphql-js's own parser instead (parseOptions below): armor's counter refuses with a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const schema = await getSchema();
  const formatError = createFormatError(logger);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: one orderly sequence, not one per library.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestStatsPlugin(config),
      subscriptionsOverWebSocket,
      inputGuardPlugin(config),
      jsonClientsGet200,
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    cors(
      config.corsOrigins.length
        ? { origin: config.corsOrigins.includes('*') ? true : [...config.corsOrigins], maxAge: 600 }
        : { origin: false },
    ),
    express.json({ limit: config.bodyLimit }),
    refuseDeepDocuments(config),
    bindRequestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const scope = res.locals.scope as RequestScope;
        const em = orm.em.fork();
        const token = bearerToken(req.headers.authorization);
        if (token !== null) {
          try {
            scope.actor = (await new AuthService(em, config).actorForToken(token)).actor;
          } catch (error) {
            if (error instanceof DomainError) {
              throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
            }
            throw error;
          }
        }
        return {
          em,
          actor: scope.actor,
          config,
          requestId: scope.requestId,
          // `trust proxy` is loopback: a proxy on this host may name the client in X-Forwarded-For, nobody else.
          clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
          scope,
          loaders: new Loaders(em),
        };
      },
    }),
  );

  // XLSX and PDF files, read through the same schema as the bearer of the token.
  app.use(exportRoutes({ orm, config, logger, schema }));

  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unhandled HTTP error');
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : error.message, extensions: { code } }] });
  });

  // Subscriptions share the port and path.
  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    orm,
    config,
    logger,
    events,
    validationRules: armor.validationRules as ValidationRule[],
    formatError,
  });

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.port, options.host ?? config.host, resolve));
  return {
    url: urlOf(httpServer.address() as AddressInfo),
    httpServer,
    events,
    close: async () => {
      await subscriptions.close();
      await events.close();
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw new GraphQLError('Authorization header must be "Bearer <token>"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  return match[1]!;
}

/**
 * graphql-js parses a document recursively: brackets nested a thousand deep overflow
 * its stack. Deeper than a query's selections and an argument's value may nest
 * together is refused before parsing, with a code that says so.
 */
function refuseDeepDocuments(config: Config) {
  const max = config.maxQueryDepth + config.maxInputDepth + 8;
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && documentNesting(query) > max) {
      res.status(400).json({
        errors: [
          {
            message: `The document nests brackets more than ${max} levels deep`,
            extensions: { code: 'GRAPHQL_PARSE_FAILED', reason: 'TOO_DEEP', params: { max } },
          },
        ],
      });
      return;
    }
    next();
  };
}

/** Everything below runs inside this request's scope: the ORM hooks and the audit read it. */
function bindRequestScope(_req: Request, res: Response, next: NextFunction) {
  const scope: RequestScope = { requestId: res.locals.requestId as string, actor: null, operation: null, sqlStatements: 0 };
  res.locals.scope = scope;
  runInScope(scope, () => next());
}

function requestStatsPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName }) {
          if (!operation) return;
          const rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          contextValue.scope.operation =
            operation.operation === 'mutation' ? rootFields.join(',') : (operationName ?? rootFields.join(','));
          contextValue.scope.graphql = { operationName, rootFields };
        },
        async willSendResponse({ contextValue, response }) {
          if (!contextValue?.scope) return;
          // The formatted errors: the codes the client receives, not the raw exceptions.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          contextValue.scope.graphql = {
            ...contextValue.scope.graphql,
            errorCodes: errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          };
          if (config.exposeSqlCount) response.http.headers.set('x-sql-statements', String(contextValue.scope.sqlStatements));
        },
      };
    },
  };
}

/** A subscription sent over HTTP would run once, without an event: say where it belongs instead. */
const subscriptionsOverWebSocket: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this path, not over HTTP', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};

/**
 * GraphQL over HTTP: a client that asks for `application/json` (and not the newer
 * `application/graphql-response+json`) gets 200 for every well-formed GraphQL
 * response, the errors in its body, as the specification recommends for such
 * clients; the newer media type keeps 400 for requests that never executed.
 * A request without an Accept header keeps 400 too, as it always has.
 */
const jsonClientsGet200: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept') ?? '';
    if (!/application\/json/.test(accept) || /application\/graphql-response\+json/.test(accept)) return;
    return {
      async willSendResponse({ response }) {
        if (response.http.status === 400 && response.body.kind === 'single' && !('data' in response.body.singleResult)) {
          response.http.status = 200;
        }
      },
    };
  },
};

/** One JSON line per request: operation, duration, outcome, SQL statements. */
function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const start = process.hrtime.bigint();
    // Read now: mounted routers rewrite req.path while the request runs.
    const requestPath = req.path;
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - start) / 1e6;
      const scope = res.locals.scope as RequestScope | undefined;
      const gql = scope?.graphql;
      const failed = res.statusCode >= 400 || Boolean(gql?.errorCodes?.length);
      const line = {
        requestId,
        method: req.method,
        path: requestPath,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        operationName: gql?.operationName ?? undefined,
        rootFields: gql?.rootFields,
        outcome: failed ? 'error' : 'ok',
        errorCodes: gql?.errorCodes?.length ? gql.errorCodes : undefined,
        sqlStatements: scope?.sqlStatements,
        actor: scope?.actor?.username,
      };
      if (requestPath.startsWith('/admin/assets')) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/**
 * Every response: nothing may frame it, sniff its type or learn where the user
 * came from, and a JSON answer opened as a page may load nothing. The console and
 * GraphiQL replace the policy with their own (securityHeaders).
 */
function apiSecurityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

/** The console's policy: its own scripts only, inline styles (the UI library injects them), API calls to this origin. */
function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
      "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}

function sendBuilt(res: Response, file: string) {
  const full = path.join(ADMIN_DIR, file);
  if (!existsSync(full)) {
    res.status(503).type('text/plain').send('The console is not built. Run `npm run build` (npm start does it for you).');
    return;
  }
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(full);
}

/**
 * The process's memory: RSS (what the system sees) and the JavaScript heap and
 * off-heap buffers inside it, which tell a leak (live heap growing) from the
 * allocator keeping freed pages. `collect` first runs a full garbage collection,
 * only possible when the process was started with --expose-gc (the soak test):
 * a production process never offers it.
 */
function memoryStats(collect: boolean) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = collect && typeof gc === 'function';
  if (collected) gc();
  const memory = process.memoryUsage();
  return {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external,
    arrayBuffersBytes: memory.arrayBuffers,
    ...(collected ? { collected: true } : {}),
  };
}

/** Database connections of this process: in use, idle, and requests waiting for one. */
function poolStats(orm: MikroORM): { used: number; free: number; pending: number } {
  const pool = (
    orm.em.getConnection().getKnex().client as {
      pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number; numPendingCreates(): number };
    }
  ).pool;
  if (!pool) return { used: 0, free: 0, pending: 0 };
  return { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() + pool.numPendingCreates() };
}
