import type { Predicate } from '../indicators/indicator.enums.js';

/**
 * Pure matching of follow-up rules (tindak lanjut hasil penilaian): no
 * database. `history` holds the employee's predicates in the last periods of
 * the same type, newest (the period followed up) first; null where the
 * employee had no settled evaluation, which breaks a repetition.
 */
export interface RuleShape {
  predicates: readonly Predicate[];
  /** 1: the period alone; N: the period and the N-1 before it, without a gap. */
  consecutivePeriods: number;
}

export function matchesRule(rule: RuleShape, history: readonly (Predicate | null)[]): boolean {
  if (rule.consecutivePeriods < 1 || history.length < rule.consecutivePeriods) return false;
  return history.slice(0, rule.consecutivePeriods).every((predicate) => predicate !== null && rule.predicates.includes(predicate));
}

/** Why a rule proposes its action, in words, e.g. "KURANG in 2 consecutive periods (Triwulan I 2025, Triwulan II 2025)". */
export function matchReason(rule: RuleShape, history: readonly (Predicate | null)[], periodNames: readonly string[]): string {
  const seen = history.slice(0, rule.consecutivePeriods);
  const predicates = [...new Set(seen)].join(' / ');
  if (rule.consecutivePeriods === 1) return `${predicates} in ${periodNames[0]}`;
  const names = periodNames.slice(0, rule.consecutivePeriods).reverse().join(', ');
  return `${predicates} in ${rule.consecutivePeriods} consecutive periods (${names})`;
}
