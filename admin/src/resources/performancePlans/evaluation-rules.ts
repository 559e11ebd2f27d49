import { can } from '../../access';
import type { Validator } from 'react-admin';

import type { Actor, PlanParties } from './plan-rules';
import { DATE_LOCALE } from '../../i18n';

/**
 * The evaluation of a plan as the API runs it (api/src/modules/appraisals/evaluation.service.ts):
 * the appraiser (HR for a plan without one) rates each core value while the period is
 * EVALUATION and confirms (DRAFT -> CONFIRMED); the employee acknowledges (ACKNOWLEDGED) or
 * objects before the deadline (OBJECTED); the appraiser's superior (HR for a plan without one)
 * decides (DECIDED) and may leave a review note. Pure, for the plan page's buttons and form: the
 * API stays the authority.
 */
export const EVALUATION_STATUSES = ['DRAFT', 'CONFIRMED', 'ACKNOWLEDGED', 'OBJECTED', 'DECIDED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const RATING_VALUES = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

export const evaluationStatusLabel = (status: string) => `resources.performancePlans.evaluation.statuses.${status}`;

export const EVALUATION_STATUS_COLORS: Record<EvaluationStatus, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  CONFIRMED: 'info',
  ACKNOWLEDGED: 'success',
  OBJECTED: 'warning',
  DECIDED: 'success',
};

/** The plan and its evaluation as the page knows them. */
export type EvaluationParties = PlanParties & {
  appraiserSuperiorId?: string | null;
  evaluation?: { status: string; objectionDeadline?: string | null } | null;
};

export type EvaluationActions = {
  /** Rate and save the draft (approved plan, period EVALUATION, no evaluation or a draft; the appraiser). */
  rate: boolean;
  /** Confirm the saved draft (the appraiser). */
  confirm: boolean;
  /** Accept the confirmed result (the employee). */
  acknowledge: boolean;
  /** Object to the confirmed result up to the deadline (the employee). */
  object: boolean;
  /** Decide an objection (the appraiser's superior; HR when the plan records none). */
  decide: boolean;
  /** Leave a review note on a confirmed result (the appraiser's superior; HR when none). */
  review: boolean;
  /** Give feedback on the plan (the appraiser or their superior; HR for a plan without an appraiser). */
  giveFeedback: boolean;
};

/** The plan's appraiser; HR for a plan without one. */
export const isAppraiser = (plan: EvaluationParties, actor: Actor | null | undefined): boolean =>
  !!actor &&
  (plan.appraiserId ? !!actor.employeeId && actor.employeeId === plan.appraiserId : can(actor.permissions, 'evaluations.manageAgency'));

/** The appraiser's superior; HR for a plan that records none. */
export const isAppraiserSuperior = (plan: EvaluationParties, actor: Actor | null | undefined): boolean =>
  !!actor &&
  (plan.appraiserSuperiorId
    ? !!actor.employeeId && actor.employeeId === plan.appraiserSuperiorId
    : can(actor.permissions, 'evaluations.manageAgency'));

/** What the actor may do on the plan's evaluation now (`today` as YYYY-MM-DD in Indonesia). Nothing once the period is closed. */
export const evaluationActionsFor = (
  plan: EvaluationParties | null | undefined,
  actor: Actor | null | undefined,
  today: string,
): EvaluationActions => {
  const none = { rate: false, confirm: false, acknowledge: false, object: false, decide: false, review: false, giveFeedback: false };
  if (!plan || !actor || plan.periodStatus === 'CLOSED') return none;
  const status = plan.evaluation?.status ?? null;
  const appraiser = isAppraiser(plan, actor);
  const superior = isAppraiserSuperior(plan, actor);
  const employee = !!actor.employeeId && actor.employeeId === plan.employeeId;
  const rating = plan.status === 'APPROVED' && plan.periodStatus === 'EVALUATION' && (status === null || status === 'DRAFT');
  const deadline = plan.evaluation?.objectionDeadline ?? null;
  return {
    rate: rating && appraiser,
    confirm: rating && appraiser && status === 'DRAFT',
    acknowledge: employee && status === 'CONFIRMED',
    object: employee && status === 'CONFIRMED' && (!deadline || today <= deadline),
    decide: superior && status === 'OBJECTED',
    review: superior && (status === 'CONFIRMED' || status === 'ACKNOWLEDGED' || status === 'OBJECTED'),
    giveFeedback: appraiser || (!!plan.appraiserId && superior),
  };
};

/**
 * The overall behaviour rating the API derives from the values' ratings: above expectation when
 * most are above and none below; below when most are below; otherwise as expected. Null until
 * every value is rated.
 */
export const overallBehaviour = (ratings: readonly (string | null | undefined)[]): RatingValue | null => {
  if (ratings.length === 0 || ratings.some((rating) => !rating)) return null;
  const count = (rating: RatingValue) => ratings.filter((item) => item === rating).length;
  const most = ratings.length / 2;
  if (count('DI_ATAS_EKSPEKTASI') > most && count('DI_BAWAH_EKSPEKTASI') === 0) return 'DI_ATAS_EKSPEKTASI';
  if (count('DI_BAWAH_EKSPEKTASI') > most) return 'DI_BAWAH_EKSPEKTASI';
  return 'SESUAI_EKSPEKTASI';
};

/** A core value as the form lists it. */
export type BehaviourValueRef = { code: string; name: string };
/** A saved rating (`behaviourRatings { code rating note }`). */
export type BehaviourRatingRef = { code: string; rating: string; note?: string | null };

/** The form's values: one row per core value in order, the overall overrides, their reason, the appraiser's note. */
export type EvaluationFormValues = {
  behaviour: { code: string; rating?: string | null; note?: string | null }[];
  behaviourRating?: string | null;
  resultRating?: string | null;
  overrideReason?: string | null;
  note?: string | null;
};

/** What the form starts with: a row per value of the agency, with the draft's rating and note where saved. */
export const toEvaluationFormValues = (
  values: readonly BehaviourValueRef[],
  saved:
    | {
        behaviourRatings?: readonly BehaviourRatingRef[] | null;
        behaviourRatingOverride?: string | null;
        resultRatingOverride?: string | null;
        overrideReason?: string | null;
        note?: string | null;
      }
    | null
    | undefined,
): EvaluationFormValues => {
  const byCode = new Map((saved?.behaviourRatings ?? []).map((entry) => [entry.code, entry]));
  return {
    behaviour: values.map(({ code }) => ({ code, rating: byCode.get(code)?.rating ?? null, note: byCode.get(code)?.note ?? '' })),
    behaviourRating: saved?.behaviourRatingOverride ?? null,
    resultRating: saved?.resultRatingOverride ?? null,
    overrideReason: saved?.overrideReason ?? '',
    note: saved?.note ?? '',
  };
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const rating = (value: unknown): RatingValue | null => (RATING_VALUES.includes(value as RatingValue) ? (value as RatingValue) : null);

/**
 * The form's values as SaveEvaluationInput: the rated values (the API wants all of them, or none
 * with an overall rating), the overrides only when chosen, the reason only with an override.
 */
export const toSaveEvaluationInput = (planId: string, version: number | null | undefined, values: EvaluationFormValues) => {
  const behaviourRating = rating(values.behaviourRating);
  const resultRating = rating(values.resultRating);
  const overridden = !!behaviourRating || !!resultRating;
  return {
    planId,
    ...(version ? { version } : {}),
    behaviour: (values.behaviour ?? []).flatMap((entry) => {
      const value = rating(entry.rating);
      return value ? [{ code: entry.code, rating: value, note: text(entry.note) }] : [];
    }),
    behaviourRating,
    resultRating,
    overrideReason: overridden ? text(values.overrideReason) : null,
    note: text(values.note),
  };
};

/** An overall override needs its reason, 10 to 2,000 characters (the API's rule); none without one. */
export const validateOverrideReason: Validator = (value: unknown, values: unknown) => {
  const form = (values ?? {}) as EvaluationFormValues;
  const overridden = !!rating(form.behaviourRating) || !!rating(form.resultRating);
  const length = text(value)?.length ?? 0;
  if (overridden && length < 10) return 'resources.performancePlans.evaluation.validation.overrideReason';
  if (length > 2000) return { message: 'ra.validation.maxLength', args: { max: 2000 } };
  return undefined;
};

/** Rating all values is what confirming needs (unless an overall behaviour rating is given): says which are missing. */
export const unratedValues = (values: EvaluationFormValues, names: readonly BehaviourValueRef[]): string[] => {
  if (rating(values.behaviourRating)) return [];
  const rated = new Set((values.behaviour ?? []).filter((entry) => rating(entry.rating)).map((entry) => entry.code));
  return names.filter(({ code }) => !rated.has(code)).map(({ name }) => name);
};

/** An objection's reason: 10 to 4,000 characters (the API's rule). */
export const validateObjectionReason: Validator = (value: unknown) => {
  const length = typeof value === 'string' ? value.trim().length : 0;
  if (length < 10) return { message: 'resources.performancePlans.evaluation.validation.reasonMin', args: { min: 10 } };
  if (length > 4000) return { message: 'ra.validation.maxLength', args: { max: 4000 } };
  return undefined;
};

/** An upheld objection names the predicate that replaces `current`; a rejected one keeps it. */
export const validateUpheldPredicate =
  (current: string | null | undefined): Validator =>
  (value: unknown, values: unknown) => {
    if ((values as { decision?: string } | undefined)?.decision !== 'UPHELD') return undefined;
    if (!value) return 'resources.performancePlans.evaluation.validation.predicateRequired';
    if (value === current) return 'resources.performancePlans.evaluation.validation.predicateSame';
    return undefined;
  };

/** An achievement, contribution or score in the id-ID way with up to 2 decimals; "—" when empty. */
const DECIMAL = () => new Intl.NumberFormat(DATE_LOCALE, { maximumFractionDigits: 2 });
export const scoreText = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : DECIMAL().format(value);
