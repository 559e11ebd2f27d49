import { can, canAny } from '../../access';

// Pure rules of the disciplinary case pages: statuses and their colours, the stepper, which steps a
// case offers to whom, and the sanction catalogue grouped by level. The API decides in the end
// (authority per level, deadlines); the pages only avoid offering what cannot apply.

export type CaseStatus = 'PROPOSED' | 'EXAMINED' | 'DECIDED' | 'ACTIVE' | 'COMPLETED' | 'REVOKED' | 'ANNULLED';
export type SanctionLevel = 'RINGAN' | 'SEDANG' | 'BERAT';
export type CaseStep = 'examine' | 'decide' | 'activate' | 'complete' | 'fileAppeal' | 'decideAppeal';

export const CASE_STATUSES: CaseStatus[] = ['PROPOSED', 'EXAMINED', 'DECIDED', 'ACTIVE', 'COMPLETED', 'REVOKED', 'ANNULLED'];
export const SANCTION_LEVELS: SanctionLevel[] = ['RINGAN', 'SEDANG', 'BERAT'];

export const caseStatusChoices = CASE_STATUSES.map((id) => ({ id, name: `resources.disciplinaryCases.statuses.${id}` }));
export const sanctionLevelChoices = SANCTION_LEVELS.map((id) => ({ id, name: `resources.disciplinaryCases.levels.${id}` }));
export const appealOutcomeChoices = (['UPHELD', 'CHANGED', 'ANNULLED'] as const).map((id) => ({
  id,
  name: `resources.disciplinaryCases.appealOutcomes.${id}`,
}));

type Color = 'default' | 'info' | 'primary' | 'warning' | 'success' | 'error';

export const CASE_STATUS_COLORS: Record<CaseStatus, Color> = {
  PROPOSED: 'info',
  EXAMINED: 'primary',
  DECIDED: 'warning',
  ACTIVE: 'error',
  COMPLETED: 'success',
  REVOKED: 'default',
  ANNULLED: 'default',
};

export const LEVEL_COLORS: Record<SanctionLevel, Color> = { RINGAN: 'info', SEDANG: 'warning', BERAT: 'error' };

/** The regular path of a case; REVOKED and ANNULLED end it after an objection or appeal. */
export const CASE_PATH: CaseStatus[] = ['PROPOSED', 'EXAMINED', 'DECIDED', 'ACTIVE', 'COMPLETED'];

/**
 * The stepper of a case: the regular path, the current stage marked. A revoked or annulled case
 * leaves the path after the decision, ending with that outcome.
 */
export const caseStepper = (status: string): { steps: { status: CaseStatus; done: boolean; failed: boolean }[]; active: number } => {
  if (status === 'REVOKED' || status === 'ANNULLED') {
    const path: CaseStatus[] = ['PROPOSED', 'EXAMINED', 'DECIDED', status];
    return { steps: path.map((step, i) => ({ status: step, done: i < 3, failed: i === 3 })), active: 3 };
  }
  const at = Math.max(0, CASE_PATH.indexOf(status as CaseStatus));
  const completed = status === 'COMPLETED';
  return { steps: CASE_PATH.map((step, i) => ({ status: step, done: i < at || completed, failed: false })), active: at };
};

/** HR of the agency and administrators (discipline.manage): they record every step. */
export const isDisciplineOfficer = (permissions: unknown): boolean => can(permissions, 'discipline.manage');

/** Who may report a violation: HR, or a supervisor (team.supervise, for the employees below them). */
export const canProposeCase = (permissions: unknown): boolean => canAny(permissions, 'discipline.manage', 'team.supervise');

/** Who changes who decides each level (setDisciplineAuthority): discipline.setAuthorities. */
export const canSetAuthorities = (permissions: unknown): boolean => can(permissions, 'discipline.setAuthorities');

export type CaseForSteps = {
  status: string;
  employeeId?: string | null;
  appealKind?: string | null;
  appealOutcome?: string | null;
};

/**
 * The steps a case's page offers: examine (again, until decided) and decide for HR and supervisors
 * (the authority per level is the API's to check); activate, complete and the appeal's outcome for
 * HR; the objection or appeal for HR and the employee concerned, once per case.
 */
export const caseSteps = (record: CaseForSteps, permissions: unknown, actorEmployeeId?: string | null): CaseStep[] => {
  const officer = isDisciplineOfficer(permissions);
  const examiner = officer || (can(permissions, 'team.supervise') && !!actorEmployeeId && actorEmployeeId !== record.employeeId);
  const concerned = !!actorEmployeeId && actorEmployeeId === record.employeeId;
  const steps: CaseStep[] = [];
  if (examiner && (record.status === 'PROPOSED' || record.status === 'EXAMINED')) steps.push('examine');
  if (examiner && record.status === 'EXAMINED') steps.push('decide');
  if (officer && record.status === 'DECIDED') steps.push('activate');
  if (officer && record.status === 'ACTIVE') steps.push('complete');
  const decided = record.status === 'DECIDED' || record.status === 'ACTIVE';
  if (decided && !record.appealKind && (officer || concerned)) steps.push('fileAppeal');
  if (decided && record.appealKind && !record.appealOutcome && officer) steps.push('decideAppeal');
  return steps;
};

export type SanctionTypeLike = { code: string; level: string; name: string; sortOrder?: number };

/** The catalogue by level, lightest level first, each in the catalogue's order. */
export const sanctionTypesByLevel = <T extends SanctionTypeLike>(types: readonly T[]): { level: SanctionLevel; types: T[] }[] =>
  SANCTION_LEVELS.map((level) => ({ level, types: types.filter((type) => type.level === level) })).filter(
    (group) => group.types.length > 0,
  );
