import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from './access/actor.js';

/**
 * What the lower layers (ORM hooks, audit) need to know about the request
 * they run in, without threading it through every call.
 */
export interface RequestScope {
  requestId: string;
  actor: Actor | null;
  /** Name of the GraphQL operation or CLI task, recorded in audit entries. */
  operation: string | null;
  sqlStatements: number;
  /** What the request log reports about the GraphQL operation, filled in as it runs. */
  graphql?: { operationName?: string | null; rootFields?: string[]; errorCodes?: string[] };
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Receives every SQL statement with its parameters while set (the query-plan test); null otherwise. */
export const sqlCapture: { sink: ((sql: string, params: readonly unknown[]) => void) | null } = { sink: null };

/** Called by the ORM for every SQL statement it sends. */
export function countSqlStatement(sql?: string, params?: readonly unknown[]): void {
  const scope = storage.getStore();
  if (scope) scope.sqlStatements += 1;
  if (sqlCapture.sink && sql !== undefined) sqlCapture.sink(sql, params ?? []);
}
