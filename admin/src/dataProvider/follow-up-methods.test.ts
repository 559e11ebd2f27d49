import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { followUpMethods, followUpRuleResource } from './follow-up-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'Sari', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (...bodies: unknown[]) => {
  let call = 0;
  return vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(bodies[Math.min(call++, bodies.length - 1)]), { headers: { 'content-type': 'application/json' } }),
  );
};

const sent = (fetch: ReturnType<typeof answer>, index = 0) =>
  JSON.parse(String(fetch.mock.calls[index]![1].body)) as { query: string; variables: Record<string, unknown> };

const rule = (id: string, name: string, action: string, active = true) => ({
  id,
  agencyId: 'a1',
  name,
  predicates: ['KURANG'],
  consecutivePeriods: 1,
  action,
  note: null,
  active,
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const decision = {
  id: 'd1',
  action: 'COACHING',
  outcome: 'ACTED',
  reason: null,
  resultId: 'c1',
  decidedBy: 'Sari',
  createdAt: '2026-07-01T00:00:00Z',
  employee: { id: 'p1', fullName: 'Citra Dewi', nipFormatted: '19870303 201001 2 003' },
  rule: { id: 'r1', name: 'Pembinaan kinerja' },
};

describe('follow-up methods of the data provider', () => {
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

  it('serves the rules as a resource: filtered, sorted and paged here, changes sent with their version only', async () => {
    const rules = [
      rule('r1', 'Pembinaan kinerja', 'COACHING'),
      rule('r2', 'Penghargaan', 'REWARD'),
      rule('r3', 'Kurang berulang', 'COACHING', false),
    ];
    const list = answer({ data: { followUpRules: rules } });
    vi.stubGlobal('fetch', list);
    const page = await followUpRuleResource.getList({
      filter: { action: 'COACHING' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 1 },
    });
    expect(page).toEqual({ data: [rules[2]], total: 2 });
    expect(sent(list).query).toContain('fragment FollowUpRuleFields on FollowUpRule');
    await expect(followUpRuleResource.getList({ filter: { q: 'PENGHARGAAN' } } as never)).resolves.toMatchObject({ total: 1 });
    await expect(followUpRuleResource.getOne({ id: 'r9' })).rejects.toMatchObject({ status: 404 });

    const update = answer({ data: { updateFollowUpRule: { rule: { ...rules[0], consecutivePeriods: 2, version: 3 } } } });
    vi.stubGlobal('fetch', update);
    await followUpRuleResource.update({ id: 'r1', data: { ...rules[0], consecutivePeriods: 2 }, previousData: rules[0]! });
    expect(sent(update).variables).toEqual({ input: { id: 'r1', version: 2, consecutivePeriods: 2 } });

    const create = answer({ data: { createFollowUpRule: { rule: rules[1] } } });
    vi.stubGlobal('fetch', create);
    await followUpRuleResource.create({
      data: { name: 'Penghargaan', predicates: ['SANGAT_BAIK'], action: 'REWARD', note: '', active: true },
    });
    expect(sent(create).variables).toEqual({ input: { name: 'Penghargaan', predicates: ['SANGAT_BAIK'], action: 'REWARD', note: null } });
  });

  it('acts on a recommendation with only the part of its action, and dismisses one with a reason', async () => {
    const act = answer({
      data: { actOnRecommendation: { decision, coachingPlan: { id: 'c1' }, enrollment: null, reward: null, disciplinaryCase: null } },
    });
    vi.stubGlobal('fetch', act);
    const key = { periodId: 'q2', employeeId: 'p1', ruleId: 'r1' };
    await expect(
      followUpMethods.actOnRecommendation(key, {
        coachingPlan: { goals: ['Tepat waktu'], startDate: '2026-07-01', endDate: '', mentorId: null },
      }),
    ).resolves.toEqual({ data: decision, resultId: 'c1', enrollmentStatus: null });
    expect(sent(act).variables).toEqual({
      input: { periodId: 'q2', employeeId: 'p1', ruleId: 'r1', coachingPlan: { goals: ['Tepat waktu'], startDate: '2026-07-01' } },
    });

    const dismiss = answer({
      data: { dismissRecommendation: { decision: { ...decision, outcome: 'DISMISSED', reason: 'Sudah dibina' } } },
    });
    vi.stubGlobal('fetch', dismiss);
    await expect(followUpMethods.dismissRecommendation(key, 'Sudah dibina')).resolves.toMatchObject({ data: { outcome: 'DISMISSED' } });
    expect(sent(dismiss).variables).toEqual({ input: { ...key, reason: 'Sudah dibina' } });
  });

  it('asks for a unit subtree only when one is chosen, and passes a period that is not closed yet as a CONFLICT', async () => {
    const compliance = answer({ data: { trainingCompliance: { year: 2026, units: [], below: [] } } });
    vi.stubGlobal('fetch', compliance);
    await followUpMethods.getTrainingCompliance(2026, null);
    expect(sent(compliance).variables).toEqual({ year: 2026, first: 100 });
    await followUpMethods.getTrainingCompliance(2026, 'u1', 20);
    expect(sent(compliance, 1).variables).toEqual({ year: 2026, first: 20, unitId: 'u1' });

    const recommended = answer({
      data: {
        recommendedTrainings: [
          {
            rank: 1,
            reason: 'Waktu layanan di bawah ekspektasi',
            alreadyEnrolled: false,
            program: { id: 't1', code: 'PEL-KECEPATAN', title: 'Percepatan Layanan', jpHours: 8 },
          },
        ],
      },
    });
    vi.stubGlobal('fetch', recommended);
    await expect(followUpMethods.getRecommendedTrainings('p1', 'q2')).resolves.toMatchObject({
      data: [{ rank: 1, program: { id: 't1' } }],
    });
    expect(sent(recommended).variables).toEqual({ employeeId: 'p1', periodId: 'q2' });

    const message = 'Follow-up starts once the period is CLOSED (Triwulan III is EVALUATION)';
    vi.stubGlobal('fetch', answer({ errors: [{ message, extensions: { code: 'CONFLICT', field: 'periodId' } }] }));
    await expect(followUpMethods.getFollowUpRecommendations('q3')).rejects.toMatchObject({ status: 409, message });
  });

  it('leaves the reward catalogue to the discipline methods (rewardTypes), which the follow-up dialog shares', () => {
    expect(Object.keys(followUpMethods)).not.toContain('getRewardTypes');
  });
});
