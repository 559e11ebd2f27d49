import { PREDICATES } from '../scoringSchemes/scoring-rules';
import { DATE_LOCALE } from '../../i18n';

/**
 * The distribution curve (kurva distribusi) of a period as the console shows it: every predicate,
 * best first, with its count and share (0 when nobody got it), and the organisation achievement
 * levels HR records per unit (SE MenPANRB 3/2023). Pure, for the chart and the table.
 */
export const ORG_ACHIEVEMENTS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgAchievementValue = (typeof ORG_ACHIEVEMENTS)[number];

export const achievementLabel = (achievement: string) => `resources.appraisalPeriods.distribution.achievements.${achievement}`;
export const achievementChoices = ORG_ACHIEVEMENTS.map((achievement) => ({ id: achievement, name: achievementLabel(achievement) }));

export type PredicateShareRef = { predicate: string; count: number; share: number };
export type DistributionBar = { predicate: string; count: number; share: number };

/** One bar per predicate in the matrix's order (Sangat Baik .. Sangat Kurang), missing ones as 0. */
export const distributionBars = (counts: readonly PredicateShareRef[] | null | undefined): DistributionBar[] => {
  const byPredicate = new Map((counts ?? []).map((entry) => [entry.predicate, entry]));
  return PREDICATES.map((predicate) => ({
    predicate,
    count: byPredicate.get(predicate)?.count ?? 0,
    share: byPredicate.get(predicate)?.share ?? 0,
  }));
};

const PERCENT = () => new Intl.NumberFormat(DATE_LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** A share 0-1 as an Indonesian percentage: 0.6667 -> "66,7%". */
export const shareText = (share: number): string => PERCENT().format(Number.isFinite(share) ? share : 0);

/** "2 (66,7%)": a count with its share, for the table's cells. */
export const countText = (entry: { count: number; share: number }): string =>
  entry.count === 0 ? '0' : `${entry.count} (${shareText(entry.share)})`;
