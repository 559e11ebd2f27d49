import { canAny } from '../../access';

// Pure rules of the coaching plan pages: statuses, outcomes, colours, the CSV export.

export type CoachingStatus = 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type CoachingOutcome = 'IMPROVED' | 'PARTLY_IMPROVED' | 'NOT_IMPROVED';

export const COACHING_STATUSES: CoachingStatus[] = ['ACTIVE', 'COMPLETED', 'CANCELLED'];
export const COACHING_OUTCOMES: CoachingOutcome[] = ['IMPROVED', 'PARTLY_IMPROVED', 'NOT_IMPROVED'];

export const coachingStatusLabel = (status: string) => `resources.coachingPlans.statuses.${status}`;
export const coachingOutcomeLabel = (outcome: string) => `resources.coachingPlans.outcomes.${outcome}`;

export const coachingStatusChoices = COACHING_STATUSES.map((id) => ({ id, name: coachingStatusLabel(id) }));
export const coachingOutcomeChoices = COACHING_OUTCOMES.map((id) => ({ id, name: coachingOutcomeLabel(id) }));

export const COACHING_STATUS_COLORS: Record<CoachingStatus, 'info' | 'success' | 'default'> = {
  ACTIVE: 'info',
  COMPLETED: 'success',
  CANCELLED: 'default',
};

/**
 * Who may record meetings and close a plan besides its mentor: HR and administrators
 * (discipline.manage) and supervisors (team.supervise; the API checks the line). Planning coaching
 * in the console (they pick any employee of the agency) is discipline.manage alone.
 */
export const canCoach = (permissions: unknown, mentorId: unknown, actorEmployeeId: unknown): boolean =>
  canAny(permissions, 'discipline.manage', 'team.supervise') || (!!mentorId && mentorId === actorEmployeeId);

/** Goals typed one per line in the form; blank lines dropped. */
export const goalsFromText = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** A plan as the list loads it (coaching-plan-pages.tsx `COACHING_LIST_FIELDS`). */
export type CoachingPlanListRecord = {
  id: string;
  status: string;
  outcome?: string | null;
  goals: string[];
  startDate: string;
  endDate: string;
  employee?: { fullName: string; nipFormatted: string } | null;
  mentor?: { fullName: string } | null;
  evaluation?: { predicate?: string | null; period?: { name: string } | null } | null;
  sessions?: readonly unknown[] | null;
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The rows of the CSV export: names instead of IDs, statuses in words, in the console's language. */
export const coachingCsvRows = (plans: readonly CoachingPlanListRecord[], translate: Translate): Record<string, string | number>[] => {
  const column = (name: string) => translate(`resources.coachingPlans.export.${name}`);
  const words = (key: string, value: string | null | undefined) => (value ? translate(key, { _: value }) : '');
  return plans.map((plan) => ({
    [column('employee')]: plan.employee?.fullName ?? '',
    [column('nip')]: plan.employee?.nipFormatted ?? '',
    [column('mentor')]: plan.mentor?.fullName ?? '',
    [column('status')]: words(coachingStatusLabel(plan.status), plan.status),
    [column('outcome')]: words(coachingOutcomeLabel(plan.outcome ?? ''), plan.outcome),
    [column('startDate')]: plan.startDate,
    [column('endDate')]: plan.endDate,
    [column('goals')]: plan.goals.join('; '),
    [column('period')]: plan.evaluation?.period?.name ?? '',
    [column('predicate')]: words(`resources.scoringSchemes.predicates.${plan.evaluation?.predicate ?? ''}`, plan.evaluation?.predicate),
    [column('sessions')]: plan.sessions?.length ?? 0,
  }));
};
