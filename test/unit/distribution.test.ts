import { describe, expect, it } from 'vitest';
import { deviations, emptyCounts, NATIONAL_PATTERNS } from '../../api/src/modules/results/distribution.js';

const counts = (values: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...values });

describe('distribution pattern (kurva distribusi)', () => {
  it('accepts a BAIK unit with Baik the most common, at most 70 %, and someone needing improvement', () => {
    // 10 employees: 2 SB, 6 B (60 %), 2 BP.
    expect(deviations(counts({ SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 2 }), NATIONAL_PATTERNS.BAIK)).toEqual([]);
  });

  it('flags a BAIK unit where everyone is Baik: over 70 % and nobody below', () => {
    expect(deviations(counts({ BAIK: 10 }), NATIONAL_PATTERNS.BAIK)).toEqual([
      'BAIK: 100 %, expected at most 70 %',
      'BUTUH_PERBAIKAN + KURANG: 0 employee(s), expected at least 1',
    ]);
  });

  it('flags an ISTIMEWA unit where Baik outnumbers Sangat Baik', () => {
    expect(deviations(counts({ SANGAT_BAIK: 3, BAIK: 5 }), NATIONAL_PATTERNS.ISTIMEWA)).toEqual([
      'SANGAT_BAIK should be the most common predicate, but BAIK has 5 against 3',
    ]);
  });

  it('bounds Sangat Baik in a SANGAT_KURANG unit at zero', () => {
    // 10: 6 SK (60 %), 1 K + 2 BP (30 %), 1 SB (10 % > 0).
    expect(
      deviations(counts({ SANGAT_KURANG: 6, KURANG: 1, BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 1 }), NATIONAL_PATTERNS.SANGAT_KURANG),
    ).toEqual(['SANGAT_BAIK: 10 %, expected at most 0 %']);
  });

  it('says nothing about an empty unit', () => {
    expect(deviations(emptyCounts(), NATIONAL_PATTERNS.KURANG)).toEqual([]);
  });
});

describe('annual behaviour proposed from the periods', () => {
  it('takes the most frequent periodic rating, a tie going to the latest period', async () => {
    const { mostFrequent } = await import('../../api/src/modules/appraisals/evaluation.service.js');
    expect(mostFrequent(['SESUAI', 'DI_ATAS', 'SESUAI', 'DI_ATAS', 'SESUAI'])).toBe('SESUAI');
    // Two each: the latest (Q4: DI_ATAS) decides.
    expect(mostFrequent(['SESUAI', 'DI_ATAS', 'SESUAI', 'DI_ATAS'])).toBe('DI_ATAS');
    expect(mostFrequent(['DI_ATAS', 'SESUAI'])).toBe('SESUAI');
    expect(mostFrequent([])).toBeNull();
  });
});
