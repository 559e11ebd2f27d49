import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { blockersOf } from './errors';
import { evaluationMethods } from './evaluation-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'kasi', displayName: 'Budi', roles: ['SUPERVISOR'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('evaluation methods of the data provider', () => {
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

  const evaluation = { id: 'ev1', planId: 'pl1', status: 'DRAFT', version: 2, score: null, predicate: null, updatedAt: later };

  it('saves a draft with the input as given', async () => {
    const input = { planId: 'pl1', version: 1, behaviour: [{ code: 'AKUNTABEL', rating: 'SESUAI_EKSPEKTASI' as const, note: null }] };
    const fetch = answer({ data: { saveEvaluation: { evaluation: { ...evaluation, behaviourRating: null } } } });
    vi.stubGlobal('fetch', fetch);
    await expect(evaluationMethods.saveEvaluation(input)).resolves.toEqual({ data: { ...evaluation, behaviourRating: null } });
    expect(sent(fetch).query).toContain('saveEvaluation(input: $input)');
    expect(sent(fetch).query).toContain('fragment EvaluationAfterStep on Evaluation');
    expect(sent(fetch).variables).toEqual({ input });
  });

  it.each([
    ['confirmEvaluation', () => evaluationMethods.confirmEvaluation('ev1', 2), { input: { id: 'ev1', version: 2 } }],
    ['acknowledgeEvaluation', () => evaluationMethods.acknowledgeEvaluation('ev1', 2), { input: { id: 'ev1', version: 2 } }],
    [
      'objectToEvaluation',
      () => evaluationMethods.objectToEvaluation('ev1', 2, 'Pelatihan dibatalkan penyelenggara'),
      { input: { id: 'ev1', version: 2, reason: 'Pelatihan dibatalkan penyelenggara' } },
    ],
    [
      'decideObjection',
      () => evaluationMethods.decideObjection({ id: 'ev1', version: 2, decision: 'UPHELD', predicate: 'SANGAT_BAIK', note: 'Diterima' }),
      { input: { id: 'ev1', version: 2, decision: 'UPHELD', predicate: 'SANGAT_BAIK', note: 'Diterima' } },
    ],
    [
      'reviewEvaluation',
      () => evaluationMethods.reviewEvaluation('ev1', 2, 'Sudah sesuai'),
      { input: { id: 'ev1', version: 2, note: 'Sudah sesuai' } },
    ],
  ] as const)('takes the step %s with the version it was based on', async (mutation, call, variables) => {
    const fetch = answer({ data: { [mutation]: { evaluation } } });
    vi.stubGlobal('fetch', fetch);
    await expect(call()).resolves.toEqual({ data: evaluation });
    expect(sent(fetch).query).toContain(`${mutation}(input: $input)`);
    expect(sent(fetch).variables).toEqual(variables);
  });

  it('carries the blockers of a refused confirmation', async () => {
    const message = 'The evaluation cannot be confirmed: behaviour not rated';
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [{ message, extensions: { code: 'CONFLICT', blockers: ['behaviour not rated', 'no value for PELATIHAN'] } }],
      }),
    );
    const error = await evaluationMethods.confirmEvaluation('ev1', 2).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, message });
    expect(blockersOf(error)).toEqual(['behaviour not rated', 'no value for PELATIHAN']);
    expect(blockersOf(new Error('x'))).toEqual([]);
  });

  it('confirms a period at once, for a unit only when one is given', async () => {
    const result = { confirmed: 2, skippedCount: 1, skipped: [{ planId: 'pl3', employeeName: 'Dewi', problems: ['behaviour not rated'] }] };
    const all = answer({ data: { confirmEvaluations: result } });
    vi.stubGlobal('fetch', all);
    await expect(evaluationMethods.confirmEvaluations('p1')).resolves.toEqual({ data: result });
    expect(sent(all).variables).toEqual({ input: { periodId: 'p1' } });
    const unit = answer({ data: { confirmEvaluations: result } });
    vi.stubGlobal('fetch', unit);
    await evaluationMethods.confirmEvaluations('p1', 'u1');
    expect(sent(unit).variables).toEqual({ input: { periodId: 'p1', unitId: 'u1' } });
  });

  it("reads an agency's core values in their order", async () => {
    const value = (code: string, sortOrder: number) => ({ id: code, code, name: code, description: '', guides: [], sortOrder });
    const fetch = answer({ data: { effectiveBehaviourValues: [value('B', 2), value('A', 1), value('C', 2)] } });
    vi.stubGlobal('fetch', fetch);
    const { data } = await evaluationMethods.getBehaviourValues('ag1');
    expect(data.map((entry) => entry.code)).toEqual(['A', 'B', 'C']);
    expect(sent(fetch).variables).toEqual({ agencyId: 'ag1' });
  });

  it('reads the distribution, sets a unit achievement, publishes and reads the published results', async () => {
    const distribution = { employeeCount: 3, deviatingUnits: 0, counts: [], units: [] };
    const read = answer({ data: { predicateDistribution: distribution } });
    vi.stubGlobal('fetch', read);
    await expect(evaluationMethods.getPredicateDistribution('p1', null)).resolves.toEqual({ data: distribution });
    expect(sent(read).variables).toEqual({ periodId: 'p1', unitId: null });

    const achievement = { id: 'ua1', unitId: 'u1', periodId: 'p1', achievement: 'BAIK', note: null, version: 1 };
    const set = answer({ data: { setUnitAchievement: { unitAchievement: achievement } } });
    vi.stubGlobal('fetch', set);
    await expect(evaluationMethods.setUnitAchievement('p1', 'u1', 'BAIK')).resolves.toEqual({ data: achievement });
    expect(sent(set).variables).toEqual({ input: { periodId: 'p1', unitId: 'u1', achievement: 'BAIK' } });
    const based = answer({ data: { setUnitAchievement: { unitAchievement: { ...achievement, version: 2 } } } });
    vi.stubGlobal('fetch', based);
    await evaluationMethods.setUnitAchievement('p1', 'u1', 'BAIK', 'Capaian unit', 1);
    expect(sent(based).variables).toEqual({
      input: { periodId: 'p1', unitId: 'u1', achievement: 'BAIK', note: 'Capaian unit', version: 1 },
    });

    const publish = answer({ data: { publishResults: { units: 4, suppressed: 1 } } });
    vi.stubGlobal('fetch', publish);
    await expect(evaluationMethods.publishResults('p1', true)).resolves.toEqual({ data: { units: 4, suppressed: 1 } });
    expect(sent(publish).variables).toEqual({ input: { periodId: 'p1', includeEmployees: true } });

    const published = answer({ data: { publishedResults: [] } });
    vi.stubGlobal('fetch', published);
    await expect(evaluationMethods.getPublishedResults('PEMKOT-X')).resolves.toEqual({ data: [] });
    expect(sent(published).variables).toEqual({ agencyCode: 'PEMKOT-X', periodId: null });
  });
});
