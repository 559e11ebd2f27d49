import { Rating } from '../indicators/indicator.enums.js';

/**
 * Pure ranking of the programmes an evaluation's gaps call for: no database,
 * no GraphQL. `history` holds the gaps of the employee's evaluations in the
 * periods of the same type, newest (the period asked about) first.
 */
export enum GapKind {
  INDICATOR = 'INDICATOR',
  BEHAVIOUR = 'BEHAVIOUR',
}

/** Something below expectation in an evaluation (the GraphQL `PerformanceGap`). */
export interface PerformanceGap {
  kind: GapKind;
  code: string;
  name: string;
  achievement: number | null;
  threshold: number | null;
  rating: Rating | null;
  consecutivePeriods: number;
}

export interface EvaluationGaps {
  /** False when the employee has no confirmed evaluation in that period: it breaks a streak. */
  evaluated: boolean;
  indicators: { code: string; name: string; achievement: number; threshold: number }[];
  behaviour: { code: string; name: string }[];
}

export interface Candidate<P> {
  program: P;
  /** Codes of the evaluated indicators the programme is linked to. */
  indicatorCodes: string[];
  behaviourValueCodes: string[];
  alreadyEnrolled: boolean;
}

export interface Ranked<P> {
  rank: number;
  program: P;
  reason: string;
  gaps: PerformanceGap[];
  score: number;
  alreadyEnrolled: boolean;
}

/** In how many consecutive evaluations, the newest included, a gap appears. */
export function streak(history: EvaluationGaps[], has: (gaps: EvaluationGaps) => boolean): number {
  let count = 0;
  for (const gaps of history) {
    if (!gaps.evaluated || !has(gaps)) break;
    count++;
  }
  return count;
}

const percent = (value: number) => `${Math.round(value * 100) / 100} %`;

/**
 * Each programme scores, per gap it addresses, the gap's streak (a repeated gap
 * counts once per period) times its weight: 1 + shortfall / 100 for an
 * indicator, 1 for a core value. Highest first; a programme the employee is
 * already enrolled in comes after the others; ties keep the input order (by code).
 */
export function rankRecommendations<P>(candidates: Candidate<P>[], history: EvaluationGaps[]): Ranked<P>[] {
  const current = history[0];
  if (!current?.evaluated) return [];
  const scored = candidates.flatMap((candidate, order) => {
    const gaps: PerformanceGap[] = [];
    let score = 0;
    for (const gap of current.indicators) {
      if (!candidate.indicatorCodes.includes(gap.code)) continue;
      const periods = streak(history, (g) => g.indicators.some((other) => other.code === gap.code));
      gaps.push({
        kind: GapKind.INDICATOR,
        code: gap.code,
        name: gap.name,
        achievement: gap.achievement,
        threshold: gap.threshold,
        rating: null,
        consecutivePeriods: periods,
      });
      score += periods * (1 + (gap.threshold - gap.achievement) / 100);
    }
    for (const gap of current.behaviour) {
      if (!candidate.behaviourValueCodes.includes(gap.code)) continue;
      const periods = streak(history, (g) => g.behaviour.some((other) => other.code === gap.code));
      gaps.push({
        kind: GapKind.BEHAVIOUR,
        code: gap.code,
        name: gap.name,
        achievement: null,
        threshold: null,
        rating: Rating.DI_BAWAH_EKSPEKTASI,
        consecutivePeriods: periods,
      });
      score += periods;
    }
    if (gaps.length === 0) return [];
    return [{ candidate, gaps, score: Math.round(score * 10_000) / 10_000, order }];
  });
  scored.sort(
    (a, b) => Number(a.candidate.alreadyEnrolled) - Number(b.candidate.alreadyEnrolled) || b.score - a.score || a.order - b.order,
  );
  return scored.map(({ candidate, gaps, score }, index) => ({
    rank: index + 1,
    program: candidate.program,
    gaps,
    score,
    alreadyEnrolled: candidate.alreadyEnrolled,
    reason: gaps.map(describe).join('; '),
  }));
}

function describe(gap: PerformanceGap): string {
  const repeated = gap.consecutivePeriods > 1 ? `, ${gap.consecutivePeriods} periods in a row` : '';
  if (gap.kind === GapKind.INDICATOR)
    return `${gap.name}: achievement ${percent(gap.achievement!)} below the expected ${percent(gap.threshold!)}${repeated}`;
  return `${gap.name}: behaviour rated below expectation${repeated}`;
}
