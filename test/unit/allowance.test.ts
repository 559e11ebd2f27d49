import { describe, expect, it } from 'vitest';
import {
  computeAllowance,
  DEFAULT_RULES,
  portion,
  schemeProblems,
  type MonthFacts,
  type SchemeRules,
} from '../../api/src/modules/allowance/allowance.js';

/** Class 6 pays 3,000,000: discipline 40 % = 1,200,000, productivity 60 % = 1,800,000. */
const rules: SchemeRules = { ...DEFAULT_RULES, baseAmounts: Array.from({ length: 17 }, (_, i) => (i + 1) * 500_000) };
const dates = Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 2).padStart(2, '0')}`);
const facts = (overrides: Partial<MonthFacts> = {}): MonthFacts => ({
  grade: 6,
  workingDays: 20,
  workingDates: dates,
  presentDays: [],
  statusDays: {},
  effectiveMinutes: 6000,
  targetMinutes: 6000,
  predicate: null,
  cuts: [],
  stoppedFrom: null,
  ...overrides,
});
// Lines also carry their base and exact fraction (tested in test/api/allowance-rules.test.ts); these cases check the figures.
const line = (rule: string, quantity: number, basisPoints: number, amount: number) =>
  expect.objectContaining({ rule, quantity, basisPoints, amount }) as unknown;

describe('computeAllowance', () => {
  it('pays a clean month in full', () => {
    const result = computeAllowance(rules, facts());
    expect(result).toMatchObject({
      base: 3_000_000,
      gross: 3_000_000,
      disciplineComponent: 1_200_000,
      productivityComponent: 1_800_000,
      lines: [],
      net: 3_000_000,
    });
  });

  it('puts each late arrival and early leave in its band, the band boundaries included', () => {
    const presentDays = [
      { late: 1, early: 0 },
      { late: 30, early: 0 },
      { late: 31, early: 0 },
      { late: 60, early: 0 },
      { late: 61, early: 0 },
      { late: 90, early: 0 },
      { late: 91, early: 0 },
      { late: null, early: 45 }, // no check-in counts as TL4
      { late: 0, early: null }, // no check-out counts as PSW4
    ];
    const result = computeAllowance(rules, facts({ presentDays }));
    // TL1 2 x 0.5 % = 1 % of 3,000,000 = 30,000; TL2 2 x 1 % = 60,000; TL3 2 x 1.25 % = 75,000; TL4 2 x 1.5 % = 90,000;
    // PSW2 1 % = 30,000; PSW4 1.5 % = 45,000.
    expect(result.lines).toEqual([
      line('TL1', 2, 100, 30_000),
      line('TL2', 2, 200, 60_000),
      line('TL3', 2, 250, 75_000),
      line('TL4', 2, 300, 90_000),
      line('PSW2', 1, 100, 30_000),
      line('PSW4', 1, 150, 45_000),
    ]);
    expect(result.net).toBe(3_000_000 - 330_000);
  });

  it('caps the discipline deductions at the discipline component', () => {
    // 30 unexcused days x 5 % = 150 %, capped per rule at 100 % = 3,000,000, then at the component 1,200,000.
    const result = computeAllowance(rules, facts({ statusDays: { TANPA_KETERANGAN: 30 } }));
    expect(result.lines).toEqual([line('TANPA_KETERANGAN', 30, 10_000, 1_200_000)]);
    expect(result.net).toBe(1_800_000);
  });

  it('pays productivity by the share of effective minutes, leave days left out of the target', () => {
    // 3,000 of 6,000 minutes: 50 % of 1,800,000 is not earned.
    expect(computeAllowance(rules, facts({ effectiveMinutes: 3000 })).lines).toEqual([line('PRODUKTIVITAS', 3000, 5000, 900_000)]);
    // Five days of leave: the target is 6,000 x 15 / 20 = 4,500 minutes, reached.
    expect(computeAllowance(rules, facts({ effectiveMinutes: 4500, statusDays: { CUTI: 5 } })).lines).toEqual([]);
  });

  it('pays productivity by the predicate band', () => {
    const byPredicate = { ...rules, productivityMode: 'PREDICATE' as const };
    expect(computeAllowance(byPredicate, facts({ predicate: 'KURANG', effectiveMinutes: 0 })).lines).toEqual([
      line('PRODUKTIVITAS', 0, 3000, 540_000),
    ]);
    const both = { ...rules, productivityMode: 'MINUTES_AND_PREDICATE' as const };
    // 75 % of the minutes x 80 % = 60 %: 40 % of 1,800,000 = 720,000 not earned.
    expect(computeAllowance(both, facts({ predicate: 'BUTUH_PERBAIKAN', effectiveMinutes: 4500 })).lines).toEqual([
      line('PRODUKTIVITAS', 4500, 4000, 720_000),
    ]);
  });

  it('cuts 25 % of what is left for an allowance-cut sanction', () => {
    const result = computeAllowance(
      rules,
      facts({ presentDays: [{ late: 10, early: 0 }], cuts: [{ code: 'POTONGAN_TUKIN_25_6', basisPoints: 2500 }] }),
    );
    // TL1 15,000; 25 % of 2,985,000 = 746,250.
    expect(result.lines).toEqual([line('TL1', 1, 50, 15_000), line('POTONGAN_TUKIN_25_6', 1, 2500, 746_250)]);
    expect(result.net).toBe(2_238_750);
  });

  it('pays nothing from the effective date of a dismissal', () => {
    // Effective on the 11th working day: 10 of 20 days are paid.
    const half = computeAllowance(rules, facts({ stoppedFrom: dates[10] }));
    expect(half.lines).toEqual([line('PEMBERHENTIAN', 10, 0, 1_500_000)]);
    expect(half.net).toBe(1_500_000);
    expect(computeAllowance(rules, facts({ stoppedFrom: '2026-10-15' })).net).toBe(0);
  });

  it('pays productivity by the exact share, not by a share rounded to basis points', () => {
    // 5,000 of 6,750 minutes: 1,800,000 x 5,000 / 6,750 = 1,333,333.33 -> 1,333,333 earned, 466,667 not.
    // Through 0.7407 it would be 1,333,260 earned: 73 rupiah lost.
    const result = computeAllowance(rules, facts({ effectiveMinutes: 5000, targetMinutes: 6750 }));
    expect(result.lines).toEqual([
      expect.objectContaining({ rule: 'PRODUKTIVITAS', amount: 466_667, numerator: 7, denominator: 27, base: 'PRODUCTIVITY' }),
    ]);
    expect(result.net).toBe(3_000_000 - 466_667);
  });

  it('pays a placement that ends during the month, or starts in it and meets a dismissal, by working days', () => {
    // Placed until the 12th of the 20 working days: 3,000,000 x 12 / 20 = 1,800,000; PENEMPATAN 8 days = 1,200,000 (8/20 = 2/5).
    const ends = computeAllowance(rules, facts({ placements: [{ from: '2020-01-01', to: dates[11]! }] }));
    expect(ends.lines).toEqual([
      expect.objectContaining({ rule: 'PENEMPATAN', quantity: 8, amount: 1_200_000, numerator: 2, denominator: 5 }),
    ]);
    expect(ends).toMatchObject({ net: 1_800_000, paidDays: 12, workingDays: 20 });
    // Placed from the 6th working day, dismissed from the 16th: 15 days placed, 10 paid. PENEMPATAN 3,000,000 - 2,250,000
    // = 750,000; PEMBERHENTIAN 2,250,000 - 1,500,000 = 750,000; net 1,500,000.
    const both = computeAllowance(rules, facts({ placements: [{ from: dates[5]!, to: null }], stoppedFrom: dates[15]! }));
    expect(both.lines).toEqual([line('PENEMPATAN', 5, 0, 750_000), line('PEMBERHENTIAN', 5, 0, 750_000)]);
    expect(both.net).toBe(1_500_000);
  });

  it('rounds each line by the rule, in integers', () => {
    const odd = { ...rules, baseAmounts: rules.baseAmounts.map(() => 3_333_333) };
    const late = facts({ presentDays: [{ late: 5, early: 0 }] });
    // 0.5 % of 3,333,333 = 16,666.665.
    expect(computeAllowance(odd, late).lines).toEqual([line('TL1', 1, 50, 16_666)]);
    expect(computeAllowance({ ...odd, rounding: 'HALF_UP' }, late).lines).toEqual([line('TL1', 1, 50, 16_667)]);
    expect(portion(9_007_199_254_740, 9_999, 'FLOOR')).toBe(9_006_298_534_814);
  });
});

describe('schemeProblems', () => {
  it('names the weights when they do not add up to 100', () => {
    expect(schemeProblems({ ...rules, disciplineWeight: 50 })).toEqual([
      { field: 'productivityWeight', message: 'The weights of discipline and productivity must add up to 100' },
    ]);
  });
  it('wants 17 class amounts and contiguous bands', () => {
    const problems = schemeProblems({
      ...rules,
      baseAmounts: [1],
      lateBands: [rules.lateBands[0]!, { ...rules.lateBands[2]!, toMinutes: null }],
    });
    expect(problems.map((p) => p.field)).toEqual(['baseAmounts', 'lateBands.1.fromMinutes']);
  });
});
