import { can } from '../../access';

/**
 * The lifecycle of an appraisal period, as the API runs it (api/src/modules/periods): DRAFT ->
 * PLANNING -> MONITORING -> EVALUATION -> CLOSED, one step at a time; a platform administrator
 * may take a CLOSED period back to EVALUATION. Pure, for the stepper and the buttons.
 */
export const PERIOD_STATUSES = ['DRAFT', 'PLANNING', 'MONITORING', 'EVALUATION', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const PERIOD_TYPES = ['ANNUAL', 'SEMESTER', 'QUARTERLY', 'MONTHLY'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** The types of sub-periods an annual period can be divided into. */
export const SUB_PERIOD_TYPES: readonly PeriodType[] = ['SEMESTER', 'QUARTERLY', 'MONTHLY'];

export type StepState = 'done' | 'current' | 'todo';

const indexOf = (status: string): number => PERIOD_STATUSES.indexOf(status as PeriodStatus);

/** Each stage and where the period stands: done before its status, current at it, todo after. A CLOSED period is done throughout. */
export const lifecycleSteps = (status: string): { status: PeriodStatus; state: StepState }[] => {
  const current = indexOf(status);
  return PERIOD_STATUSES.map((step, index) => ({
    status: step,
    state: status === 'CLOSED' || index < current ? 'done' : index === current ? 'current' : 'todo',
  }));
};

/** The stepper's active step: the status's position, past the end once CLOSED (every step completed). */
export const activeStepOf = (status: string): number => (status === 'CLOSED' ? PERIOD_STATUSES.length : Math.max(0, indexOf(status)));

/** The status after `status`, or null for CLOSED (the API's `nextStep.to`, for checks and labels). */
export const nextStatusOf = (status: string): PeriodStatus | null => {
  const index = indexOf(status);
  return index >= 0 && index < PERIOD_STATUSES.length - 1 ? PERIOD_STATUSES[index + 1] : null;
};

/** A closed period is read-only: no edit, no sub-periods, no steps (only a reopen). */
export const isPeriodOpen = (status: unknown): boolean => status !== 'CLOSED';

/** Only those with periods.reopen (reopenPeriod) reopen, and only a CLOSED period. */
export const canReopenPeriod = (permissions: unknown, status: unknown): boolean =>
  can(permissions, 'periods.reopen') && status === 'CLOSED';

export const statusLabel = (status: string) => `resources.appraisalPeriods.statuses.${status}`;
export const typeLabel = (type: string) => `resources.appraisalPeriods.types.${type}`;
/** The button that takes the step to `to`, e.g. "Mulai perencanaan". */
export const stepActionLabel = (to: string) => `resources.appraisalPeriods.lifecycle.actions.${to}`;

export const statusChoices = PERIOD_STATUSES.map((status) => ({ id: status, name: statusLabel(status) }));
export const typeChoices = PERIOD_TYPES.map((type) => ({ id: type, name: typeLabel(type) }));
export const subPeriodTypeChoices = SUB_PERIOD_TYPES.map((type) => ({ id: type, name: typeLabel(type) }));

export const STATUS_COLORS: Record<PeriodStatus, 'default' | 'info' | 'primary' | 'warning' | 'success'> = {
  DRAFT: 'default',
  PLANNING: 'info',
  MONITORING: 'primary',
  EVALUATION: 'warning',
  CLOSED: 'success',
};
