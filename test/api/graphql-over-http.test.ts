import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

/**
 * The GraphQL-over-HTTP specification, checked by graphql-http's own audit suite
 * against the real server: every MUST and every SHOULD. Clients accepting only
 * `application/json` get 200 for any well-formed GraphQL response (errors in the
 * body), as the specification asks for compatibility; clients accepting
 * `application/graphql-response+json` get 4xx for requests that never executed.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD audit of graphql-http', { timeout: 60_000 }, async () => {
    const audits = serverAudits({ url: `${app.url}/graphql`, fetchFn: fetch });
    const results: Record<string, string> = {};
    for (const audit of audits) {
      if (audit.name.startsWith('MAY')) continue;
      const result = await audit.fn();
      results[audit.name] = result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
    }
    const failed = Object.entries(results).filter(([, status]) => status !== 'ok');
    expect(failed).toEqual([]);
    expect(Object.keys(results).filter((name) => name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(results).filter((name) => name.startsWith('SHOULD')).length).toBeGreaterThanOrEqual(23);
  });
});
