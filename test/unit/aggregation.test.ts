import { describe, expect, it } from 'vitest';
import { aggregate } from '../../api/src/modules/appraisals/aggregation.js';
import { Aggregation } from '../../api/src/modules/indicators/indicator.enums.js';

describe('combining sub-period values into the period value', () => {
  const quarters = [30, 20.5, 25, 24.5];

  it.each([
    [Aggregation.SUM, 100],
    [Aggregation.AVERAGE, 25],
    [Aggregation.LAST, 24.5],
    [Aggregation.MIN, 20.5],
    [Aggregation.MAX, 30],
  ])('%s of 30, 20.5, 25, 24.5 is %s', (aggregation, expected) => {
    expect(aggregate(quarters, aggregation)).toBe(expected);
  });

  it('has no value when nothing was recorded', () => {
    for (const aggregation of Object.values(Aggregation)) expect(aggregate([], aggregation)).toBeNull();
  });

  it('keeps decimals exact enough to compare', () => {
    expect(aggregate([0.1, 0.2], Aggregation.SUM)).toBe(0.3);
    expect(aggregate([90.1, 90.2, 90.3], Aggregation.AVERAGE)).toBe(90.2);
  });
});
