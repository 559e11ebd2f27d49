import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { orgUnitMethods } from './org-unit-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'admin', displayName: 'Admin', roles: ['SUPER_ADMIN'], agencyId: null };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

describe('org unit methods of the data provider', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
    saveSession({ token: 'a-token', expiresAt: later, user });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('moves a unit with the version it was based on, to the top with a null parent', async () => {
    const moved = { id: 'T3JnVW5pdDoy', parentId: null, depth: 0, version: 3, updatedAt: later };
    const fetch = answer({ data: { moveOrgUnit: { orgUnit: moved } } });
    vi.stubGlobal('fetch', fetch);
    await expect(orgUnitMethods.moveOrgUnit('T3JnVW5pdDoy', 2, null)).resolves.toEqual({ data: moved });
    const [, init] = fetch.mock.calls[0];
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    expect(body.query).toMatch(/moveOrgUnit\(input: \$input\)/);
    expect(body.variables).toEqual({ input: { id: 'T3JnVW5pdDoy', version: 2, parentId: null } });
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer a-token');
  });

  it('turns the refusal of a cycle into a field error on parentId', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          {
            message: 'A unit cannot move under itself or one of its own sub-units',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.parentId' },
          },
        ],
      }),
    );
    await expect(orgUnitMethods.moveOrgUnit('T3JnVW5pdDox', 1, 'T3JnVW5pdDoy')).rejects.toMatchObject({
      status: 400,
      body: { errors: { parentId: 'A unit cannot move under itself or one of its own sub-units' } },
    });
  });
});
