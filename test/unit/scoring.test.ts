import { describe, expect, it } from 'vitest';
import { AchievementFormula, Direction, Predicate, Rating, ResultCategory } from '../../api/src/modules/indicators/indicator.enums.js';
import {
  achievement,
  DEFAULT_RULES,
  NATIONAL_MATRIX,
  predicateFor,
  ratingFor,
  round2,
  scorePerformance,
  type PredicateMatrix,
  type ScoreLine,
  type ScoringRules,
} from '../../api/src/modules/indicators/scoring.js';

const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER, TARGET_RANGE: RANGE } = Direction;
const { DI_ATAS_EKSPEKTASI: ATAS, SESUAI_EKSPEKTASI: SESUAI, DI_BAWAH_EKSPEKTASI: BAWAH } = Rating;

function line(over: Partial<ScoreLine>): ScoreLine {
  return { key: 'K', direction: HIGHER, category: ResultCategory.UTAMA, weight: 100, target: 100, realization: 100, ...over };
}

/** Rules with one formula for a direction changed. */
function withFormula(formulas: Partial<ScoringRules['formulas']>): ScoringRules {
  return { ...DEFAULT_RULES, formulas: { ...DEFAULT_RULES.formulas, ...formulas } };
}

/** A single main line of weight 100 scoring `score`, to test the thresholds. */
const scoring = (score: number) => scorePerformance(DEFAULT_RULES, [line({ target: 100, realization: score })], SESUAI);

/** docs/domain.md#achievement, worked example. */
const WORKED: ScoreLine[] = [
  {
    key: 'time',
    label: 'Service completion time',
    direction: LOWER,
    category: ResultCategory.UTAMA,
    weight: 40,
    target: 30,
    realization: 24,
  },
  {
    key: 'accuracy',
    label: 'Data accuracy',
    direction: HIGHER,
    category: ResultCategory.UTAMA,
    weight: 35,
    target: 95,
    realization: 90.25,
  },
  {
    key: 'trainings',
    label: 'Trainings delivered',
    direction: HIGHER,
    category: ResultCategory.UTAMA,
    weight: 25,
    target: 4,
    realization: 2,
  },
];

describe('worked example of docs/domain.md#achievement', () => {
  it('scores 120, 95 and 50 into 93.75, SESUAI, and BAIK with DI_ATAS behaviour', () => {
    const r = scorePerformance(DEFAULT_RULES, WORKED, ATAS);
    expect(r.lines.map((l) => l.achievement)).toEqual([120, 95, 50]);
    expect(r.lines.map((l) => l.contribution)).toEqual([48, 33.25, 12.5]);
    expect(r.lines[0]).toMatchObject({ key: 'time', label: 'Service completion time', rawAchievement: 120, capped: false });
    expect(r.mainWeight).toBe(100);
    expect(r.mainScore).toBe(93.75);
    expect(r.additionalScore).toBe(0);
    expect(r.score).toBe(93.75);
    expect(r.resultRating).toBe(SESUAI);
    expect(r.behaviourRating).toBe(ATAS);
    expect(r.predicate).toBe(Predicate.BAIK);
    expect(r.complete).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.steps).toEqual([
      'Service completion time: (2 - 24 / 30) x 100 = 120',
      'Data accuracy: 90.25 / 95 x 100 = 95',
      'Trainings delivered: 2 / 4 x 100 = 50',
      'Score = (120 x 40 + 95 x 35 + 50 x 25) / 100 = 93.75',
      '93.75 >= 90 and < 110 -> SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI x DI_ATAS_EKSPEKTASI -> BAIK',
    ]);
  });
});

describe('achievement per direction and formula', () => {
  it('higher is better: RATIO', () => {
    expect(achievement(line({ target: 80, realization: 60 }), DEFAULT_RULES)).toEqual({
      value: 75,
      raw: 75,
      capped: false,
      step: 'K: 60 / 80 x 100 = 75',
      problem: null,
    });
  });

  it('lower is better: TWO_MINUS_RATIO', () => {
    const a = achievement(line({ direction: LOWER, target: 10, realization: 12 }), DEFAULT_RULES);
    expect(a.value).toBe(80);
    expect(a.step).toBe('K: (2 - 12 / 10) x 100 = 80');
  });

  it('lower is better: INVERSE_RATIO when the scheme selects it', () => {
    const rules = withFormula({ lowerIsBetter: AchievementFormula.INVERSE_RATIO });
    const a = achievement(line({ direction: LOWER, target: 30, realization: 40 }), rules);
    expect(a.value).toBe(75);
    expect(a.step).toBe('K: 30 / 40 x 100 = 75');
  });

  it('INVERSE_RATIO with a realisation of zero is undefined and reported', () => {
    const rules = withFormula({ lowerIsBetter: AchievementFormula.INVERSE_RATIO });
    const a = achievement(line({ label: 'Complaints', direction: LOWER, target: 5, realization: 0 }), rules);
    expect(a.value).toBeNull();
    expect(a.problem).toBe('Complaints: realisation of zero: achievement undefined');
  });

  it('a formula chosen for higher is better is honoured (TWO_MINUS_RATIO)', () => {
    const rules = withFormula({ higherIsBetter: AchievementFormula.TWO_MINUS_RATIO });
    expect(achievement(line({ target: 10, realization: 12 }), rules).value).toBe(80);
  });

  describe('target range (RANGE_BOUNDS)', () => {
    const ranged = (realization: number) => achievement(line({ direction: RANGE, target: 40, targetMax: 60, realization }), DEFAULT_RULES);

    it('inside the range, bounds included, is 100', () => {
      for (const r of [40, 50, 60]) expect(ranged(r).value).toBe(100);
      expect(ranged(50).step).toBe('K: 50 within 40 to 60 = 100');
    });

    it('above the range: TWO_MINUS_RATIO against the upper bound', () => {
      const a = ranged(75);
      expect(a.value).toBe(75);
      expect(a.step).toBe('K: above the range 40 to 60, (2 - 75 / 60) x 100 = 75');
    });

    it('below the range: RATIO against the lower bound', () => {
      const a = ranged(30);
      expect(a.value).toBe(75);
      expect(a.step).toBe('K: below the range 40 to 60, 30 / 40 x 100 = 75');
    });

    it('no upper bound is reported, not guessed', () => {
      const a = achievement(line({ direction: RANGE, target: 40, targetMax: null, realization: 50 }), DEFAULT_RULES);
      expect(a.value).toBeNull();
      expect(a.problem).toBe('K: no upper bound of the target range recorded');
    });

    it('crossing an upper bound of zero is undefined', () => {
      const a = achievement(line({ direction: RANGE, target: 0, targetMax: 0, realization: 3 }), DEFAULT_RULES);
      expect(a.value).toBeNull();
      expect(a.problem).toBe('K: target of zero: achievement undefined');
    });

    it('a target-range scheme using RATIO compares with the lower bound', () => {
      const rules = withFormula({ targetRange: AchievementFormula.RATIO });
      expect(achievement(line({ direction: RANGE, target: 40, targetMax: 60, realization: 45 }), rules).value).toBe(112.5);
    });
  });
});

describe('cap and floor', () => {
  it('caps at the default cap of 120', () => {
    const a = achievement(line({ target: 100, realization: 150 }), DEFAULT_RULES);
    expect(a).toMatchObject({ value: 120, raw: 150, capped: true, problem: null });
    expect(a.step).toBe('K: 150 / 100 x 100 = 150, capped at 120');
  });

  it('exactly the cap is not capped', () => {
    expect(achievement(line({ target: 100, realization: 120 }), DEFAULT_RULES)).toMatchObject({ value: 120, capped: false });
  });

  it("the line's own cap overrides the scheme's", () => {
    expect(achievement(line({ target: 100, realization: 150, cap: 100 }), DEFAULT_RULES)).toMatchObject({ value: 100, capped: true });
    expect(achievement(line({ target: 100, realization: 150, cap: 200 }), DEFAULT_RULES)).toMatchObject({ value: 150, capped: false });
    expect(achievement(line({ target: 100, realization: 150, cap: null }), DEFAULT_RULES).value).toBe(120);
  });

  it("the scheme's cap is honoured", () => {
    expect(achievement(line({ target: 100, realization: 150 }), { ...DEFAULT_RULES, cap: 130 }).value).toBe(130);
  });

  it('floors a negative TWO_MINUS_RATIO at 0 and says so', () => {
    const a = achievement(line({ direction: LOWER, target: 30, realization: 70 }), DEFAULT_RULES);
    expect(a).toMatchObject({ value: 0, raw: -33.33, capped: false, problem: null });
    expect(a.step).toBe('K: (2 - 70 / 30) x 100 = -33.33, floored at 0');
  });
});

describe('zero targets', () => {
  it('lower is better, target 0 and realisation 0, is 100', () => {
    const a = achievement(line({ direction: LOWER, target: 0, realization: 0 }), DEFAULT_RULES);
    expect(a).toMatchObject({ value: 100, raw: 100, problem: null });
  });

  it('lower is better, target 0 and realisation above 0, is undefined', () => {
    const a = achievement(line({ label: 'Findings', direction: LOWER, target: 0, realization: 2 }), DEFAULT_RULES);
    expect(a.value).toBeNull();
    expect(a.problem).toBe('Findings: target of zero: achievement undefined');
  });

  it('higher is better with a target of 0 is undefined, even with realisation 0', () => {
    for (const realization of [0, 5]) {
      const a = achievement(line({ label: 'Coverage', target: 0, realization }), DEFAULT_RULES);
      expect(a.value).toBeNull();
      expect(a.problem).toBe('Coverage: target of zero: achievement undefined');
    }
  });

  it('a zero target makes the score incomplete, naming the line', () => {
    const lines = [...WORKED.slice(0, 2), { ...WORKED[2], target: 0 }];
    const r = scorePerformance(DEFAULT_RULES, lines, ATAS);
    expect(r.score).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual(['Trainings delivered: target of zero: achievement undefined']);
  });
});

describe('missing values', () => {
  it('a missing realisation or target leaves the result incomplete, with each line named', () => {
    const lines = [WORKED[0], { ...WORKED[1], realization: null }, { ...WORKED[2], target: null }];
    const r = scorePerformance(DEFAULT_RULES, lines, ATAS);
    expect(r.lines.map((l) => l.achievement)).toEqual([120, null, null]);
    expect(r.lines[1].contribution).toBeNull();
    expect(r.mainScore).toBeNull();
    expect(r.score).toBeNull();
    expect(r.resultRating).toBeNull();
    expect(r.predicate).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual(['Data accuracy: no realisation recorded', 'Trainings delivered: no target recorded']);
  });

  it('no behaviour rating: score and rating, but no predicate', () => {
    const r = scorePerformance(DEFAULT_RULES, WORKED, null);
    expect(r.score).toBe(93.75);
    expect(r.resultRating).toBe(SESUAI);
    expect(r.predicate).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual(['behaviour rating not given']);
  });

  it('no main results: reported, no score', () => {
    const r = scorePerformance(DEFAULT_RULES, [line({ category: ResultCategory.TAMBAHAN, weight: 5 })], SESUAI);
    expect(r.score).toBeNull();
    expect(r.mainWeight).toBe(0);
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual(['no main (UTAMA) results']);
  });
});

describe('weights', () => {
  it('main weights not summing to 100 are reported and give no score', () => {
    const lines = [WORKED[0], WORKED[1], { ...WORKED[2], weight: 20 }];
    const r = scorePerformance(DEFAULT_RULES, lines, ATAS);
    expect(r.mainWeight).toBe(95);
    expect(r.mainScore).toBe(91.25);
    expect(r.score).toBeNull();
    expect(r.resultRating).toBeNull();
    expect(r.predicate).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual(['main result weights sum to 95, not 100']);
  });

  it('weights summing to 100 with float noise are accepted', () => {
    const lines = [0.1, 0.2, 99.7].map((weight, i) => line({ key: `k${i}`, weight }));
    const r = scorePerformance(DEFAULT_RULES, lines, SESUAI);
    expect(r.problems).toEqual([]);
    expect(r.score).toBe(100);
  });
});

describe('additional results', () => {
  const add = (key: string, weight: number, realization: number | null): ScoreLine =>
    line({ key, category: ResultCategory.TAMBAHAN, weight, target: 10, realization });

  it('add their points to the main score', () => {
    const r = scorePerformance(DEFAULT_RULES, [...WORKED, add('a', 5, 10), add('b', 4, 5)], ATAS);
    expect(r.additionalScore).toBe(7);
    expect(r.score).toBe(100.75);
    expect(r.steps).toContain('Additional score = (100 x 5 + 50 x 4) / 100 = 7');
    expect(r.steps).toContain('Main score = (120 x 40 + 95 x 35 + 50 x 25) / 100 = 93.75');
    expect(r.steps).toContain('Score = 93.75 + 7 = 100.75');
  });

  it('add at most additionalMax points', () => {
    const r = scorePerformance(DEFAULT_RULES, [...WORKED, add('a', 10, 10), add('b', 5, 12)], ATAS);
    expect(r.additionalScore).toBe(10);
    expect(r.score).toBe(103.75);
    expect(r.steps).toContain('Additional score = (100 x 10 + 120 x 5) / 100 = 16, capped at 10');
    expect(scorePerformance({ ...DEFAULT_RULES, additionalMax: 3 }, [...WORKED, add('a', 10, 10)], ATAS).additionalScore).toBe(3);
  });

  it('can lift the rating across a threshold', () => {
    const r = scorePerformance(DEFAULT_RULES, [line({ realization: 105 }), add('a', 5, 10)], ATAS);
    expect(r.score).toBe(110);
    expect(r.resultRating).toBe(ATAS);
    expect(r.predicate).toBe(Predicate.SANGAT_BAIK);
  });

  it('with no value are reported but keep the result complete', () => {
    const r = scorePerformance(DEFAULT_RULES, [...WORKED, add('a', 5, null)], ATAS);
    expect(r.additionalScore).toBe(0);
    expect(r.score).toBe(93.75);
    expect(r.complete).toBe(true);
    expect(r.predicate).toBe(Predicate.BAIK);
    expect(r.problems).toEqual(['a: no realisation recorded']);
  });
});

describe('thresholds', () => {
  it('exactly 90 is SESUAI, 89.99 is DI_BAWAH, exactly 110 is DI_ATAS, 109.99 is SESUAI', () => {
    expect(scoring(90).resultRating).toBe(SESUAI);
    expect(scoring(89.99).resultRating).toBe(BAWAH);
    expect(scoring(110).resultRating).toBe(ATAS);
    expect(scoring(109.99).resultRating).toBe(SESUAI);
    expect(scoring(90).steps).toContain('90 >= 90 and < 110 -> SESUAI_EKSPEKTASI');
    expect(scoring(89.99).steps).toContain('89.99 < 90 -> DI_BAWAH_EKSPEKTASI');
    expect(scoring(110).steps).toContain('110 >= 110 -> DI_ATAS_EKSPEKTASI');
  });

  it('ratingFor uses the given thresholds', () => {
    const rules = { aboveFrom: 100, asExpectedFrom: 70 };
    expect(ratingFor(100, rules)).toBe(ATAS);
    expect(ratingFor(99.99, rules)).toBe(SESUAI);
    expect(ratingFor(70, rules)).toBe(SESUAI);
    expect(ratingFor(69.99, rules)).toBe(BAWAH);
  });
});

describe('predicate matrix', () => {
  /** docs/domain.md#predicate-matrix, PermenPANRB 6/2022, written out literally: [result, behaviour, predicate]. */
  const TABLE: [Rating, Rating, Predicate][] = [
    [Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, Predicate.KURANG],
    [Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predicate.BAIK],
    [Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predicate.SANGAT_BAIK],
    [Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, Predicate.KURANG],
    [Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predicate.BAIK],
    [Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predicate.BAIK],
    [Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, Predicate.SANGAT_KURANG],
    [Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predicate.BUTUH_PERBAIKAN],
    [Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predicate.BUTUH_PERBAIKAN],
  ];

  it.each(TABLE)('national: %s x %s -> %s', (result, behaviour, predicate) => {
    expect(NATIONAL_MATRIX[result][behaviour]).toBe(predicate);
    expect(predicateFor(result, behaviour, NATIONAL_MATRIX)).toBe(predicate);
  });

  it('has exactly the 9 cells', () => {
    expect(Object.values(NATIONAL_MATRIX).flatMap((row) => Object.keys(row))).toHaveLength(9);
  });

  it('the national matrix and default rules cannot be edited by a caller', () => {
    expect(Object.isFrozen(NATIONAL_MATRIX)).toBe(true);
    expect(Object.isFrozen(NATIONAL_MATRIX[ATAS])).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
    expect(DEFAULT_RULES).toEqual({
      cap: 120,
      formulas: {
        higherIsBetter: AchievementFormula.RATIO,
        lowerIsBetter: AchievementFormula.TWO_MINUS_RATIO,
        targetRange: AchievementFormula.RANGE_BOUNDS,
      },
      aboveFrom: 110,
      asExpectedFrom: 90,
      additionalMax: 10,
      matrix: NATIONAL_MATRIX,
    });
  });

  it('a custom matrix is honoured by scorePerformance', () => {
    const strict: PredicateMatrix = {
      [ATAS]: { [ATAS]: Predicate.SANGAT_BAIK, [SESUAI]: Predicate.SANGAT_BAIK, [BAWAH]: Predicate.BUTUH_PERBAIKAN },
      [SESUAI]: { [ATAS]: Predicate.SANGAT_BAIK, [SESUAI]: Predicate.BUTUH_PERBAIKAN, [BAWAH]: Predicate.KURANG },
      [BAWAH]: { [ATAS]: Predicate.KURANG, [SESUAI]: Predicate.KURANG, [BAWAH]: Predicate.SANGAT_KURANG },
    };
    const r = scorePerformance({ ...DEFAULT_RULES, matrix: strict }, WORKED, ATAS);
    expect(r.predicate).toBe(Predicate.SANGAT_BAIK);
    expect(r.steps).toContain('SESUAI_EKSPEKTASI x DI_ATAS_EKSPEKTASI -> SANGAT_BAIK');
    expect(scorePerformance({ ...DEFAULT_RULES, matrix: strict }, WORKED, SESUAI).predicate).toBe(Predicate.BUTUH_PERBAIKAN);
  });
});

describe('rounding', () => {
  it('rounds half away from zero, robust against float noise', () => {
    expect(round2(95.00000000000001)).toBe(95);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(83.333333)).toBe(83.33);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
  });

  it('rounds achievements to 2 decimals', () => {
    expect(achievement(line({ target: 3, realization: 2 }), DEFAULT_RULES)).toMatchObject({ value: 66.67, raw: 66.67 });
  });
});
