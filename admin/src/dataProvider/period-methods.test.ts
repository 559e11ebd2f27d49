import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { periodMethods } from './period-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'admin', displayName: 'Admin', roles: ['AGENCY_ADMIN'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('appraisal period methods of the data provider', () => {
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

  it.each([
    ['PLANNING', 'startPlanning'],
    ['MONITORING', 'startMonitoring'],
    ['EVALUATION', 'startEvaluation'],
    ['CLOSED', 'closePeriod'],
  ] as const)('takes the step to %s with %s and the version it was based on', async (to, mutation) => {
    const period = { id: 'QXBwcmFpc2FsUGVyaW9kOjE=', status: to, version: 4, updatedAt: later };
    const fetch = answer({ data: { [mutation]: { period } } });
    vi.stubGlobal('fetch', fetch);
    await expect(periodMethods.takePeriodStep(period.id, 3, to)).resolves.toEqual({ data: period });
    const body = sent(fetch);
    expect(body.query).toContain(`${mutation}(input: $input)`);
    expect(body.query).toContain('fragment PeriodAfterStep on AppraisalPeriod');
    expect(body.variables).toEqual({ input: { id: period.id, version: 3 } });
  });

  it('refuses a step to DRAFT without asking the API', async () => {
    const fetch = answer({});
    vi.stubGlobal('fetch', fetch);
    await expect(periodMethods.takePeriodStep('p1', 1, 'DRAFT')).rejects.toThrow(/No lifecycle step leads to DRAFT/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("turns a blocked step into an error carrying the API's reasons", async () => {
    const message = 'The period cannot move to EVALUATION: evaluation opens on 2026-03-24, in the closing week of the period';
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [{ message, extensions: { code: 'CONFLICT', field: 'input.id', blockers: ['evaluation opens on 2026-03-24'] } }],
      }),
    );
    await expect(periodMethods.takePeriodStep('p1', 2, 'EVALUATION')).rejects.toMatchObject({ status: 409, message });
  });

  it('reopens with the reason, and generates sub-periods of a type', async () => {
    const reopened = { id: 'p1', status: 'EVALUATION', version: 6, updatedAt: later };
    const reopen = answer({ data: { reopenPeriod: { period: reopened } } });
    vi.stubGlobal('fetch', reopen);
    await expect(periodMethods.reopenPeriod('p1', 5, 'Nilai salah input, diperbaiki')).resolves.toEqual({ data: reopened });
    expect(sent(reopen).variables).toEqual({ input: { id: 'p1', version: 5, reason: 'Nilai salah input, diperbaiki' } });

    const generated = { created: 4, periods: [{ id: 'q1', name: 'Triwulan I 2026' }] };
    const generate = answer({ data: { generateSubPeriods: generated } });
    vi.stubGlobal('fetch', generate);
    await expect(periodMethods.generateSubPeriods('p1', 'QUARTERLY')).resolves.toEqual({ data: generated });
    expect(sent(generate).query).toContain('generateSubPeriods(input: $input)');
    expect(sent(generate).variables).toEqual({ input: { id: 'p1', type: 'QUARTERLY' } });
  });
});
