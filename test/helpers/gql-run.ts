import { expect } from 'vitest';
import type { GraphQLResponse, TestApp } from './app.js';

/**
 * Terse GraphQL calls for tests written with plain query strings: `run` expects
 * success and returns the data, `attempt` returns the whole response.
 */
export function runner(app: TestApp, defaultToken: () => string) {
  const attempt = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = defaultToken()) =>
    app.gql<T>(query, variables, { token }) as Promise<GraphQLResponse<T>>;
  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = defaultToken()) => {
    const response = await attempt<T>(query, variables, token);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };
  return { run, attempt };
}
