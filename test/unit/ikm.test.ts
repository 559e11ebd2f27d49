import { describe, expect, it } from 'vitest';
import { computeIkm, ikmCategory, STANDARD_ELEMENTS, type ElementTally } from '../../api/src/modules/community/ikm.js';

/** Nine elements whose answers average to the given values (each from `count` answers). */
const tallies = (averages: number[], count = 4): ElementTally[] =>
  averages.map((average, i) => ({ code: STANDARD_ELEMENTS[i]!.code, name: STANDARD_ELEMENTS[i]!.name, sum: average * count, count }));
const uniform = (value: number) => computeIkm({ elements: tallies(Array(9).fill(value), 1), respondents: 1, minimumSample: 1 });

describe('IKM (PermenPANRB 14/2017)', () => {
  it('computes the worked example of docs/domain.md#ikm: 29.25 / 9 = 3.25, IKM 81.25, B (Baik)', () => {
    const result = computeIkm({
      elements: tallies([3.25, 3.0, 2.75, 3.5, 3.25, 3.5, 3.75, 3.0, 3.25]),
      respondents: 4,
      minimumSample: 4,
    });
    expect(result.elements.map((e) => e.average)).toEqual([3.25, 3.0, 2.75, 3.5, 3.25, 3.5, 3.75, 3.0, 3.25]);
    expect(result.elements.every((e) => e.weight === 1 / 9)).toBe(true);
    expect(result.elements.reduce((sum, e) => sum + e.average!, 0)).toBe(29.25);
    expect(result.weightedValue).toBe(3.25);
    expect(result.ikm).toBe(81.25);
    expect(result.category).toBe('B');
    expect(result.categoryLabel).toBe('Baik');
    expect(result.belowMinimumSample).toBe(false);
  });

  it('weights every element equally: weighted averages add up to the weighted value', () => {
    const result = computeIkm({ elements: tallies([3.25, 3.0, 2.75, 3.5, 3.25, 3.5, 3.75, 3.0, 3.25]), respondents: 4, minimumSample: 1 });
    expect(result.elements.reduce((sum, e) => sum + e.weightedAverage!, 0)).toBeCloseTo(3.25, 12);
    expect(result.elements[0]!.weightedAverage).toBeCloseTo(3.25 / 9, 12);
  });

  it.each([
    [1.0, 25, 'D', 'Tidak Baik'],
    [2.5996, 64.99, 'D', 'Tidak Baik'],
    [2.5999, 64.9975, 'D', 'Tidak Baik'],
    [2.6, 65, 'C', 'Kurang Baik'],
    [3.064, 76.6, 'C', 'Kurang Baik'],
    [3.0643, 76.6075, 'C', 'Kurang Baik'],
    [3.0644, 76.61, 'B', 'Baik'],
    [3.532, 88.3, 'B', 'Baik'],
    [3.5323, 88.3075, 'B', 'Baik'],
    [3.5324, 88.31, 'A', 'Sangat Baik'],
    [4.0, 100, 'A', 'Sangat Baik'],
  ])('weighted value %f -> IKM %f, category %s (%s), on unrounded values', (value, ikm, category, label) => {
    const result = uniform(value);
    expect(result.weightedValue).toBe(value);
    expect(result.ikm).toBeCloseTo(ikm, 10);
    expect(result.category).toBe(category);
    expect(result.categoryLabel).toBe(label);
    expect(ikmCategory(value).category).toBe(category);
  });

  it('flags a sample below the minimum', () => {
    const elements = tallies(Array(9).fill(3), 4);
    expect(computeIkm({ elements, respondents: 4, minimumSample: 5 }).belowMinimumSample).toBe(true);
    expect(computeIkm({ elements, respondents: 5, minimumSample: 5 }).belowMinimumSample).toBe(false);
  });

  it('has no index without answers', () => {
    const result = computeIkm({ elements: tallies(Array(9).fill(0), 0), respondents: 0, minimumSample: 30 });
    expect(result).toMatchObject({ weightedValue: null, ikm: null, category: null, categoryLabel: null, belowMinimumSample: true });
    expect(result.elements.every((e) => e.average === null)).toBe(true);
  });

  it('weights by the number of elements a survey has (a unit may add elements)', () => {
    const averages = [4, 4, 4, 4, 4, 4, 4, 4, 4, 1];
    const elements = averages.map((a, i) => ({ code: `U${i + 1}`, name: `Unsur ${i + 1}`, sum: a, count: 1 }));
    const result = computeIkm({ elements, respondents: 1, minimumSample: 1 });
    expect(result.elements[0]!.weight).toBe(0.1);
    expect(result.weightedValue).toBe(3.7);
    expect(result.ikm).toBe(92.5);
    expect(result.category).toBe('A');
  });
});
