import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { scoringMethods } from './scoring-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'admin', displayName: 'Admin', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

describe('scoring methods of the data provider', () => {
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

  it('previews a score with unsaved rules', async () => {
    const preview = { score: 93.75, resultRating: 'SESUAI_EKSPEKTASI', predicate: 'BAIK', lines: [], steps: [], problems: [] };
    const fetch = answer({ data: { previewScore: preview } });
    vi.stubGlobal('fetch', fetch);
    const input = {
      behaviourRating: 'DI_ATAS_EKSPEKTASI' as const,
      rules: { cap: 120 },
      lines: [{ direction: 'HIGHER_IS_BETTER' as const, weight: 100, target: 4, realization: 2 }],
    };
    await expect(scoringMethods.previewScore(input)).resolves.toEqual({ data: preview });
    const body = JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };
    expect(body.query).toContain('previewScore(input: $input)');
    expect(body.variables).toEqual({ input });
  });

  it('turns refused rules into field errors under rules.*', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          {
            message: 'The above-expectation threshold (80) must be above the as-expected one (90)',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.rules.aboveFrom' },
          },
        ],
      }),
    );
    await expect(scoringMethods.previewScore({ lines: [], rules: { aboveFrom: 80 } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { 'rules.aboveFrom': 'The above-expectation threshold (80) must be above the as-expected one (90)' } },
    });
  });
});
