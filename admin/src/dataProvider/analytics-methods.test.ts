import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { analyticsMethods } from './analytics-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'Sari', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('analytics methods of the data provider', () => {
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

  const current = { scopeName: 'Dinas Kesehatan', year: 2025, trainingCompliance: { compliantShare: 0.2857 } };
  const trend = [{ period: { id: 'p1', name: 'Triwulan I 2025' }, coveredEmployees: 6, averageScore: 92.33, baikOrBetterShare: 0.6667 }];

  it('asks for the period, the trend periods and the unit in one request', async () => {
    const fetch = answer({ data: { current, history: { trend } } });
    vi.stubGlobal('fetch', fetch);
    await expect(analyticsMethods.dashboardAnalytics('p2', ['p1', 'p2'], 'u1')).resolves.toEqual({ data: current, trend });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sent(fetch).variables).toEqual({ periodIds: ['p2'], trendPeriodIds: ['p1', 'p2'], unitId: 'u1' });
    expect(sent(fetch).query).toContain('query DashboardAnalytics');
    expect(fetch.mock.calls[0][1].headers).toMatchObject({ Authorization: 'Bearer a-token' });
  });

  it("leaves the unit out for the actor's own scope, and the trend falls back to the period itself", async () => {
    const fetch = answer({ data: { current, history: { trend } } });
    vi.stubGlobal('fetch', fetch);
    await analyticsMethods.dashboardAnalytics('p2', [], null);
    expect(sent(fetch).variables).toEqual({ periodIds: ['p2'], trendPeriodIds: ['p2'] });
  });

  it('turns an out-of-scope unit into an error the console shows', async () => {
    vi.stubGlobal(
      'fetch',
      answer({ data: null, errors: [{ message: 'OrgUnit x not found', extensions: { code: 'NOT_FOUND', field: 'unitId' } }] }),
    );
    await expect(analyticsMethods.dashboardAnalytics('p2', [], 'x')).rejects.toMatchObject({
      message: expect.stringContaining('not found'),
    });
  });
});
