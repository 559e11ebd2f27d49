import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import { invalidFields } from '../../errors.js';
import { createFormatError } from '../../graphql/format-error.js';
import { inputLimits, inputProblems } from '../../graphql/input-guard.js';
import { Loaders } from '../../graphql/loaders.js';
import type { RequestScope } from '../../request-context.js';

/** A query answered with an error code (NOT_FOUND, FORBIDDEN, ...), as a GraphQL client would see it. */
export class QueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

export type RunQuery = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * Exports read through the published GraphQL schema, in process, as the request's actor: the same
 * resolvers, services, scope rules and batching as the API, so a file never holds more than the list
 * or the record the actor could query.
 */
export function queryRunner(options: {
  schema: GraphQLSchema;
  em: EntityManager;
  config: Config;
  scope: RequestScope;
  clientAddress: string | null;
  logger: Logger;
}): RunQuery {
  const formatError = createFormatError(options.logger);
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const em = options.em.fork();
    const contextValue: Context = {
      em,
      actor: options.scope.actor,
      config: options.config,
      requestId: options.scope.requestId,
      clientAddress: options.clientAddress,
      scope: options.scope,
      loaders: new Loaders(em),
    };
    const document = parse(query);
    // The caller's filter (?filter=) meets the same input rules as over /graphql.
    const operation = getOperationAST(document);
    const problems = operation ? inputProblems(options.schema, document, operation, variables, inputLimits(options.config)) : [];
    if (problems.length) throw invalidFields(problems);
    const result = await execute({ schema: options.schema, document, variableValues: variables, contextValue });
    const error = result.errors?.[0];
    if (error) {
      // Refused before any resolver ran (a filter of the wrong shape): the caller's input.
      if (result.data === undefined) throw new QueryError('BAD_USER_INPUT', error.message);
      const formatted = formatError(error.toJSON(), error);
      throw new QueryError(String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), formatted.message);
    }
    return result.data as T;
  };
}
