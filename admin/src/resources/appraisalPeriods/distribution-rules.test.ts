import { describe, expect, it } from 'vitest';
import { countText, distributionBars, shareText } from './distribution-rules';

describe('the distribution curve in the console', () => {
  it('has a bar for every predicate, best first, with nobody where the API counted none', () => {
    expect(
      distributionBars([
        { predicate: 'BAIK', count: 2, share: 2 / 3 },
        { predicate: 'SANGAT_BAIK', count: 1, share: 1 / 3 },
      ]),
    ).toEqual([
      { predicate: 'SANGAT_BAIK', count: 1, share: 1 / 3 },
      { predicate: 'BAIK', count: 2, share: 2 / 3 },
      { predicate: 'BUTUH_PERBAIKAN', count: 0, share: 0 },
      { predicate: 'KURANG', count: 0, share: 0 },
      { predicate: 'SANGAT_KURANG', count: 0, share: 0 },
    ]);
    expect(distributionBars(undefined).map((bar) => bar.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('writes shares and counts the Indonesian way', () => {
    expect(shareText(2 / 3).replace(/\s/g, '')).toBe('66,7%');
    expect(countText({ count: 2, share: 2 / 3 }).replace(/\s/g, '')).toBe('2(66,7%)');
    expect(countText({ count: 0, share: 0 })).toBe('0');
  });
});
