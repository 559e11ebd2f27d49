import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getToken, saveSession } from '../session';
import { accountMethods } from './account-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'budi', displayName: 'Budi', roles: ['EMPLOYEE'], agencyId: null };

/** A fetch answering one GraphQL body, recording the requests. */
const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );
const sent = (fetch: ReturnType<typeof answer>) => {
  const [, init] = fetch.mock.calls[0];
  return { headers: init.headers as Record<string, string>, ...(JSON.parse(String(init.body)) as { query: string; variables: unknown }) };
};

describe('account methods of the data provider', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
    saveSession({ token: 'old-token', expiresAt: later, user });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sets another account password with the session token', async () => {
    const fetch = answer({ data: { setUserPassword: { user: { id: 'VXNlcjoy', version: 4, updatedAt: later } } } });
    vi.stubGlobal('fetch', fetch);
    await expect(accountMethods.setUserPassword('VXNlcjoy', 'a-new-password')).resolves.toEqual({
      data: { id: 'VXNlcjoy', version: 4, updatedAt: later },
    });
    const request = sent(fetch);
    expect(request.query).toMatch(/setUserPassword\(input: \$input\)/);
    expect(request.variables).toEqual({ input: { id: 'VXNlcjoy', password: 'a-new-password' } });
    expect(request.headers.Authorization).toBe('Bearer old-token');
  });

  it('keeps the session signed in with the token a password change returns', async () => {
    vi.stubGlobal('fetch', answer({ data: { changePassword: { token: 'new-token', expiresAt: later, user } } }));
    await expect(accountMethods.changePassword('old-password', 'new-password-123')).resolves.toEqual({ data: user });
    expect(getToken()).toBe('new-token');
  });

  it('turns a wrong current password into a field error and keeps the old token', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          {
            message: 'The current password is not correct',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.currentPassword' },
          },
        ],
      }),
    );
    await expect(accountMethods.changePassword('wrong', 'new-password-123')).rejects.toMatchObject({
      status: 400,
      body: { errors: { currentPassword: 'The current password is not correct' } },
    });
    expect(getToken()).toBe('old-token');
  });
});
