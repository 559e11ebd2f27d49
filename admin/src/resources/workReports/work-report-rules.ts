import { canAny } from '../../access';

import { parseEvidenceLinks } from '../performancePlans/plan-rules';

/**
 * Daily work reports (laporan kerja harian) as the API runs them (api/src/modules/work-reports):
 * the employee files a report for themself (SUBMITTED); the direct supervisor (or HR) approves it
 * or returns it with a comment (RETURNED), after which the employee edits and so resubmits it.
 * Pure, for the pages' buttons and forms: the API stays the authority.
 */
export const WORK_REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type WorkReportStatus = (typeof WORK_REPORT_STATUSES)[number];

export const workReportStatusLabel = (status: string) => `resources.workReports.statuses.${status}`;
export const workReportStatusChoices = WORK_REPORT_STATUSES.map((status) => ({ id: status, name: workReportStatusLabel(status) }));
export const WORK_REPORT_STATUS_COLORS: Record<WorkReportStatus, 'info' | 'warning' | 'success'> = {
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'success',
};

export type ReportParties = { employeeId: string; status: string };
export type ReportActor = { employeeId?: string | null; permissions: readonly string[] };

export type WorkReportActions = {
  /** Change (and so resubmit) or delete: the employee's own report, not approved. */
  edit: boolean;
  delete: boolean;
  /** Approve or return: a SUBMITTED report of someone else, for a supervisor or HR (the API checks that it is their direct staff). */
  review: boolean;
  /** Comment: the employee and whoever may review. */
  comment: boolean;
};

export const workReportActionsFor = (
  report: ReportParties | null | undefined,
  actor: ReportActor | null | undefined,
): WorkReportActions => {
  const none = { edit: false, delete: false, review: false, comment: false };
  if (!report || !actor) return none;
  const own = !!actor.employeeId && actor.employeeId === report.employeeId;
  // The whole agency's reviewers, and supervisors (the API checks that it is their staff).
  const reviewer = !own && canAny(actor.permissions, 'workReports.reviewAgency', 'team.supervise');
  return {
    edit: own && report.status !== 'APPROVED',
    delete: own && report.status !== 'APPROVED',
    review: reviewer && report.status === 'SUBMITTED',
    comment: own || reviewer,
  };
};

/** What the form holds: evidence links as text, one per line; the hours maybe still a string. */
export type WorkReportFormValues = {
  date?: string | null;
  activity?: string | null;
  output?: string | null;
  hours?: number | string | null;
  startTime?: string | null;
  endTime?: string | null;
  overtime?: boolean | null;
  targetId?: string | null;
  evidenceLinks?: string | string[] | null;
};

/** A time as the API takes it: HH:MM ("08:00:00" from the API, "08:00" from the input); empty is null. */
export const asHHMM = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, 5) : null);

/** Whether the form gives both a start and an end time: then the API derives the hours from them. */
export const isTimed = (values: Pick<WorkReportFormValues, 'startTime' | 'endTime'>) =>
  asHHMM(values.startTime) !== null && asHHMM(values.endTime) !== null;

/**
 * The form's values as the API takes them (FileWorkReportInput / UpdateWorkReportInput): links as a
 * list, no target as null, times as HH:MM or null; a timed report sends no hours (they must match the times).
 */
export const toWorkReportInput = <T extends WorkReportFormValues>(values: T) => ({
  ...values,
  activity: typeof values.activity === 'string' ? values.activity.trim() : values.activity,
  output: typeof values.output === 'string' ? values.output.trim() : values.output,
  hours: isTimed(values)
    ? null
    : values.hours === null || values.hours === undefined || values.hours === ''
      ? values.hours
      : Number(values.hours),
  startTime: asHHMM(values.startTime),
  endTime: asHHMM(values.endTime),
  overtime: !!values.overtime,
  targetId: values.targetId || null,
  evidenceLinks: Array.isArray(values.evidenceLinks) ? values.evidenceLinks : parseEvidenceLinks(values.evidenceLinks),
});

/** The hours are required unless the report gives a start and end time. */
export const requireHoursUnlessTimed = (value: unknown, values: WorkReportFormValues) =>
  (value === null || value === undefined || value === '') && !isTimed(values ?? {}) ? 'ra.validation.required' : undefined;

/** "08:00–10:30" for a timed report, "" for a duration. */
export const timeRangeOf = (startTime: unknown, endTime: unknown): string => {
  const start = asHHMM(startTime);
  const end = asHHMM(endTime);
  return start && end ? `${start}–${end}` : '';
};

/** Evidence links as the form's text: one per line. */
export const linksAsText = (links: unknown): string => (Array.isArray(links) ? links.join('\n') : typeof links === 'string' ? links : '');

/** Hours: more than 0, at most 24 (the day's total is the API's to check). */
export const validateHours = (value: unknown) => {
  const hours = typeof value === 'number' ? value : Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(hours)) return undefined;
  return hours > 0 && hours <= 24 ? undefined : 'resources.workReports.validation.hours';
};

/** The day of the work: today or earlier (`today` as YYYY-MM-DD in Indonesia). */
export const validateNotFuture = (today: string) => (value: unknown) =>
  typeof value === 'string' && value > today ? 'resources.workReports.validation.future' : undefined;

export type PlanWithTargets = {
  id: string;
  period: { name: string; status: string; startDate: string; endDate: string };
  targets: { id: string; sortOrder: number; indicator: { code: string; name: string } }[];
};

/**
 * The targets a report of `date` may serve: those of the plans whose period is still open (not
 * closed) and covers the day, as the API requires; none of another or a closed period.
 */
export const targetChoicesFor = (plans: readonly PlanWithTargets[], date: string | null): { id: string; name: string }[] =>
  plans
    .filter((plan) => plan.period.status !== 'CLOSED' && !!date && plan.period.startDate <= date && date <= plan.period.endDate)
    .flatMap((plan) =>
      plan.targets.map((target) => ({
        id: target.id,
        name: `${plan.period.name}: ${target.sortOrder}. ${target.indicator.code} — ${target.indicator.name}`,
      })),
    );
