import { afterAll, beforeAll, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, Role } from '../helpers/factories.js';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_QUERY_DEPTH: '3', MAX_ALIASES: '2', BODY_LIMIT: '10kb' });
});
afterAll(() => app?.close());
const show = async (label: string, r: Response) =>
  console.log(
    label,
    r.status,
    [...r.headers.entries()].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)),
    (await r.text()).slice(0, 400),
  );
it('explore', async () => {
  const { token } = await actor(app, [Role.SUPER_ADMIN]);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  await show('depth', await post({ query: '{ me { agency { id } } a: agencies { nodes { id } } }' }, { authorization: `Bearer ${token}` }));
  await show('depth2', await post({ query: '{ agencies { edges { node { id } } } }' }, { authorization: `Bearer ${token}` }));
  await show('aliases', await post({ query: '{ a: __typename b: __typename c: __typename }' }));
  await show('batch', await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
  await show('big', await post({ query: '{ __typename }', pad: 'x'.repeat(20000) }));
  await show('csrf', await fetch(`${app.url}/graphql?query=${encodeURIComponent('{__typename}')}`));
  await show(
    'csrf-ok',
    await fetch(`${app.url}/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: { 'apollo-require-preflight': 'true' } }),
  );
  await show('textplain', await post('{"query":"{__typename}"}', { 'content-type': 'text/plain' }));
  await show('bearer', await post({ query: '{ me { id } }' }, { authorization: 'Bearer' }));
  await show('basic', await post({ query: '{ me { id } }' }, { authorization: 'Basic x' }));
  await show('garbage', await post({ query: '{ me { id } }' }, { authorization: 'Bearer garbage' }));
  await show('anon', await post({ query: '{ me { id } }' }));
  await show('anon-badinput', await post({ query: 'query($id: ID!){ agency(id: $id) { id } }', variables: { id: 'zz' } }));
  await show(
    'nul',
    await post(
      { query: 'query($f: AgencyFilter){ agencies(filter: $f) { nodes { id } } }', variables: { f: { name: { eq: 'a\u0000b' } } } },
      { authorization: `Bearer ${token}` },
    ),
  );
  await show('html', await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }));
  await show('admin', await fetch(`${app.url}/admin/`));
  await show('readyz', await fetch(`${app.url}/readyz`));
});
