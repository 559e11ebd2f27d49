/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How achievement (capaian) is computed from target and realisation. */
export type AchievementFormula =
  /** target / realisation x 100 (lower is better). */
  | 'INVERSE_RATIO'
  /** 100 inside the range; outside, computed against the bound crossed. */
  | 'RANGE_BOUNDS'
  /** realisation / target x 100. */
  | 'RATIO'
  /** (2 - realisation / target) x 100 (PermenPANRB 8/2021, lower is better). */
  | 'TWO_MINUS_RATIO';

/** Changing one's own password. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password (at least 10 characters). */
  newPassword: string;
};

/** Which way is good for an indicator. */
export type Direction =
  /** More is better (e.g. coverage, satisfaction). */
  | 'HIGHER_IS_BETTER'
  /** Less is better (e.g. completion time, complaints). */
  | 'LOWER_IS_BETTER'
  /** A value inside a range is on target; outside it is not. */
  | 'TARGET_RANGE';

/** Sub-periods to generate inside an annual period. */
export type GenerateSubPeriodsInput = {
  /** The annual period. */
  id: string | number;
  /** SEMESTER, QUARTERLY or MONTHLY. */
  type: PeriodType;
};

/** A CSV file of employees to import, all or nothing. Columns (header row, any order): nip, employment_type, name, unit_code (required); front_title, back_title, position (name of a position of that unit), golongan (III/a or SIASN code), pppk_grade (I-XVII), status, email, phone, effective_date (YYYY-MM-DD). */
export type ImportEmployeesInput = {
  /** Agency of the employees; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** A CSV file of units to import, all or nothing. Columns: code, name, kind (required); parent_code (an existing unit of the agency or another row of the file, in any order), active (true/false). */
export type ImportOrgUnitsInput = {
  /** Agency of the units; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** A CSV file of positions to import, all or nothing. Columns: unit_code, name, type, grade (required); superior_unit_code and superior_name (an existing position of the agency or another row of the file), active (true/false). */
export type ImportPositionsInput = {
  /** Agency of the positions; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** Credentials for logging in. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Login name (case-insensitive). */
  username: string;
};

/** One cell of the predicate matrix. */
export type MatrixCellInput = {
  /** Behaviour rating (column). */
  behaviour: Rating;
  /** The predicate. */
  predicate: Predicate;
  /** Result rating (row). */
  result: Rating;
};

/** Moves a unit, with its whole subtree, under another parent. */
export type MoveOrgUnitInput = {
  /** The unit to move. */
  id: string | number;
  /** The new parent, in the same agency; empty to make it a top unit. */
  parentId?: string | number | null | undefined;
  /** The version the move is based on. */
  version: number;
};

/** Stage of an appraisal period: DRAFT -> PLANNING -> MONITORING -> EVALUATION -> CLOSED. */
export type PeriodStatus =
  /** Results are final; the period is read-only. */
  | 'CLOSED'
  /** Being prepared; nothing is planned yet. */
  | 'DRAFT'
  /** Appraisers evaluate (penilaian). */
  | 'EVALUATION'
  /** Work is done, documented and coached (pelaksanaan, pemantauan, pembinaan). */
  | 'MONITORING'
  /** Performance plans (SKP) are drafted and approved (perencanaan). */
  | 'PLANNING';

/** A period and the version a lifecycle step is based on. */
export type PeriodTransitionInput = {
  /** The period. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Length of an appraisal period. */
export type PeriodType =
  /** A year (penilaian tahunan). */
  | 'ANNUAL'
  /** A month (bulanan). */
  | 'MONTHLY'
  /** A quarter (triwulan). */
  | 'QUARTERLY'
  /** Half a year. */
  | 'SEMESTER';

/** Predikat kinerja (performance predicate), PermenPANRB 6/2022. */
export type Predicate =
  /** Good. */
  | 'BAIK'
  /** Needs improvement ("cukup" in some documents). */
  | 'BUTUH_PERBAIKAN'
  /** Poor ("Kurang/Misconduct"). */
  | 'KURANG'
  /** Very good. */
  | 'SANGAT_BAIK'
  /** Very poor. */
  | 'SANGAT_KURANG';

/** One line of a what-if score: an indicator (or just its direction), weight, target and realisation. */
export type PreviewLineInput = {
  /** Main (default) or additional. */
  category?: ResultCategory | null | undefined;
  /** Direction, when no indicator is given. */
  direction?: Direction | null | undefined;
  /** An indicator of the catalogue; gives direction, cap and label. */
  indicatorId?: string | number | null | undefined;
  /** Label of the line (default: the indicator name). */
  label?: string | null | undefined;
  /** Realisation; empty when none is recorded. */
  realization?: number | null | undefined;
  /** Target; for a range, the lower bound. */
  target?: number | null | undefined;
  /** Upper bound of a target range. */
  targetMax?: number | null | undefined;
  /** Weight (main) or points (additional), 0-100. */
  weight: number;
};

/** A what-if scoring: lines, behaviour rating, and the scheme (optionally with unsaved rule changes). */
export type PreviewScoreInput = {
  /** The behaviour rating. */
  behaviourRating?: Rating | null | undefined;
  /** The lines, 1-50. */
  lines: Array<PreviewLineInput>;
  /** Rule changes to try on top of the scheme's, without saving them. */
  rules?: ScoringRulesInput | null | undefined;
  /** The scheme; default the national one. */
  schemeId?: string | number | null | undefined;
};

/** Rating of results or of behaviour (rating hasil kerja / perilaku kerja), PermenPANRB 6/2022. */
export type Rating =
  /** Above expectation. */
  | 'DI_ATAS_EKSPEKTASI'
  /** Below expectation. */
  | 'DI_BAWAH_EKSPEKTASI'
  /** As expected. */
  | 'SESUAI_EKSPEKTASI';

/** Reopening a closed period: why. */
export type ReopenPeriodInput = {
  /** The period. */
  id: string | number;
  /** Why the closed period must change (10-1,000 characters); kept in its history. */
  reason: string;
  /** The version the step is based on. */
  version: number;
};

/** Main (utama) or additional (tambahan) result. */
export type ResultCategory =
  /** Additional result: adds points, at most the scheme's maximum. */
  | 'TAMBAHAN'
  /** Main result: weighted, the weights of main results sum to 100. */
  | 'UTAMA';

/** What a user account may do. */
export type Role =
  /** Administrator of one agency: configuration, users and all its records. */
  | 'AGENCY_ADMIN'
  /** Civil servant (pegawai ASN) acting on their own records. */
  | 'EMPLOYEE'
  /** Member of the performance evaluation team (tim penilai kinerja). */
  | 'EVALUATOR'
  /** Personnel officer (BKPSDM/kepegawaian) of one agency. */
  | 'HR_OFFICER'
  /** Direct supervisor (atasan langsung, pejabat penilai kinerja) of their subordinates. */
  | 'SUPERVISOR'
  /** Platform administrator: every agency. */
  | 'SUPER_ADMIN';

/** Rules of a scoring scheme; omitted fields keep their value (the national default for a new scheme). */
export type ScoringRulesInput = {
  /** Score from which results are above expectation (above asExpectedFrom, at most 1000). */
  aboveFrom?: number | null | undefined;
  /** Most points additional results may add, 0-50. */
  additionalMax?: number | null | undefined;
  /** Score from which results are as expected (above 0). */
  asExpectedFrom?: number | null | undefined;
  /** Achievement cap in percent, 100-1000. */
  cap?: number | null | undefined;
  /** Formula for higher-is-better indicators (RATIO). */
  higherIsBetterFormula?: AchievementFormula | null | undefined;
  /** Formula for lower-is-better indicators (TWO_MINUS_RATIO or INVERSE_RATIO). */
  lowerIsBetterFormula?: AchievementFormula | null | undefined;
  /** The predicate matrix: all 9 cells. */
  matrix?: Array<MatrixCellInput> | null | undefined;
  /** Formula for target-range indicators (RANGE_BOUNDS). */
  targetRangeFormula?: AchievementFormula | null | undefined;
};

/** A new password for an account, set by an administrator. */
export type SetUserPasswordInput = {
  /** The account. */
  id: string | number;
  /** New password (at least 10 characters). Existing tokens of the account stop working. */
  password: string;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null } } };

export type SetUserPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type SetUserPasswordMutation = { setUserPassword: { user: { id: string, version: number, updatedAt: string } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null } } };

export type ImportEmployeesMutationVariables = Exact<{
  input: ImportEmployeesInput;
}>;


export type ImportEmployeesMutation = { importEmployees: { rows: number, created: number, dryRun: boolean } };

export type ImportOrgUnitsMutationVariables = Exact<{
  input: ImportOrgUnitsInput;
}>;


export type ImportOrgUnitsMutation = { importOrgUnits: { rows: number, created: number, dryRun: boolean } };

export type ImportPositionsMutationVariables = Exact<{
  input: ImportPositionsInput;
}>;


export type ImportPositionsMutation = { importPositions: { rows: number, created: number, dryRun: boolean } };

export type MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { orgUnit: { id: string, parentId: string | null, depth: number, version: number, updatedAt: string } } };

export type PeriodAfterStepFragment = { id: string, status: PeriodStatus, version: number, updatedAt: string };

export type StartPlanningMutationVariables = Exact<{
  input: PeriodTransitionInput;
}>;


export type StartPlanningMutation = { startPlanning: { period: { id: string, status: PeriodStatus, version: number, updatedAt: string } } };

export type StartMonitoringMutationVariables = Exact<{
  input: PeriodTransitionInput;
}>;


export type StartMonitoringMutation = { startMonitoring: { period: { id: string, status: PeriodStatus, version: number, updatedAt: string } } };

export type StartEvaluationMutationVariables = Exact<{
  input: PeriodTransitionInput;
}>;


export type StartEvaluationMutation = { startEvaluation: { period: { id: string, status: PeriodStatus, version: number, updatedAt: string } } };

export type ClosePeriodMutationVariables = Exact<{
  input: PeriodTransitionInput;
}>;


export type ClosePeriodMutation = { closePeriod: { period: { id: string, status: PeriodStatus, version: number, updatedAt: string } } };

export type ReopenPeriodMutationVariables = Exact<{
  input: ReopenPeriodInput;
}>;


export type ReopenPeriodMutation = { reopenPeriod: { period: { id: string, status: PeriodStatus, version: number, updatedAt: string } } };

export type GenerateSubPeriodsMutationVariables = Exact<{
  input: GenerateSubPeriodsInput;
}>;


export type GenerateSubPeriodsMutation = { generateSubPeriods: { created: number, periods: Array<{ id: string, name: string }> } };

export type PreviewScoreQueryVariables = Exact<{
  input: PreviewScoreInput;
}>;


export type PreviewScoreQuery = { previewScore: { mainWeight: number, mainScore: number | null, additionalScore: number, score: number | null, resultRating: Rating | null, behaviourRating: Rating | null, predicate: Predicate | null, complete: boolean, steps: Array<string>, problems: Array<string>, lines: Array<{ key: string, label: string | null, category: ResultCategory, weight: number, achievement: number | null, rawAchievement: number | null, capped: boolean, contribution: number | null, step: string, problem: string | null }> } };

export type SessionFieldsFragment = { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null } };

export const PeriodAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PeriodAfterStepFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ImportEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportEmployeesMutation, ImportEmployeesMutationVariables>;
export const ImportOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportOrgUnitsMutation, ImportOrgUnitsMutationVariables>;
export const ImportPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPositionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportPositionsMutation, ImportPositionsMutationVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const StartPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartPlanningMutation, StartPlanningMutationVariables>;
export const StartMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartMonitoringMutation, StartMonitoringMutationVariables>;
export const StartEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartEvaluationMutation, StartEvaluationMutationVariables>;
export const ClosePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ClosePeriodMutation, ClosePeriodMutationVariables>;
export const ReopenPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReopenPeriodMutation, ReopenPeriodMutationVariables>;
export const GenerateSubPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSubPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateSubPeriodsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSubPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateSubPeriodsMutation, GenerateSubPeriodsMutationVariables>;
export const PreviewScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"rawAchievement"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainWeight"}},{"kind":"Field","name":{"kind":"Name","value":"mainScore"}},{"kind":"Field","name":{"kind":"Name","value":"additionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resultRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<PreviewScoreQuery, PreviewScoreQueryVariables>;