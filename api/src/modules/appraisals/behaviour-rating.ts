import { Rating } from '../indicators/indicator.enums.js';

/**
 * The overall behaviour rating from the ratings of the core values, read the way
 * PermenPANRB 6/2022 reads results: above expectation when most values are above
 * and none below; below expectation when most are below; otherwise as expected.
 */
export function overallBehaviour(ratings: readonly Rating[]): Rating | null {
  if (ratings.length === 0) return null;
  const count = (rating: Rating) => ratings.filter((r) => r === rating).length;
  const most = ratings.length / 2;
  if (count(Rating.DI_ATAS_EKSPEKTASI) > most && count(Rating.DI_BAWAH_EKSPEKTASI) === 0) return Rating.DI_ATAS_EKSPEKTASI;
  if (count(Rating.DI_BAWAH_EKSPEKTASI) > most) return Rating.DI_BAWAH_EKSPEKTASI;
  return Rating.SESUAI_EKSPEKTASI;
}
