import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIkm, IKM_CATEGORIES, ikmCategory, STANDARD_ELEMENTS, type ElementTally } from '../../api/src/modules/community/ikm.js';

/** Answers of one element: one to forty respondents, each 1-4. */
const answers = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 });
const nineElements = fc.tuple(...STANDARD_ELEMENTS.map(() => answers));
const tally = (all: number[][]): ElementTally[] =>
  all.map((a, i) => ({
    code: STANDARD_ELEMENTS[i]!.code,
    name: STANDARD_ELEMENTS[i]!.name,
    sum: a.reduce((s, x) => s + x, 0),
    count: a.length,
  }));
const ikmOf = (all: number[][]) => computeIkm({ elements: tally(all), respondents: 40, minimumSample: 1 });
const CATEGORY_ORDER = ['D', 'C', 'B', 'A'];

describe('IKM (properties)', () => {
  it('stays within 1-4 weighted and 25-100 converted, the IKM being exactly 25 times the weighted value', () => {
    fc.assert(
      fc.property(nineElements, (all) => {
        const result = ikmOf(all);
        expect(result.weightedValue!).toBeGreaterThanOrEqual(1);
        expect(result.weightedValue!).toBeLessThanOrEqual(4);
        expect(result.ikm!).toBeGreaterThanOrEqual(25);
        expect(result.ikm!).toBeLessThanOrEqual(100);
        expect(result.ikm!).toBeCloseTo(result.weightedValue! * 25, 9);
        expect(result.category).toBe(ikmCategory(result.weightedValue!).category);
      }),
    );
  });

  it('raising one answer never lowers the IKM nor its category', () => {
    fc.assert(
      fc.property(nineElements, fc.nat(), fc.nat(), (all, e, a) => {
        const element = e % all.length;
        const index = a % all[element]!.length;
        fc.pre(all[element]![index]! < 4);
        const better = all.map((answersOf, i) => (i === element ? answersOf.map((x, j) => (j === index ? x + 1 : x)) : answersOf));
        const before = ikmOf(all);
        const after = ikmOf(better);
        expect(after.ikm!).toBeGreaterThan(before.ikm!);
        expect(CATEGORY_ORDER.indexOf(after.category!)).toBeGreaterThanOrEqual(CATEGORY_ORDER.indexOf(before.category!));
      }),
    );
  });

  it('does not depend on the order of the elements or of the answers', () => {
    fc.assert(
      fc.property(
        nineElements.chain((all) => fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: all.length }))),
        ([all, shuffled]) => {
          const sorted = shuffled.map((a) => [...a].sort((x, y) => x - y));
          expect(ikmOf(sorted).weightedValue).toBe(ikmOf(all).weightedValue);
        },
      ),
    );
  });

  it('an element without answers gives no IKM at all', () => {
    fc.assert(
      fc.property(nineElements, fc.nat(), (all, e) => {
        const elements = tally(all).map((t, i) => (i === e % 9 ? { ...t, sum: 0, count: 0 } : t));
        const result = computeIkm({ elements, respondents: 1, minimumSample: 1 });
        expect(result.weightedValue).toBeNull();
        expect(result.ikm).toBeNull();
        expect(result.category).toBeNull();
      }),
    );
  });

  it('categories are monotonic in the weighted value and start exactly at their lower bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 4, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(CATEGORY_ORDER.indexOf(ikmCategory(lo).category)).toBeLessThanOrEqual(CATEGORY_ORDER.indexOf(ikmCategory(hi).category));
      }),
    );
    for (const band of IKM_CATEGORIES) expect(ikmCategory(band.fromWeighted).category).toBe(band.category);
  });

  it('is below the minimum sample exactly when fewer respondents than required answered', () => {
    fc.assert(
      fc.property(nineElements, fc.nat({ max: 500 }), fc.nat({ max: 500 }), (all, respondents, minimumSample) => {
        expect(computeIkm({ elements: tally(all), respondents, minimumSample }).belowMinimumSample).toBe(respondents < minimumSample);
      }),
    );
  });
});
