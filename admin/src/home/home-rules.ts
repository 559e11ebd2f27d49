import { can, canAny, type Permission } from '../access';

/**
 * Which home the signed-in actor gets, and what its panels show: pure, so that the choices are
 * tested without a browser. The API stays the authority on every record.
 */

/** Permissions of those who work on the whole agency (administrators, HR, the evaluation team): their home is the dashboard. */
export const OFFICE_PERMISSIONS: Permission[] = [
  'agencies.all',
  'agencies.update',
  'users.manage',
  'configuration.manage',
  'employees.readAgency',
];

export type HomeKind = 'office' | 'supervisor' | 'employee';

/** The agency's offices get the dashboard, supervisors their team's home, everyone else "Kinerja saya". */
export const homeKindOf = (permissions: unknown): HomeKind => {
  if (canAny(permissions, ...OFFICE_PERMISSIONS)) return 'office';
  if (can(permissions, 'team.supervise')) return 'supervisor';
  return 'employee';
};

const DAY_MS = 86_400_000;

/** Today in Western Indonesia (UTC+7), as the API counts days: YYYY-MM-DD. */
export const todayInIndonesia = (now = Date.now()): string => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);

/** The Monday of the week of `day` (YYYY-MM-DD). */
export const weekStart = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
};

/** The month before that of `day`: the one whose allowance is paid now (YYYY-MM). */
export const previousMonth = (day: string): string => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
};

type PeriodRef = { status: string; startDate: string; endDate: string };
type PlanRef = { period: PeriodRef; evaluation?: { status: string } | null };

const OPEN_PERIOD_STATUSES = new Set(['PLANNING', 'MONITORING', 'EVALUATION']);

/** The plan the person works on now: of a period not closed, the one around today, else the latest started. */
export const currentPlan = <P extends PlanRef>(plans: readonly P[], today: string): P | null => {
  const open = plans.filter((plan) => OPEN_PERIOD_STATUSES.has(plan.period.status));
  const around = open.filter((plan) => plan.period.startDate <= today && today <= plan.period.endDate);
  const pool = around.length ? around : open;
  return [...pool].sort((a, b) => b.period.startDate.localeCompare(a.period.startDate))[0] ?? null;
};

/** The latest evaluation the person can see (confirmed or later; a draft is the appraiser's), with its plan. */
export const latestEvaluation = <P extends PlanRef>(plans: readonly P[]): P | null =>
  [...plans]
    .filter((plan) => plan.evaluation && plan.evaluation.status !== 'DRAFT')
    .sort((a, b) => b.period.startDate.localeCompare(a.period.startDate))[0] ?? null;

/** How far a target is reached, 0-100 (capped), from its period value; null when nothing is recorded or no target is set. */
export const targetProgress = (target: { target?: number | null; periodValue?: number | null }): number | null => {
  if (target.periodValue === null || target.periodValue === undefined || !target.target) return null;
  return Math.max(0, Math.min(100, Math.round((target.periodValue / target.target) * 100)));
};

/** An allowance is shown to its employee once checked: a draft's amounts may still change. */
export const VISIBLE_ALLOWANCE_STATUSES = new Set(['VERIFIED', 'APPROVED', 'LOCKED']);

export const visibleAllowance = <R extends { sheetStatus: string }>(rows: readonly R[]): R[] =>
  rows.filter((row) => VISIBLE_ALLOWANCE_STATUSES.has(row.sheetStatus));

export type QueueFilter = { employeeId?: string | null; from?: string | null; to?: string | null };

/** The queue narrowed to one person and a range of days (both ends included). */
export const filterQueue = <R extends { date: string; employee: { id: string } }>(reports: readonly R[], filter: QueueFilter): R[] =>
  reports.filter(
    (report) =>
      (!filter.employeeId || report.employee.id === filter.employeeId) &&
      (!filter.from || report.date >= filter.from) &&
      (!filter.to || report.date <= filter.to),
  );

/** The people in the queue, once each, by name. */
export const queuePeople = (reports: readonly { employee: { id: string; fullName: string } }[]): { id: string; name: string }[] => {
  const people = new Map(reports.map((report) => [report.employee.id, report.employee.fullName]));
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
};

/** Objections waiting for the actor: OBJECTED evaluations of plans whose appraiser's superior they are. */
export const objectionsToDecide = <P extends { appraiserSuperiorId?: string | null; evaluation?: { status: string } | null }>(
  plans: readonly P[],
  employeeId: string | null | undefined,
): P[] => (employeeId ? plans.filter((plan) => plan.evaluation?.status === 'OBJECTED' && plan.appraiserSuperiorId === employeeId) : []);
