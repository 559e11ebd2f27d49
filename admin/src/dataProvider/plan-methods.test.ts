import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { planMethods } from './plan-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'HR', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('performance plan methods of the data provider', () => {
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

  it('generates the plans of a period, for a unit only when one is given', async () => {
    const generated = { created: 2, existing: 1, withoutAppraiser: 1, withoutTemplate: [{ id: 'e1', name: 'Rahmawati', nip: '1' }] };
    const all = answer({ data: { generatePlans: generated } });
    vi.stubGlobal('fetch', all);
    await expect(planMethods.generatePlans('p1')).resolves.toEqual({ data: generated });
    expect(sent(all).query).toContain('generatePlans(input: $input)');
    expect(sent(all).variables).toEqual({ input: { periodId: 'p1' } });

    const unit = answer({ data: { generatePlans: generated } });
    vi.stubGlobal('fetch', unit);
    await planMethods.generatePlans('p1', 'u1');
    expect(sent(unit).variables).toEqual({ input: { periodId: 'p1', unitId: 'u1' } });
  });

  it.each([
    ['submitPlan', () => planMethods.submitPlan('pl1', 3), { input: { id: 'pl1', version: 3 } }],
    ['approvePlan', () => planMethods.approvePlan('pl1', 3), { input: { id: 'pl1', version: 3 } }],
    [
      'returnPlan',
      () => planMethods.returnPlan('pl1', 3, 'Target terlalu rendah'),
      { input: { id: 'pl1', version: 3, comment: 'Target terlalu rendah' } },
    ],
  ] as const)('takes the step %s with the version it was based on', async (mutation, call, variables) => {
    const plan = { id: 'pl1', status: 'SUBMITTED', version: 4, returnComment: null, updatedAt: later };
    const fetch = answer({ data: { [mutation]: { plan } } });
    vi.stubGlobal('fetch', fetch);
    await expect(call()).resolves.toEqual({ data: plan });
    expect(sent(fetch).query).toContain(`${mutation}(input: $input)`);
    expect(sent(fetch).query).toContain('fragment PlanAfterStep on PerformancePlan');
    expect(sent(fetch).variables).toEqual(variables);
  });

  it("sets all the targets of a plan, and puts the API's field errors on the targets' inputs", async () => {
    const targets = [{ indicatorId: 'i1', category: 'UTAMA' as const, weight: 100, target: 30, targetMax: null, supportsId: null }];
    const plan = { id: 'pl1', status: 'DRAFT', version: 2, returnComment: null, updatedAt: later, mainWeight: 100 };
    const fetch = answer({ data: { setPlanTargets: { plan } } });
    vi.stubGlobal('fetch', fetch);
    await expect(planMethods.setPlanTargets('pl1', 1, targets)).resolves.toEqual({ data: plan });
    expect(sent(fetch).variables).toEqual({ input: { planId: 'pl1', version: 1, targets } });

    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          {
            message: 'The weights of the main results sum to 90, not 100',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'input.targets',
              fields: [
                { field: 'input.targets', message: 'The weights of the main results sum to 90, not 100' },
                { field: 'input.targets.1.indicatorId', message: 'WAKTU-LAYANAN appears twice' },
              ],
              weightSum: 90,
            },
          },
        ],
      }),
    );
    await expect(planMethods.setPlanTargets('pl1', 1, targets)).rejects.toMatchObject({
      status: 400,
      body: {
        errors: { targets: 'The weights of the main results sum to 90, not 100', 'targets.1.indicatorId': 'WAKTU-LAYANAN appears twice' },
      },
    });
  });

  it('records a realisation with its evidence, deletes one, and reads a refusal as a conflict', async () => {
    const input = { targetId: 't1', periodId: 'p1', value: 28, note: 'Rata-rata Januari', evidenceLinks: ['https://bukti.example/1'] };
    const realization = {
      id: 'r1',
      targetId: 't1',
      periodId: 'p1',
      value: 28,
      note: 'Rata-rata Januari',
      evidenceLinks: input.evidenceLinks,
      version: 1,
    };
    const record = answer({ data: { recordRealization: { realization } } });
    vi.stubGlobal('fetch', record);
    await expect(planMethods.recordRealization(input)).resolves.toEqual({ data: realization });
    expect(sent(record).variables).toEqual({ input });

    const remove = answer({ data: { deleteRealization: { id: 'r1' } } });
    vi.stubGlobal('fetch', remove);
    await expect(planMethods.deleteRealization('r1', 1)).resolves.toEqual({ data: { id: 'r1' } });
    expect(sent(remove).variables).toEqual({ input: { id: 'r1', version: 1 } });

    const message = 'Realisations are recorded while the period is MONITORING or EVALUATION (it is PLANNING)';
    vi.stubGlobal('fetch', answer({ data: null, errors: [{ message, extensions: { code: 'CONFLICT', field: 'input.targetId' } }] }));
    await expect(planMethods.recordRealization(input)).rejects.toMatchObject({ status: 409, message });
  });

  it('reads the signed-in account and counts the plans of a period per status in one request', async () => {
    const me = answer({ data: { me: { id: 'VXNlcjox', employeeId: 'RW1wOjE=', permissions: ['plans.read', 'plans.write'] } } });
    vi.stubGlobal('fetch', me);
    await expect(planMethods.getCurrentActor()).resolves.toEqual({
      data: { id: 'VXNlcjox', employeeId: 'RW1wOjE=', permissions: ['plans.read', 'plans.write'] },
    });

    const counts = answer({
      data: {
        all: { totalCount: 7 },
        draft: { totalCount: 3 },
        submitted: { totalCount: 2 },
        returned: { totalCount: 1 },
        approved: { totalCount: 1 },
      },
    });
    vi.stubGlobal('fetch', counts);
    await expect(planMethods.countPlansByStatus('p1')).resolves.toEqual({
      data: { total: 7, DRAFT: 3, SUBMITTED: 2, RETURNED: 1, APPROVED: 1 },
    });
    expect(counts).toHaveBeenCalledTimes(1);
    expect(sent(counts).variables).toEqual({ periodId: 'p1' });
    expect(sent(counts).query).toContain('first: 0');
  });
});
