import fc from 'fast-check';
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
  type ScoreLine,
} from '../../api/src/modules/indicators/scoring.js';

/** Worst to best, so that "better" can be compared by index. */
const RATINGS = [Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI];
const PREDICATES = [Predicate.SANGAT_KURANG, Predicate.KURANG, Predicate.BUTUH_PERBAIKAN, Predicate.BAIK, Predicate.SANGAT_BAIK];

/** Values as people record them: up to two decimals, within a plausible range. */
const amount = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const positive = amount(0.01, 100_000);
const direction = fc.constantFrom(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.TARGET_RANGE);

/** Integer weights summing to exactly 100, one per line. */
const weightsOf100 = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 1, max: 1000 }), { minLength: min, maxLength: max })
    .map((parts) => {
      const total = parts.reduce((s, p) => s + p, 0);
      const weights = parts.map((p) => Math.floor((p * 100) / total));
      weights[0]! += 100 - weights.reduce((s, w) => s + w, 0);
      return weights;
    })
    .filter((weights) => weights.every((w) => w > 0));

const line = (over: Partial<ScoreLine>): ScoreLine => ({
  key: 'K',
  direction: Direction.HIGHER_IS_BETTER,
  category: ResultCategory.UTAMA,
  weight: 100,
  target: 100,
  realization: 100,
  ...over,
});

describe('achievement (properties)', () => {
  it('is never negative and never above the cap, whatever the target and realisation', () => {
    fc.assert(
      fc.property(
        direction,
        amount(-1000, 100_000),
        amount(-1000, 100_000),
        positive,
        fc.option(amount(1, 500)),
        (dir, t, r, width, cap) => {
          const a = achievement(line({ direction: dir, target: t, targetMax: t + width, realization: r, cap }), DEFAULT_RULES);
          if (a.value === null) {
            expect(a.problem).not.toBeNull();
            return;
          }
          expect(a.value).toBeGreaterThanOrEqual(0);
          expect(a.value).toBeLessThanOrEqual(cap ?? DEFAULT_RULES.cap);
          expect(a.capped).toBe(a.raw! > (cap ?? DEFAULT_RULES.cap));
        },
      ),
    );
  });

  it('higher is better: a larger realisation never lowers the achievement', () => {
    fc.assert(
      fc.property(positive, amount(0, 100_000), amount(0, 100_000), (t, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const a = achievement(line({ target: t, realization: lo }), DEFAULT_RULES).value!;
        const b = achievement(line({ target: t, realization: hi }), DEFAULT_RULES).value!;
        expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });

  it('lower is better: a larger realisation never raises the achievement', () => {
    fc.assert(
      fc.property(positive, amount(0, 100_000), amount(0, 100_000), (t, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const dir = Direction.LOWER_IS_BETTER;
        const a = achievement(line({ direction: dir, target: t, realization: lo }), DEFAULT_RULES).value!;
        const b = achievement(line({ direction: dir, target: t, realization: hi }), DEFAULT_RULES).value!;
        expect(a).toBeGreaterThanOrEqual(b);
      }),
    );
  });

  it('target range: every realisation within the bounds is exactly 100, outside it is below 100', () => {
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 0, max: 1, noNaN: true }), amount(0, 300_000), (t, width, f, outside) => {
        const upper = round2(t + width);
        const inside = round2(t + f * (upper - t));
        const rules = DEFAULT_RULES;
        expect(
          achievement(line({ direction: Direction.TARGET_RANGE, target: t, targetMax: upper, realization: inside }), rules).value,
        ).toBe(100);
        fc.pre(outside < t || outside > upper);
        const a = achievement(line({ direction: Direction.TARGET_RANGE, target: t, targetMax: upper, realization: outside }), rules);
        expect(a.value!).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('ratio and inverse ratio are mirror images: r/t of one is t/r of the other', () => {
    fc.assert(
      fc.property(positive, positive, (t, r) => {
        const rules = { ...DEFAULT_RULES, cap: 1e9 };
        const ratio = achievement(line({ target: t, realization: r }), rules).raw!;
        const inverse = achievement(line({ target: r, realization: t }), {
          ...rules,
          formulas: { ...rules.formulas, higherIsBetter: AchievementFormula.INVERSE_RATIO },
        }).raw!;
        expect(inverse).toBe(ratio);
      }),
    );
  });
});

describe('weighted score (properties)', () => {
  const mainLines = weightsOf100(1, 8).chain((weights) =>
    fc.tuple(
      ...weights.map((weight, i) =>
        fc
          .record({ target: positive, realization: amount(0, 200_000) })
          .map(({ target, realization }): ScoreLine => line({ key: `L${i}`, weight, target, realization })),
      ),
    ),
  );

  it('lies between the lowest and highest achievement, never above the cap plus the additional maximum', () => {
    fc.assert(
      fc.property(mainLines, (lines) => {
        const result = scorePerformance(DEFAULT_RULES, lines, Rating.SESUAI_EKSPEKTASI);
        const achievements = result.lines.map((l) => l.achievement!);
        expect(result.mainWeight).toBe(100);
        expect(result.score).not.toBeNull();
        expect(result.score!).toBeGreaterThanOrEqual(Math.min(...achievements) - 0.005);
        expect(result.score!).toBeLessThanOrEqual(Math.max(...achievements) + 0.005);
        expect(result.score!).toBeLessThanOrEqual(DEFAULT_RULES.cap + DEFAULT_RULES.additionalMax);
        expect(result.complete).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(
        mainLines.chain((lines) => fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length }))),
        ([lines, shuffled]) => {
          const a = scorePerformance(DEFAULT_RULES, lines, Rating.DI_ATAS_EKSPEKTASI);
          const b = scorePerformance(DEFAULT_RULES, shuffled, Rating.DI_ATAS_EKSPEKTASI);
          expect(b.score).toBe(a.score);
          expect(b.predicate).toBe(a.predicate);
        },
      ),
    );
  });

  it('gives no score when the main weights do not sum to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }), (weights) => {
        fc.pre(weights.reduce((s, w) => s + w, 0) !== 100);
        const lines = weights.map((weight, i) => line({ key: `L${i}`, weight }));
        const result = scorePerformance(DEFAULT_RULES, lines, Rating.SESUAI_EKSPEKTASI);
        expect(result.score).toBeNull();
        expect(result.predicate).toBeNull();
        expect(result.problems.some((p) => p.includes('weights sum to'))).toBe(true);
      }),
    );
  });

  it('additional results add at most the additional maximum, and never lower the score', () => {
    fc.assert(
      fc.property(
        mainLines,
        fc.array(fc.record({ weight: amount(0.01, 50), realization: amount(0, 1000) }), { minLength: 1, maxLength: 5 }),
        (lines, extras) => {
          const base = scorePerformance(DEFAULT_RULES, lines, Rating.SESUAI_EKSPEKTASI).score!;
          const withExtras = scorePerformance(
            DEFAULT_RULES,
            [...lines, ...extras.map((e, i) => line({ key: `A${i}`, category: ResultCategory.TAMBAHAN, ...e }))],
            Rating.SESUAI_EKSPEKTASI,
          ).score!;
          expect(withExtras).toBeGreaterThanOrEqual(base);
          expect(withExtras - base).toBeLessThanOrEqual(DEFAULT_RULES.additionalMax + 0.01);
        },
      ),
    );
  });
});

describe('rating and predicate (properties)', () => {
  it('a higher score never gets a worse rating, and the thresholds are where the rules put them', () => {
    fc.assert(
      fc.property(amount(0, 200), amount(0, 200), (s1, s2) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(RATINGS.indexOf(ratingFor(lo, DEFAULT_RULES))).toBeLessThanOrEqual(RATINGS.indexOf(ratingFor(hi, DEFAULT_RULES)));
        expect(ratingFor(lo, DEFAULT_RULES) === Rating.DI_ATAS_EKSPEKTASI).toBe(lo >= DEFAULT_RULES.aboveFrom);
        expect(ratingFor(lo, DEFAULT_RULES) === Rating.DI_BAWAH_EKSPEKTASI).toBe(lo < DEFAULT_RULES.asExpectedFrom);
      }),
    );
  });

  it('the national matrix: a better result or behaviour never gives a worse predicate', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(rating, rating, rating, rating, (r1, r2, b1, b2) => {
        fc.pre(RATINGS.indexOf(r1) <= RATINGS.indexOf(r2) && RATINGS.indexOf(b1) <= RATINGS.indexOf(b2));
        const worse = PREDICATES.indexOf(predicateFor(r1, b1, NATIONAL_MATRIX));
        const better = PREDICATES.indexOf(predicateFor(r2, b2, NATIONAL_MATRIX));
        expect(worse).toBeLessThanOrEqual(better);
      }),
    );
  });
});

describe('round2 (properties)', () => {
  it('moves a value by at most half a cent, is idempotent and symmetric around zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = round2(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-6 * Math.max(1, Math.abs(x)));
        expect(round2(r)).toBe(r);
        expect(round2(-x)).toBe(r === 0 ? 0 : -r);
        expect(Object.is(r, -0)).toBe(false);
      }),
    );
  });
});
