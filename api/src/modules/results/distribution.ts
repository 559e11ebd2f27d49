import { Predicate } from '../indicators/indicator.enums.js';

/** Organisation achievement of a unit in a period (capaian kinerja organisasi, PermenPANRB 6/2022). */
export enum OrgAchievement {
  ISTIMEWA = 'ISTIMEWA',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

/** One bound on the share of some predicates among a unit's employees. */
export interface DistributionConstraint {
  predicates: Predicate[];
  /** At least this share (0-1) of the employees. */
  minShare?: number | null;
  /** At most this share (0-1). */
  maxShare?: number | null;
  /** At least this many employees. */
  minCount?: number | null;
  /** These predicates together are the most common one. */
  mostCommon?: boolean | null;
}

const { SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG } = Predicate;

/**
 * The distribution pattern (kurva distribusi) of SE MenPANRB 3/2023 as
 * docs/domain.md#distribution-pattern reads it: the unit's achievement bounds
 * its employees' predicates. Agencies may replace any of these (the text asks
 * to verify it; it is data, not code).
 */
export const NATIONAL_PATTERNS: Record<OrgAchievement, DistributionConstraint[]> = {
  ISTIMEWA: [{ predicates: [SANGAT_BAIK], mostCommon: true, maxShare: 0.7 }],
  BAIK: [
    { predicates: [BAIK], mostCommon: true, maxShare: 0.7 },
    { predicates: [BUTUH_PERBAIKAN, KURANG], minCount: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { predicates: [BUTUH_PERBAIKAN], minShare: 0.6 },
    { predicates: [SANGAT_BAIK], maxShare: 0.1 },
  ],
  KURANG: [
    { predicates: [KURANG], minShare: 0.6 },
    { predicates: [BUTUH_PERBAIKAN], minShare: 0.1 },
    { predicates: [SANGAT_BAIK], maxShare: 0.1 },
  ],
  SANGAT_KURANG: [
    { predicates: [SANGAT_KURANG], minShare: 0.6 },
    { predicates: [KURANG, BUTUH_PERBAIKAN], minShare: 0.1 },
    { predicates: [SANGAT_BAIK], maxShare: 0 },
  ],
};

export type PredicateCounts = Record<Predicate, number>;

export const emptyCounts = (): PredicateCounts => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
const names = (predicates: Predicate[]) => predicates.join(' + ');

/** How a unit's predicates deviate from the pattern, in words; empty when they fit. */
export function deviations(counts: PredicateCounts, constraints: readonly DistributionConstraint[]): string[] {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return [];
  const problems: string[] = [];
  for (const constraint of constraints) {
    const count = constraint.predicates.reduce((sum, predicate) => sum + counts[predicate], 0);
    const share = count / total;
    const label = names(constraint.predicates);
    if (constraint.minShare != null && share < constraint.minShare - 1e-9)
      problems.push(`${label}: ${percent(share)}, expected at least ${percent(constraint.minShare)}`);
    if (constraint.maxShare != null && share > constraint.maxShare + 1e-9)
      problems.push(`${label}: ${percent(share)}, expected at most ${percent(constraint.maxShare)}`);
    if (constraint.minCount != null && count < constraint.minCount)
      problems.push(`${label}: ${count} employee(s), expected at least ${constraint.minCount}`);
    if (constraint.mostCommon) {
      const others = (Object.keys(counts) as Predicate[]).filter((p) => !constraint.predicates.includes(p));
      const rival = others.find((p) => counts[p] > count);
      if (rival) problems.push(`${label} should be the most common predicate, but ${rival} has ${counts[rival]} against ${count}`);
    }
  }
  return problems;
}

/**
 * Groups of fewer people are never shown per predicate (nor averaged) to whoever
 * may not read small groups (`analytics.readSmallGroups`), in public results and
 * on every dashboard and report: they would point at individuals.
 */
export const SMALL_GROUP = 5;

/**
 * Which figures to hide from such an actor: each group of 1 to SMALL_GROUP - 1
 * people, and the total as well when it is small itself or when the hidden
 * groups add up to a small group (the total minus the groups shown would tell them).
 */
export function smallGroupsHidden(sizes: readonly number[]): { groups: boolean[]; total: boolean } {
  const small = (n: number) => n > 0 && n < SMALL_GROUP;
  const groups = sizes.map(small);
  const hidden = sizes.reduce((sum, n, index) => sum + (groups[index] ? n : 0), 0);
  const total = sizes.reduce((sum, n) => sum + n, 0);
  return { groups, total: small(total) || small(hidden) };
}
