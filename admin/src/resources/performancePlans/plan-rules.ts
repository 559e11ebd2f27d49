import { can } from '../../access';
import type { Validator } from 'react-admin';

import {
  formatWeight,
  isCompleteWeight,
  mainWeightTotal,
  REQUIRED_MAIN_WEIGHT,
  toNumberOrNull,
} from '../criteriaTemplates/template-weights';
import { DATE_LOCALE } from '../../i18n';

/**
 * Performance plans (SKP) as the API runs them (api/src/modules/appraisals): DRAFT -> SUBMITTED
 * -> APPROVED, or back to RETURNED with a comment and submitted again. The employee (or HR)
 * writes the targets and submits; the appraiser approves or returns (HR for a plan without an
 * appraiser, such as the head of the region's); realisations are recorded on an approved plan
 * while the period is MONITORING or EVALUATION. Pure, for the pages' buttons and forms: the API
 * stays the authority and refuses what these rules would not offer.
 */
export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const planStatusLabel = (status: string) => `resources.performancePlans.statuses.${status}`;
export const planStatusChoices = PLAN_STATUSES.map((status) => ({ id: status, name: planStatusLabel(status) }));

export const PLAN_STATUS_COLORS: Record<PlanStatus, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'success',
};

/** Period stages in which realisations may be recorded. */
export const RECORDING_PERIOD_STATUSES = ['MONITORING', 'EVALUATION'];

/** Whose plan it is and who decides on it, as the page knows them. */
export type PlanParties = {
  status: string;
  employeeId: string;
  appraiserId?: string | null;
  /** The status of the plan's period. */
  periodStatus?: string | null;
};

/** The signed-in account: its permissions (access.ts) and the employee it belongs to (none for pure administrators). */
export type Actor = { employeeId?: string | null; permissions: readonly string[] };

export type PlanActions = {
  /** Change the targets (DRAFT or RETURNED; the employee or HR). */
  editTargets: boolean;
  submit: boolean;
  /** Approve or return (SUBMITTED; the appraiser, HR when there is none). */
  decide: boolean;
  /** Record and delete realisations (APPROVED, period MONITORING or EVALUATION; the employee or HR). */
  recordRealizations: boolean;
};

export const isEditablePlan = (status: unknown): boolean => status === 'DRAFT' || status === 'RETURNED';

/** The employee themself, or HR (plans.manageAgency). */
export const isAuthorOrHr = (plan: PlanParties, actor: Actor | null | undefined): boolean =>
  !!actor && ((!!actor.employeeId && actor.employeeId === plan.employeeId) || can(actor.permissions, 'plans.manageAgency'));

/** The plan's appraiser; HR (plans.manageAgency) for a plan that has none in the system. */
export const isDecider = (plan: PlanParties, actor: Actor | null | undefined): boolean =>
  !!actor &&
  (plan.appraiserId ? !!actor.employeeId && actor.employeeId === plan.appraiserId : can(actor.permissions, 'plans.manageAgency'));

/** What the actor may do on the plan now. Nothing once the period is closed. */
export const planActionsFor = (plan: PlanParties | null | undefined, actor: Actor | null | undefined): PlanActions => {
  const none = { editTargets: false, submit: false, decide: false, recordRealizations: false };
  if (!plan || !actor || plan.periodStatus === 'CLOSED') return none;
  const author = isAuthorOrHr(plan, actor);
  return {
    editTargets: author && isEditablePlan(plan.status),
    submit: author && isEditablePlan(plan.status),
    decide: plan.status === 'SUBMITTED' && isDecider(plan, actor),
    recordRealizations: author && plan.status === 'APPROVED' && RECORDING_PERIOD_STATUSES.includes(String(plan.periodStatus)),
  };
};

/** A target as the edit form holds it: numbers may still be empty while being typed. */
export type PlanTargetValues = {
  id?: string | null;
  indicatorId?: string | null;
  category?: string | null;
  weight?: number | string | null;
  target?: number | string | null;
  targetMax?: number | string | null;
  supportsId?: string | null;
  description?: string | null;
  aspect?: string | null;
};

/** A target as the API gives it on the plan page (`targets { ... }`). */
export type PlanTargetRecord = {
  id: string;
  indicatorId: string;
  category: string;
  weight: number;
  target: number | null;
  targetMax: number | null;
  supportsId: string | null;
  description: string | null;
  aspect: string | null;
};

/** What the form starts with: the plan's targets as they are. */
export const toPlanTargetValues = (targets: readonly PlanTargetRecord[] | null | undefined): PlanTargetValues[] =>
  (targets ?? []).map(({ id, indicatorId, category, weight, target, targetMax, supportsId, description, aspect }) => ({
    id,
    indicatorId,
    category,
    weight,
    target,
    targetMax,
    supportsId,
    description,
    aspect,
  }));

/** The form's targets as the API takes them (PlanTargetInput): numbers as numbers, empty as null; existing ones keep their id. */
export const toPlanTargetInputs = (targets: readonly PlanTargetValues[] | null | undefined) =>
  (targets ?? []).map((target) => ({
    ...(target.id ? { id: target.id } : {}),
    indicatorId: String(target.indicatorId ?? ''),
    category: target.category === 'TAMBAHAN' ? ('TAMBAHAN' as const) : ('UTAMA' as const),
    weight: toNumberOrNull(target.weight) ?? 0,
    target: toNumberOrNull(target.target),
    targetMax: toNumberOrNull(target.targetMax),
    supportsId: target.supportsId || null,
    description: typeof target.description === 'string' && target.description.trim() !== '' ? target.description.trim() : null,
    aspect: (target.aspect || null) as 'BIAYA' | 'KUALITAS' | 'KUANTITAS' | 'WAKTU' | null,
  }));

/**
 * The targets as a whole, like a template's items (the API applies the same rule): at least one,
 * at least one main result, main weights summing to 100. The message names the total.
 */
export const validatePlanTargets: Validator = (targets: unknown) => {
  const list = Array.isArray(targets) ? (targets as PlanTargetValues[]) : [];
  if (list.length === 0) return 'resources.performancePlans.validation.noTargets';
  if (!list.some((target) => (target?.category ?? 'UTAMA') !== 'TAMBAHAN')) return 'resources.performancePlans.validation.noMain';
  const total = mainWeightTotal(list);
  if (!isCompleteWeight(total)) {
    return {
      message: 'resources.performancePlans.validation.mainWeight',
      args: { total: formatWeight(total), required: REQUIRED_MAIN_WEIGHT },
    };
  }
  return undefined;
};

const DECIMAL = () => new Intl.NumberFormat(DATE_LOCALE, { maximumFractionDigits: 2 });
const decimal = (value: number) => DECIMAL().format(value);

/** A target: one value or a range "90 – 110", with the unit of measure; "—" when not set yet. */
export const targetText = (target: { target: number | null; targetMax: number | null }, unit: string): string => {
  if (target.target === null) return '—';
  const value = target.targetMax !== null ? `${decimal(target.target)} – ${decimal(target.targetMax)}` : decimal(target.target);
  return `${value} ${unit}`.trim();
};

/** Evidence links typed one per line (or separated by spaces): trimmed, empties dropped. */
export const parseEvidenceLinks = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(/[\s]+/)
        .map((link) => link.trim())
        .filter((link) => link !== '')
    : [];

/** Every link http(s), at most 10 (the API's rule), said before sending. */
export const validateEvidenceLinks: Validator = (text: unknown) => {
  const links = parseEvidenceLinks(text);
  if (links.length > 10) return { message: 'resources.performancePlans.validation.tooManyLinks', args: { max: 10 } };
  const bad = links.find((link) => !/^https?:\/\/[^\s]+$/i.test(link));
  return bad ? { message: 'resources.performancePlans.validation.badLink', args: { link: bad } } : undefined;
};

export type PeriodChoice = { id: string; name: string; startDate: string };

/**
 * The periods a realisation may be for: the plan's own period and those of its sub-periods that
 * have started (`today` as YYYY-MM-DD), sub-periods first in time order.
 */
export const recordablePeriods = (period: PeriodChoice, children: readonly PeriodChoice[], today: string): PeriodChoice[] => [
  ...[...children].filter((child) => child.startDate <= today).sort((a, b) => a.startDate.localeCompare(b.startDate)),
  period,
];

/** Today in Indonesia's western time (UTC+7), as YYYY-MM-DD, like the API's sub-period check. */
export const todayInIndonesia = (now = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
