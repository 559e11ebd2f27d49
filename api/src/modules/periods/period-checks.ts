import type { ServiceContext } from '../../context.js';
import { conflict, ErrorReason } from '../../errors.js';
import { PeriodStatus, type AppraisalPeriod } from './appraisal-period.entity.js';

/** A precondition of entering a status: returns what blocks it, in words (empty when nothing does). */
export type TransitionCheck = (ctx: ServiceContext, period: AppraisalPeriod) => Promise<string[]>;

const checks = new Map<PeriodStatus, TransitionCheck[]>();

/**
 * Modules built on periods (plans, evaluations, objections) add their own
 * preconditions here, so the period module needs no knowledge of them.
 */
export function registerTransitionCheck(to: PeriodStatus, check: TransitionCheck): void {
  checks.set(to, [...(checks.get(to) ?? []), check]);
}

export function transitionChecks(to: PeriodStatus): readonly TransitionCheck[] {
  return checks.get(to) ?? [];
}

/** Every change to a period's data goes through this: a CLOSED period is read-only for everyone. */
export function assertPeriodOpen(period: AppraisalPeriod, field = 'input.id'): void {
  if (period.status === PeriodStatus.CLOSED) {
    throw conflict(`The period ${period.name} is closed: its data can no longer change (a platform administrator can reopen it)`, {
      field,
      reason: ErrorReason.PERIOD_CLOSED,
      params: { period: period.name },
    });
  }
}

/** Work that follows a change of status, inside its transaction (e.g. derived tables of a period that closes). */
export type StatusEffect = (ctx: ServiceContext, period: AppraisalPeriod, from: PeriodStatus, to: PeriodStatus) => Promise<void>;

const effects: StatusEffect[] = [];

/** Modules keeping figures derived from a period's data add them here, like the checks above. */
export function registerStatusEffect(effect: StatusEffect): void {
  effects.push(effect);
}

export function statusEffects(): readonly StatusEffect[] {
  return effects;
}
