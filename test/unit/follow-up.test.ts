import { describe, expect, it } from 'vitest';
import { Predicate } from '../../api/src/modules/indicators/indicator.enums.js';
import { matchesRule, matchReason } from '../../api/src/modules/discipline/follow-up.js';
import { rankRecommendations, streak } from '../../api/src/modules/training/recommendation.js';

const { SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG } = Predicate;

describe('follow-up rule matching', () => {
  const poor = { predicates: [KURANG, SANGAT_KURANG], consecutivePeriods: 1 };
  const poorTwice = { ...poor, consecutivePeriods: 2 };

  it('matches a predicate of the period', () => {
    expect(matchesRule(poor, [KURANG, BAIK])).toBe(true);
    expect(matchesRule(poor, [SANGAT_KURANG])).toBe(true);
    expect(matchesRule(poor, [BUTUH_PERBAIKAN, KURANG])).toBe(false);
  });

  it('needs the repetition over consecutive periods, any of the predicates in each', () => {
    expect(matchesRule(poorTwice, [KURANG, SANGAT_KURANG, BAIK])).toBe(true);
    expect(matchesRule(poorTwice, [KURANG, BAIK])).toBe(false);
    // Not evaluated in the previous period: the streak is broken.
    expect(matchesRule(poorTwice, [KURANG, null, KURANG])).toBe(false);
    // Fewer periods than the rule looks at.
    expect(matchesRule(poorTwice, [KURANG])).toBe(false);
    expect(matchesRule({ predicates: [SANGAT_BAIK], consecutivePeriods: 3 }, [SANGAT_BAIK, SANGAT_BAIK, SANGAT_BAIK])).toBe(true);
  });

  it('says why', () => {
    expect(matchReason(poor, [KURANG], ['Triwulan II 2025'])).toBe('KURANG in Triwulan II 2025');
    expect(matchReason(poorTwice, [KURANG, SANGAT_KURANG], ['Triwulan II 2025', 'Triwulan I 2025'])).toBe(
      'KURANG / SANGAT_KURANG in 2 consecutive periods (Triwulan I 2025, Triwulan II 2025)',
    );
  });
});

describe('training recommendations ranking', () => {
  const gap = (code: string, achievement: number) => ({ code, name: code, achievement, threshold: 90 });
  const history = [
    { evaluated: true, indicators: [gap('WAKTU', 70), gap('AKURASI', 85)], behaviour: [{ code: 'HARMONIS', name: 'Harmonis' }] },
    { evaluated: true, indicators: [gap('WAKTU', 60)], behaviour: [] },
    { evaluated: false, indicators: [], behaviour: [] },
    { evaluated: true, indicators: [gap('WAKTU', 50)], behaviour: [] },
  ];

  it('counts a streak until a period without the gap or without an evaluation', () => {
    expect(streak(history, (g) => g.indicators.some((i) => i.code === 'WAKTU'))).toBe(2);
    expect(streak(history, (g) => g.indicators.some((i) => i.code === 'AKURASI'))).toBe(1);
  });

  it('ranks by repeated and larger shortfalls; already enrolled last; unrelated programmes left out', () => {
    const ranked = rankRecommendations(
      [
        { program: 'komunikasi', indicatorCodes: [], behaviourValueCodes: ['HARMONIS'], alreadyEnrolled: false },
        { program: 'kecepatan', indicatorCodes: ['WAKTU'], behaviourValueCodes: [], alreadyEnrolled: false },
        { program: 'data', indicatorCodes: ['AKURASI'], behaviourValueCodes: [], alreadyEnrolled: true },
        { program: 'lain', indicatorCodes: ['LAIN'], behaviourValueCodes: ['LOYAL'], alreadyEnrolled: false },
      ],
      history,
    );
    // kecepatan: 2 x (1 + 20/100) = 2.4; komunikasi: 1; data: 1.05 but already enrolled.
    expect(ranked.map((r) => [r.rank, r.program, r.score])).toEqual([
      [1, 'kecepatan', 2.4],
      [2, 'komunikasi', 1],
      [3, 'data', 1.05],
    ]);
    expect(
      rankRecommendations([{ program: 'x', indicatorCodes: ['WAKTU'], behaviourValueCodes: [], alreadyEnrolled: false }], [history[2]!]),
    ).toEqual([]);
  });
});
