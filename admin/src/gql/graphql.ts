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

/** Turns a recommendation into the record of its action: give exactly the part of the rule's action. */
export type ActOnRecommendationInput = {
  /** For COACHING: the plan (linked to the evaluation). */
  coachingPlan?: CoachingPlanFields | null | undefined;
  /** For DISCIPLINARY_REVIEW: the case to propose. */
  disciplinaryCase?: FollowUpCaseFields | null | undefined;
  /** The employee. */
  employeeId: string | number;
  /** For TRAINING: the session to enrol in. */
  enrollment?: FollowUpEnrollmentFields | null | undefined;
  /** The closed period. */
  periodId: string | number;
  /** For REWARD: the reward to grant. */
  reward?: RewardGrantFields | null | undefined;
  /** The rule. */
  ruleId: string | number;
};

/** A coaching meeting. */
export type AddCoachingSessionInput = {
  /** Day of the meeting, within the plan. */
  date: string;
  /** What was discussed (3-4,000 characters). */
  notes: string;
  /** The plan (ACTIVE). */
  planId: string | number;
  /** The version the change is based on. */
  version: number;
};

/** Age band of a respondent (usia). */
export type AgeBand =
  /** 20 to 29. */
  | 'AGE_20_29'
  /** 30 to 39. */
  | 'AGE_30_39'
  /** 40 to 49. */
  | 'AGE_40_49'
  /** 50 to 59. */
  | 'AGE_50_59'
  /** 60 or older. */
  | 'AGE_60_PLUS'
  /** Under 20. */
  | 'UNDER_20';

/** A band of late-arrival (TL) or early-leave (PSW) minutes and its deduction. */
export type AllowanceBandInput = {
  /** What the percentage is of: WHOLE (the allowance), DISCIPLINE or PRODUCTIVITY (a component of the scheme); empty: WHOLE. */
  base?: string | null | undefined;
  /** Deduction per day in the band, in basis points of the allowance (50 = 0.5 %). */
  basisPoints: number;
  /** Most this band deducts in a month, in basis points. */
  capBasisPoints: number;
  /** Code on the sheet, e.g. TL1 or PSW4. */
  code: string;
  /** First minute of the band (the first band starts at 1; each next one after the previous). */
  fromMinutes: number;
  /** Last minute of the band; empty for the last band, which also takes a missing check-in or check-out. */
  toMinutes?: number | null | undefined;
};

/** What a working day without any attendance record counts as. */
export type AllowanceMissingAttendance =
  /** Nothing is deducted (the default). */
  | 'PRESENT'
  /** An unexcused day (TANPA_KETERANGAN), at its rate and base. */
  | 'UNEXCUSED';

/** The predicate share of a month for which the employee has no evaluation yet. */
export type AllowanceMissingPredicate =
  /** The predicate of the latest evaluation of an earlier period; withheld when there is none. */
  | 'LAST_CONFIRMED'
  /** Paid in full; the breakdown says it was paid without an evaluation (the default). */
  | 'PAY'
  /** Not paid until an evaluation exists (a later adjustment pays it). */
  | 'WITHHOLD';

/** Share of the productivity component paid for a predicate. */
export type AllowancePredicateShareInput = {
  /** Share in basis points (10000 = 100 %). */
  basisPoints: number;
  /** The predicate. */
  predicate: Predicate;
};

/** How each amount of a sheet is rounded to the whole rupiah. */
export type AllowanceRounding =
  /** Each line rounded down to the rupiah. */
  | 'FLOOR'
  /** Each line rounded to the nearest rupiah, halves up. */
  | 'HALF_UP';

/** The rules of an allowance scheme version; omitted fields take the defaults (40/60, TL1-TL4 and PSW1-PSW4 of 0.5/1/1.25/1.5 %, 5 % per unexcused day, 1.5 % per missed ceremony capped at 4.5 %). */
export type AllowanceSchemeRulesInput = {
  /** Base amount in rupiah per position class 1-17 (17 amounts). */
  baseAmounts: Array<number>;
  /** Base of the missed-ceremony deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY. */
  ceremonyBase?: string | null | undefined;
  /** Deduction per missed required ceremony, basis points (default 150). */
  ceremonyBasisPoints?: number | null | undefined;
  /** Monthly cap of missed-ceremony deductions, basis points (default 450). */
  ceremonyCapBasisPoints?: number | null | undefined;
  /** Weight of work discipline, percent (default 40). */
  disciplineWeight?: number | null | undefined;
  /** Early-leave bands. */
  earlyLeaveBands?: Array<AllowanceBandInput> | null | undefined;
  /** Late-arrival bands. */
  lateBands?: Array<AllowanceBandInput> | null | undefined;
  /** What a working day without any attendance record counts as (default PRESENT). */
  missingAttendance?: AllowanceMissingAttendance | null | undefined;
  /** The predicate share of a month without an evaluation (default PAY, stated on each row). */
  missingPredicate?: AllowanceMissingPredicate | null | undefined;
  /** Legal basis or remark. */
  note?: string | null | undefined;
  /** Share per predicate (default 100/100/80/70/60 %). */
  predicateShares?: Array<AllowancePredicateShareInput> | null | undefined;
  /** How productivity is earned (default MINUTES). */
  productivityMode?: ProductivityMode | null | undefined;
  /** Weight of productivity, percent (default 60); the two add up to 100. */
  productivityWeight?: number | null | undefined;
  /** Rounding of each line (default FLOOR). */
  rounding?: AllowanceRounding | null | undefined;
  /** Effects of CUTI, SAKIT, DINAS_LUAR and TUGAS_BELAJAR. */
  statusRules?: Array<AllowanceStatusRuleInput> | null | undefined;
  /** Base of the unexcused-day deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY. */
  unexcusedBase?: string | null | undefined;
  /** Monthly cap of unexcused-day deductions, basis points (default 10000). */
  unexcusedCapBasisPoints?: number | null | undefined;
  /** Deduction per unexcused day, basis points (default 500). */
  unexcusedDayBasisPoints?: number | null | undefined;
};

/** Stage of a monthly allowance sheet. */
export type AllowanceSheetStatus =
  /** Approved by the head of agency (agency administrator). */
  | 'APPROVED'
  /** Computed; may be recomputed. */
  | 'DRAFT'
  /** Paid out; never changes again. Corrections go into a later month as adjustments. */
  | 'LOCKED'
  /** Checked by HR. */
  | 'VERIFIED';

/** A sheet to move to its next stage. */
export type AllowanceSheetTransitionInput = {
  /** The sheet. */
  id: string | number;
  /** The revision the decision is based on. */
  version: number;
};

/** Attendance statuses whose effect on the allowance a scheme states. */
export type AllowanceStatusKind =
  /** Leave. */
  | 'CUTI'
  /** Official duty outside the office. */
  | 'DINAS_LUAR'
  /** Sick. */
  | 'SAKIT'
  /** Study assignment. */
  | 'TUGAS_BELAJAR';

/** What days in an attendance status do to the allowance. */
export type AllowanceStatusRuleInput = {
  /** What the percentage is of: WHOLE (the allowance), DISCIPLINE or PRODUCTIVITY (a component of the scheme); empty: WHOLE. */
  base?: string | null | undefined;
  /** Deduction per day, in basis points of the allowance (0: paid in full). */
  basisPointsPerDay: number;
  /** Most this status deducts in a month, in basis points. */
  capBasisPoints: number;
  /** Whether its days are left out of the month's effective-minutes target. */
  excusedFromMinutes: boolean;
  /** The status. */
  status: AllowanceStatusKind;
};

/** Remedy against a sanction (upaya administratif), PP 79/2021. */
export type AppealKind =
  /** Administrative appeal to the ASN appeals board, against dismissal. */
  | 'BANDING_ADMINISTRATIF'
  /** Objection, against any sanction but dismissal. */
  | 'KEBERATAN';

/** What became of an objection or appeal. */
export type AppealOutcome =
  /** The sanction is withdrawn or annulled. */
  | 'ANNULLED'
  /** The sanction is replaced by another type. */
  | 'CHANGED'
  /** The sanction stands (the objection or appeal is rejected). */
  | 'UPHELD';

/** Approving a report, optionally with a remark. */
export type ApproveWorkReportInput = {
  /** A remark (at most 2,000 characters). */
  comment?: string | null | undefined;
  /** The report. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Forwarding a complaint to a unit, optionally to one of its officers. */
export type AssignComplaintInput = {
  /** The complaint. */
  id: string | number;
  /** The officer (an employee of that unit or below). */
  officerId?: string | number | null | undefined;
  /** The unit that follows it up. */
  unitId: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Stage of an attendance correction request. */
export type AttendanceCorrectionStatus =
  /** Approved: the record was changed accordingly. */
  | 'APPROVED'
  /** Waiting for the supervisor (or HR). */
  | 'PENDING'
  /** Rejected: the record stays as it was. */
  | 'REJECTED';

/** Attendance status of a day (status kehadiran). */
export type AttendanceStatus =
  /** On leave. */
  | 'CUTI'
  /** On an official trip or duty outside the office. */
  | 'DINAS_LUAR'
  /** Present. */
  | 'HADIR'
  /** Absent with permission. */
  | 'IZIN'
  /** Sick. */
  | 'SAKIT'
  /** Absent without excuse; counts toward the discipline ladder (PP 94/2021). */
  | 'TANPA_KETERANGAN'
  /** On a study assignment. */
  | 'TUGAS_BELAJAR';

/** The rating of one core value. */
export type BehaviourRatingInput = {
  /** Code of the value, e.g. BERORIENTASI_PELAYANAN (see effectiveBehaviourValues). */
  code: string;
  /** Note (at most 1,000 characters). */
  note?: string | null | undefined;
  /** Rating. */
  rating: Rating;
};

/** Withdraws an enrolment that has no result yet. */
export type CancelEnrollmentInput = {
  /** The enrolment. */
  id: string | number;
  /** Why (at most 1,000 characters). */
  reason?: string | null | undefined;
  /** The version the step is based on. */
  version: number;
};

/** A case and the version a step is based on. */
export type CaseStepInput = {
  /** The case. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Changing one's own password. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password (at least 10 characters). */
  newPassword: string;
};

/** A session and its next stage. */
export type ChangeTrainingSessionStatusInput = {
  /** The session. */
  id: string | number;
  /** ONGOING (from its first day), COMPLETED (from its last day) or CANCELLED. */
  status: TrainingSessionStatus;
  /** The version the step is based on. */
  version: number;
};

/** Closes an ACTIVE coaching plan. */
export type CloseCoachingPlanInput = {
  /** The plan. */
  id: string | number;
  /** The closing assessment. */
  note?: string | null | undefined;
  /** The outcome (required to complete). */
  outcome?: CoachingOutcome | null | undefined;
  /** COMPLETED (with an outcome) or CANCELLED. */
  status: CoachingStatus;
  /** The version the step is based on. */
  version: number;
};

/** What the coaching achieved (PP 30/2019 art. 56-58: improvement within six months). */
export type CoachingOutcome =
  /** Performance improved to expectation. */
  | 'IMPROVED'
  /** Did not improve: re-placement or further steps follow. */
  | 'NOT_IMPROVED'
  /** Improved, not yet to expectation. */
  | 'PARTLY_IMPROVED';

/** What a coaching plan says (the employee aside). */
export type CoachingPlanFields = {
  /** Last day; default six months on (PP 30/2019). */
  endDate?: string | null | undefined;
  /** Goals (1-10, each 3-500 characters). */
  goals: Array<string>;
  /** The mentor (an employee of the agency, not the employee). */
  mentorId?: string | number | null | undefined;
  /** First day. */
  startDate: string;
};

/** Stage of a coaching plan: ACTIVE -> COMPLETED (with its outcome) or CANCELLED. */
export type CoachingStatus =
  /** Running: sessions are recorded. */
  | 'ACTIVE'
  /** Called off. */
  | 'CANCELLED'
  /** Closed with its outcome. */
  | 'COMPLETED';

/** A comment on a report, by the employee or by whoever may review it. */
export type CommentOnWorkReportInput = {
  /** The report. */
  reportId: string | number;
  /** The comment (1-2,000 characters). */
  text: string;
};

/** Classification of a report, SP4N-LAPOR! (PermenPANRB 62/2018). */
export type ComplaintCategory =
  /** A suggestion (aspirasi). */
  | 'ASPIRASI'
  /** A complaint (pengaduan). */
  | 'PENGADUAN'
  /** A request for information (permintaan informasi). */
  | 'PERMINTAAN_INFORMASI';

/** How a complaint arrived. */
export type ComplaintChannel =
  /** At the counter, recorded by staff. */
  | 'IN_PERSON'
  /** Forwarded from SP4N-LAPOR!, recorded by staff. */
  | 'LAPOR'
  /** Telephone, recorded by staff. */
  | 'PHONE'
  /** Text message, recorded by staff. */
  | 'SMS'
  /** The public web form. */
  | 'WEB';

/** Stage of a complaint: RECEIVED -> VERIFIED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED, or REJECTED with a reason. */
export type ComplaintStatus =
  /** Forwarded to a unit, optionally to an officer (follow-up deadline running). */
  | 'ASSIGNED'
  /** Finished. */
  | 'CLOSED'
  /** The unit works on it. */
  | 'IN_PROGRESS'
  /** Filed; waiting for verification (due within the verification deadline). */
  | 'RECEIVED'
  /** Not taken up (out of authority, incomplete, ...), with the reason shown to the reporter. */
  | 'REJECTED'
  /** Answered; closes after the reporter had time to reply. */
  | 'RESOLVED'
  /** Checked and accepted by the complaint handlers; to be forwarded to a unit. */
  | 'VERIFIED';

/** A complaint and the version a step is based on. */
export type ComplaintStepInput = {
  /** The complaint. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** The agency and month to compute. */
export type ComputeAllowancesInput = {
  /** The agency; the actor's own when omitted. */
  agencyId?: string | number | null | undefined;
  /** Compute even though no attendance record of the agency exists in the month (else BAD_USER_INPUT with reason NO_ATTENDANCE_DATA); the sheet keeps the warning. */
  confirmWithoutAttendance?: boolean | null | undefined;
  /** The month, YYYY-MM. */
  month: string;
};

/** Which evaluations to confirm at once. */
export type ConfirmEvaluationsInput = {
  /** The period (in EVALUATION). */
  periodId: string | number;
  /** Only plans of this unit and the units below it. */
  unitId?: string | number | null | undefined;
};

/** A follow-up rule of an agency. */
export type CreateFollowUpRuleInput = {
  /** What it proposes. */
  action: FollowUpAction;
  /** The agency; default the actor's own. */
  agencyId?: string | number | null | undefined;
  /** Consecutive periods of the same type (1-12, default 1). */
  consecutivePeriods?: number | null | undefined;
  /** Name (3-200 characters). */
  name: string;
  /** Basis or guidance (at most 2,000 characters). */
  note?: string | null | undefined;
  /** Predicates that trigger it (at least one). */
  predicates: Array<Predicate>;
};

/** A kind of reward of an agency. */
export type CreateRewardTypeInput = {
  /** The agency; default the actor's own. */
  agencyId?: string | number | null | undefined;
  /** Code: capitals, digits and "_" (2-60), unique within the agency. */
  code: string;
  /** Description. */
  description?: string | null | undefined;
  /** Levels that block it (default SEDANG and BERAT). */
  disqualifyingLevels?: Array<SanctionLevel> | null | undefined;
  /** Look-back years (1-40); empty: the grant day only. */
  lookbackYears?: number | null | undefined;
  /** Years of service needed (1-45). */
  minServiceYears?: number | null | undefined;
  /** Name (3-200 characters). */
  name: string;
  /** Needs a clean record (default false). */
  requiresCleanRecord?: boolean | null | undefined;
};

/** Deciding on a correction. */
export type DecideAttendanceCorrectionInput = {
  /** A remark; required (3 characters or more) to reject. */
  comment?: string | null | undefined;
  /** The correction. */
  id: string | number;
  /** The version the decision is based on. */
  version: number;
};

/** The decision on an EXAMINED case: a sanction of the catalogue and its decree. */
export type DecideDisciplinaryCaseInput = {
  /** Date of the decree (not before the examination). */
  decreeDate: string;
  /** Number of the decree (3-100 characters). */
  decreeNumber: string;
  /** First day in force; default the 15th working day after the decree (PP 94/2021). Not before the decree. */
  effectiveFrom?: string | null | undefined;
  /** The case. */
  id: string | number;
  /** Code of a sanction type of the catalogue (`sanctionTypes`), e.g. TEGURAN_TERTULIS. */
  sanctionTypeCode: string;
  /** The version the step is based on. */
  version: number;
};

/** The appraiser's superior's decision on an objection; final. */
export type DecideObjectionInput = {
  /** Upheld or rejected. */
  decision: ObjectionDecision;
  /** The evaluation. */
  id: string | number;
  /** Why (3-4,000 characters). */
  note: string;
  /** The predicate that replaces the computed one (required when upheld). */
  predicate?: Predicate | null | undefined;
  /** The version the step is based on. */
  version: number;
};

/** The outcome of an objection or appeal. */
export type DecideSanctionAppealInput = {
  /** Day of the decision. */
  decidedOn: string;
  /** The case. */
  id: string | number;
  /** The decision (3-4,000 characters). */
  note: string;
  /** UPHELD (the sanction stands), CHANGED (another type) or ANNULLED. */
  outcome: AppealOutcome;
  /** For CHANGED: the new sanction type (its end is computed again). */
  sanctionTypeCode?: string | null | undefined;
  /** The version the step is based on. */
  version: number;
};

/** The realisation to delete. */
export type DeleteRealizationInput = {
  /** The realisation. */
  id: string | number;
  /** When given, the delete is refused (CONFLICT) if it changed since. */
  version?: number | null | undefined;
};

/** Which way is good for an indicator. */
export type Direction =
  /** More is better (e.g. coverage, satisfaction). */
  | 'HIGHER_IS_BETTER'
  /** Less is better (e.g. completion time, complaints). */
  | 'LOWER_IS_BETTER'
  /** A value inside a range is on target; outside it is not. */
  | 'TARGET_RANGE';

/** Stage of a disciplinary case: PROPOSED -> EXAMINED -> DECIDED -> ACTIVE -> COMPLETED; REVOKED (objection granted) or ANNULLED (administrative appeal granted). */
export type DisciplinaryCaseStatus =
  /** The sanction runs. */
  | 'ACTIVE'
  /** Annulled after an administrative appeal (banding administratif) was granted. */
  | 'ANNULLED'
  /** The sanction has run its course. */
  | 'COMPLETED'
  /** Sanction decided by decree (SK); in force from its effective date. */
  | 'DECIDED'
  /** Examined (berita acara pemeriksaan recorded); waiting for the decision. */
  | 'EXAMINED'
  /** Reported; the examination is to come. */
  | 'PROPOSED'
  /** Withdrawn after an objection (keberatan) was granted. */
  | 'REVOKED';

/** Dismisses a recommendation with a reason. */
export type DismissRecommendationInput = {
  /** The employee. */
  employeeId: string | number;
  /** The closed period. */
  periodId: string | number;
  /** Why (3-2,000 characters). */
  reason: string;
  /** The rule. */
  ruleId: string | number;
};

/** Highest education of a respondent (pendidikan). */
export type Education =
  /** Diploma (D1-D4). */
  | 'DIPLOMA'
  /** Bachelor's degree (S1). */
  | 'S1'
  /** Master's degree (S2). */
  | 'S2'
  /** Doctorate (S3). */
  | 'S3'
  /** Primary school or less (SD ke bawah). */
  | 'SD'
  /** Senior secondary (SMA/SMK). */
  | 'SMA'
  /** Junior secondary (SMP). */
  | 'SMP';

/** Enrols an employee in a session: a seat if one is free, else the waiting list. */
export type EnrollInTrainingInput = {
  /** The employee; default the actor's own employee record. */
  employeeId?: string | number | null | undefined;
  /** The session (SCHEDULED or ONGOING). */
  sessionId: string | number;
};

/** Stage of an enrolment: REGISTERED (a seat) or WAITLISTED (promoted in order when a seat frees) -> ATTENDED -> COMPLETED or FAILED; CANCELLED at any point before a result. */
export type EnrollmentStatus =
  /** Attended; waiting for the result. */
  | 'ATTENDED'
  /** Withdrawn; the seat went to the next on the waiting list. */
  | 'CANCELLED'
  /** Completed: the JP earned count toward the yearly minimum. */
  | 'COMPLETED'
  /** Did not complete (no JP). */
  | 'FAILED'
  /** Holds a seat. */
  | 'REGISTERED'
  /** Waiting for a seat; promoted in order of enrolment when one frees. */
  | 'WAITLISTED';

/** Stage of an evaluation: DRAFT -> CONFIRMED -> ACKNOWLEDGED, or OBJECTED -> DECIDED. */
export type EvaluationStatus =
  /** The employee acknowledged the result. */
  | 'ACKNOWLEDGED'
  /** The appraiser confirmed; the result is computed and stored. */
  | 'CONFIRMED'
  /** The objection was decided; the decision is final. */
  | 'DECIDED'
  /** The appraiser is rating. */
  | 'DRAFT'
  /** The employee filed an objection (keberatan); the appraiser’s superior decides. */
  | 'OBJECTED';

/** An evaluation and the version a step is based on. */
export type EvaluationStepInput = {
  /** The evaluation. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** The examination of a PROPOSED case (berita acara pemeriksaan). */
export type ExamineDisciplinaryCaseInput = {
  /** Day of the examination (not before the violation). */
  examinedOn: string;
  /** Examiner(s): the direct supervisor, or the members of the examination team (a severe sanction needs a team of at least two). */
  examiners: Array<string>;
  /** The case. */
  id: string | number;
  /** The examination record (10-20,000 characters). */
  record: string;
  /** The version the step is based on. */
  version: number;
};

/** Kind of feedback (umpan balik) an appraiser gives on a plan. */
export type FeedbackType =
  /** Appreciation: what went well. */
  | 'APRESIASI'
  /** Direction: guidance for the work ahead. */
  | 'ARAHAN'
  /** Improvement: what should change. */
  | 'PERBAIKAN';

/** An objection (keberatan) or administrative appeal (banding administratif) against a decided sanction. */
export type FileSanctionAppealInput = {
  /** Day it was filed: within 14 working days of the decree. */
  filedOn: string;
  /** The case. */
  id: string | number;
  /** Which remedy; default the one the sanction allows (administrative appeal for dismissal, objection otherwise). */
  kind?: AppealKind | null | undefined;
  /** Grounds (10-4,000 characters). */
  reason: string;
  /** The version the step is based on. */
  version: number;
};

/** What a follow-up rule proposes (tindak lanjut hasil penilaian); HR decides, nothing is automatic. */
export type FollowUpAction =
  /** Plan coaching (pembinaan). */
  | 'COACHING'
  /** Review for a disciplinary case (e.g. not meeting performance targets). */
  | 'DISCIPLINARY_REVIEW'
  /** Nominate for a reward. */
  | 'REWARD'
  /** Enrol in a training. */
  | 'TRAINING';

/** The case a DISCIPLINARY_REVIEW recommendation becomes. */
export type FollowUpCaseFields = {
  /** The obligation violated, e.g. PP 94/2021 Pasal 4 huruf f (performance targets). */
  article: string;
  /** What happened (10-4,000 characters). */
  violation: string;
  /** When (e.g. the last day of the period). */
  violationDate: string;
};

/** The enrolment a TRAINING recommendation becomes. */
export type FollowUpEnrollmentFields = {
  /** The session. */
  sessionId: string | number;
};

/** What HR decided on a recommendation. */
export type FollowUpOutcome =
  /** Turned into a reward, enrolment, coaching plan or case. */
  | 'ACTED'
  /** Dismissed with a reason. */
  | 'DISMISSED';

/** Gender (jenis kelamin). */
export type Gender =
  /** Female (perempuan); NIP gender digit 2. */
  | 'FEMALE'
  /** Male (laki-laki); NIP gender digit 1. */
  | 'MALE';

/** Plans to generate for a period in PLANNING. */
export type GeneratePlansInput = {
  /** The period. */
  periodId: string | number;
  /** Only employees of this unit and the units below it. */
  unitId?: string | number | null | undefined;
};

/** Sub-periods to generate inside an annual period. */
export type GenerateSubPeriodsInput = {
  /** The annual period. */
  id: string | number;
  /** SEMESTER, QUARTERLY or MONTHLY. */
  type: PeriodType;
};

/** Feedback (umpan balik) on a plan, by its appraiser or the appraiser's superior. */
export type GiveFeedbackInput = {
  /** The plan. */
  planId: string | number;
  /** A target of the plan the feedback is about. */
  targetId?: string | number | null | undefined;
  /** The feedback (3-2,000 characters). */
  text: string;
  /** Appreciation, improvement or direction. */
  type: FeedbackType;
};

/** Rank of a PNS (golongan/ruang and pangkat), PP 99/2000. */
export type Golongan =
  /** III/a — Penata Muda */
  | 'III_A'
  /** III/b — Penata Muda Tingkat I */
  | 'III_B'
  /** III/c — Penata */
  | 'III_C'
  /** III/d — Penata Tingkat I */
  | 'III_D'
  /** II/a — Pengatur Muda */
  | 'II_A'
  /** II/b — Pengatur Muda Tingkat I */
  | 'II_B'
  /** II/c — Pengatur */
  | 'II_C'
  /** II/d — Pengatur Tingkat I */
  | 'II_D'
  /** IV/a — Pembina */
  | 'IV_A'
  /** IV/b — Pembina Tingkat I */
  | 'IV_B'
  /** IV/c — Pembina Utama Muda */
  | 'IV_C'
  /** IV/d — Pembina Utama Madya */
  | 'IV_D'
  /** IV/e — Pembina Utama */
  | 'IV_E'
  /** I/a — Juru Muda */
  | 'I_A'
  /** I/b — Juru Muda Tingkat I */
  | 'I_B'
  /** I/c — Juru */
  | 'I_C'
  /** I/d — Juru Tingkat I */
  | 'I_D';

/** Quality category of a service by its IKM (mutu pelayanan), PermenPANRB 14/2017. */
export type IkmCategory =
  /** Sangat Baik (very good): IKM 88.31-100, weighted value from 3.5324. */
  | 'A'
  /** Baik (good): IKM 76.61-88.30, weighted value from 3.0644. */
  | 'B'
  /** Kurang Baik (poor): IKM 65.00-76.60, weighted value from 2.60. */
  | 'C'
  /** Tidak Baik (bad): IKM 25.00-64.99, weighted value below 2.60. */
  | 'D';

/** A fingerprint-machine export to import (columns in docs/attendance-and-allowance.md). */
export type ImportAttendanceInput = {
  /** Agency of the employees; the actor's own when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row): nip or device_user_id, timestamp. */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
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

/** A file exported from SIASN, for one agency. */
export type ImportSiasnInput = {
  /** Agency the records belong to; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The file: JSON (an array of records or the SIASN read envelope {code, data}) or CSV with a header row. */
  content: string;
  /** Compare and report, but write nothing. */
  dryRun?: boolean | null | undefined;
  /** Date from which changes without their own TMT date take effect; today when omitted. */
  effectiveDate?: string | null | undefined;
  /** A UUID the client makes up to follow this import with siasnImportProgress while it runs; no progress is kept without one. */
  progressKey?: string | null | undefined;
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

/** The employee's objection (keberatan). */
export type ObjectToEvaluationInput = {
  /** The evaluation. */
  id: string | number;
  /** Why (10-4,000 characters). */
  reason: string;
  /** The version the step is based on. */
  version: number;
};

/** The appraiser's superior's decision on an objection. */
export type ObjectionDecision =
  /** The objection is rejected: the result stands. */
  | 'REJECTED'
  /** The objection is upheld: the predicate changes. */
  | 'UPHELD';

/** Main occupation of a respondent (pekerjaan utama). */
export type Occupation =
  /** Other (lainnya). */
  | 'LAINNYA'
  /** Pupil or student (pelajar/mahasiswa). */
  | 'PELAJAR_MAHASISWA'
  /** Civil servant (PNS). */
  | 'PNS'
  /** Police (POLRI). */
  | 'POLRI'
  /** Private-sector employee (swasta). */
  | 'SWASTA'
  /** Armed forces (TNI). */
  | 'TNI'
  /** Self-employed (wirausaha). */
  | 'WIRAUSAHA';

/** Organisation achievement of a unit in a period (capaian kinerja organisasi); it bounds its employees’ predicates. */
export type OrgAchievement =
  /** Good: Baik the most common, at most 70 %, and someone Butuh Perbaikan or Kurang. */
  | 'BAIK'
  /** Needs improvement: at least 60 % Butuh Perbaikan, Sangat Baik at most 10 %. */
  | 'BUTUH_PERBAIKAN'
  /** Outstanding: Sangat Baik the most common predicate, at most 70 %. */
  | 'ISTIMEWA'
  /** Poor: at least 60 % Kurang, at least 10 % Butuh Perbaikan, Sangat Baik at most 10 %. */
  | 'KURANG'
  /** Very poor: at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh Perbaikan, no Sangat Baik. */
  | 'SANGAT_KURANG';

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

/** Stage of a performance plan: DRAFT -> SUBMITTED -> APPROVED, or RETURNED to the employee with a comment. */
export type PlanStatus =
  /** Agreed by the appraiser (SKP disetujui). */
  | 'APPROVED'
  /** Being written by the employee or HR. */
  | 'DRAFT'
  /** Sent back by the appraiser with a comment; editable again. */
  | 'RETURNED'
  /** Sent to the appraiser for approval. */
  | 'SUBMITTED';

/** A plan and the version a step is based on. */
export type PlanStepInput = {
  /** The plan. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** A target of a plan; with an `id`, the existing target is changed, without one a target is added. */
export type PlanTargetInput = {
  /** Aspect measured. */
  aspect?: TargetAspect | null | undefined;
  /** Main (default) or additional. */
  category?: ResultCategory | null | undefined;
  /** The planned result in words (at most 1,000 characters). */
  description?: string | null | undefined;
  /** An existing target of the plan. */
  id?: string | number | null | undefined;
  /** The indicator. */
  indicatorId: string | number;
  /** A target of the appraiser's plan for the same period that this one supports. */
  supportsId?: string | number | null | undefined;
  /** Target; for a target range, its lower bound. */
  target?: number | null | undefined;
  /** Upper bound of a target range. */
  targetMax?: number | null | undefined;
  /** Weight in percent (main results: above 0, summing to 100); points for an additional result. */
  weight: number;
};

/** Grade of a PPPK (golongan PPPK), I to XVII. */
export type PppkGrade =
  /** PPPK grade I (golongan I PPPK). */
  | 'I'
  /** PPPK grade II (golongan II PPPK). */
  | 'II'
  /** PPPK grade III (golongan III PPPK). */
  | 'III'
  /** PPPK grade IV (golongan IV PPPK). */
  | 'IV'
  /** PPPK grade IX (golongan IX PPPK). */
  | 'IX'
  /** PPPK grade V (golongan V PPPK). */
  | 'V'
  /** PPPK grade VI (golongan VI PPPK). */
  | 'VI'
  /** PPPK grade VII (golongan VII PPPK). */
  | 'VII'
  /** PPPK grade VIII (golongan VIII PPPK). */
  | 'VIII'
  /** PPPK grade X (golongan X PPPK). */
  | 'X'
  /** PPPK grade XI (golongan XI PPPK). */
  | 'XI'
  /** PPPK grade XII (golongan XII PPPK). */
  | 'XII'
  /** PPPK grade XIII (golongan XIII PPPK). */
  | 'XIII'
  /** PPPK grade XIV (golongan XIV PPPK). */
  | 'XIV'
  /** PPPK grade XV (golongan XV PPPK). */
  | 'XV'
  /** PPPK grade XVI (golongan XVI PPPK). */
  | 'XVI'
  /** PPPK grade XVII (golongan XVII PPPK). */
  | 'XVII';

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
  /** Target; for a target range, its lower bound. */
  target?: number | null | undefined;
  /** Upper bound of a target range. */
  targetMax?: number | null | undefined;
  /** Weight in percent (main results: above 0, summing to 100); points for an additional result. */
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

/** How the productivity component is earned. */
export type ProductivityMode =
  /** Share of the month's effective-minutes target reached by approved daily reports. */
  | 'MINUTES'
  /** The minutes share times the predicate band. */
  | 'MINUTES_AND_PREDICATE'
  /** The band of the predicate of the appraisal period covering the month. */
  | 'PREDICATE';

/** Publishing a closed period’s results. */
export type PublishResultsInput = {
  /** Also publish each employee’s predicate by name (units of 5 or more only). */
  includeEmployees?: boolean;
  /** The period (CLOSED). */
  periodId: string | number;
};

/** Rating of results or of behaviour (rating hasil kerja / perilaku kerja), PermenPANRB 6/2022. */
export type Rating =
  /** Above expectation. */
  | 'DI_ATAS_EKSPEKTASI'
  /** Below expectation. */
  | 'DI_BAWAH_EKSPEKTASI'
  /** As expected. */
  | 'SESUAI_EKSPEKTASI';

/** What was achieved on a target in a period; a second record for the same target and period replaces the first. */
export type RecordRealizationInput = {
  /** Links to the evidence (http or https, at most 10). */
  evidenceLinks?: Array<string> | null | undefined;
  /** Explanation (at most 2,000 characters). */
  note?: string | null | undefined;
  /** The plan's period, or one of its sub-periods that has started. */
  periodId: string | number;
  /** The target (of an approved plan). */
  targetId: string | number;
  /** The value achieved, 0 or more, in the unit of the indicator. */
  value: number;
  /** When replacing a record: the version it is based on. */
  version?: number | null | undefined;
};

/** Attendance or the result of an enrolment (HR). */
export type RecordTrainingResultInput = {
  /** Certificate number (at most 100 characters). */
  certificateNumber?: string | null | undefined;
  /** The enrolment (REGISTERED or ATTENDED). */
  id: string | number;
  /** JP earned on completion (default the programme’s JP; at most that). */
  jpEarned?: number | null | undefined;
  /** Score (0-100). */
  score?: number | null | undefined;
  /** ATTENDED (from the first day), COMPLETED or FAILED (once the session has ended). */
  status: EnrollmentStatus;
  /** The version the step is based on. */
  version: number;
};

/** Rejecting a complaint: why, shown to the reporter. */
export type RejectComplaintInput = {
  /** The complaint. */
  id: string | number;
  /** The reason (3-2,000 characters). */
  reason: string;
  /** The version the step is based on. */
  version: number;
};

/** Reopening a closed period: why. */
export type ReopenPeriodInput = {
  /** The period. */
  id: string | number;
  /** Why the closed period must change (10-1,000 characters); kept in its history. */
  reason: string;
  /** The version the step is based on. */
  version: number;
};

/** Resolving a complaint: the answer the reporter reads. */
export type ResolveComplaintInput = {
  /** The complaint. */
  id: string | number;
  /** The resolution, shown to the reporter (2-4,000 characters). */
  resolution: string;
  /** The version the step is based on. */
  version: number;
};

/** An answer or note on a complaint. */
export type RespondToComplaintInput = {
  /** The complaint. */
  complaintId: string | number;
  /** True: shown to the reporter with the tracking code; false: an internal note. */
  isPublic: boolean;
  /** The text (2-4,000 characters). */
  text: string;
};

/** Main (utama) or additional (tambahan) result. */
export type ResultCategory =
  /** Additional result: adds points, at most the scheme's maximum. */
  | 'TAMBAHAN'
  /** Main result: weighted, the weights of main results sum to 100. */
  | 'UTAMA';

/** Returning a plan to the employee: why. */
export type ReturnPlanInput = {
  /** What to change (3-2,000 characters). */
  comment: string;
  /** The plan. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Returning a report to the employee: why. */
export type ReturnWorkReportInput = {
  /** What to change (3-2,000 characters). */
  comment: string;
  /** The report. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** The appraiser's superior's review of a confirmed evaluation. */
export type ReviewEvaluationInput = {
  /** The evaluation. */
  id: string | number;
  /** Review note (3-4,000 characters). */
  note: string;
  /** The version the step is based on. */
  version: number;
};

/** What a reward grant says (the employee aside). */
export type RewardGrantFields = {
  /** Decree number. */
  decreeNumber?: string | null | undefined;
  /** Day of the grant. */
  grantedOn: string;
  /** Why (3-2,000 characters). */
  reason: string;
  /** Code of a reward type (national or the agency’s). */
  rewardTypeCode: string;
};

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

/** Level of a disciplinary sanction (tingkat hukuman disiplin), PP 94/2021 art. 8. */
export type SanctionLevel =
  /** Severe (berat): demotion or release to an implementing position for 12 months, or dismissal. */
  | 'BERAT'
  /** Light (ringan): reprimands and the statement of dissatisfaction. */
  | 'RINGAN'
  /** Moderate (sedang): a 25 % cut of the performance allowance for 6, 9 or 12 months. */
  | 'SEDANG';

/** The appraiser's ratings for a plan, saved as a draft until confirmed. */
export type SaveEvaluationInput = {
  /** Ratings per core value: all of them, or none when an overall rating is given. */
  behaviour: Array<BehaviourRatingInput>;
  /** Overall behaviour rating instead of the one from the values (or, for a year, from its periods); needs overrideReason. */
  behaviourRating?: Rating | null | undefined;
  /** Feedback on the period (at most 4,000 characters). */
  note?: string | null | undefined;
  /** Why a rating is chosen over the proposed one (10-2,000 characters). */
  overrideReason?: string | null | undefined;
  /** The plan (approved, its period in EVALUATION). */
  planId: string | number;
  /** Result rating instead of the computed one; needs overrideReason. */
  resultRating?: Rating | null | undefined;
  /** When changing a saved draft: the version it is based on. */
  version?: number | null | undefined;
};

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

/** Sets who decides one level's sanctions in an agency. */
export type SetDisciplineAuthorityInput = {
  /** The agency; default the actor's own. */
  agencyId?: string | number | null | undefined;
  /** The level. */
  level: SanctionLevel;
  /** Roles that decide (SUPER_ADMIN always may). */
  roles: Array<Role>;
  /** Supervisor levels up the chain that decide (1-5); empty for none. */
  supervisorLevels?: number | null | undefined;
  /** The version the change is based on (0: the default was read); CONFLICT when someone saved since. Omitted: not checked. */
  version?: number | null | undefined;
};

/** The complete list of targets of a plan (targets left out are removed). */
export type SetPlanTargetsInput = {
  /** The plan (DRAFT or RETURNED). */
  planId: string | number;
  /** The targets, 1-50; the weights of the main results sum to 100. */
  targets: Array<PlanTargetInput>;
  /** The version of the plan the change is based on. */
  version: number;
};

/** The achievement of a unit in a period. */
export type SetUnitAchievementInput = {
  /** Achievement. */
  achievement: OrgAchievement;
  /** Basis (at most 2,000 characters). */
  note?: string | null | undefined;
  /** The period (not closed). */
  periodId: string | number;
  /** The unit. */
  unitId: string | number;
  /** The version the change is based on (0: none was recorded); CONFLICT when someone recorded one since. Omitted: not checked. */
  version?: number | null | undefined;
};

/** A new password for an account, set by an administrator. */
export type SetUserPasswordInput = {
  /** The account. */
  id: string | number;
  /** New password (at least 10 characters). Existing tokens of the account stop working. */
  password: string;
};

/** The working calendar of an agency (no unit) or of a unit, replacing the one it has. */
export type SetWorkCalendarInput = {
  /** The agency; the actor's own when omitted (or the unit's). */
  agencyId?: string | number | null | undefined;
  /** The 5 or 6 working weekdays and their hours. */
  days: Array<WorkdayHoursInput>;
  /** Target of effective minutes per working day; empty: the day's working minutes. */
  targetMinutesPerDay?: number | null | undefined;
  /** The unit keeping other days or hours; omitted for the agency-wide calendar. */
  unitId?: string | number | null | undefined;
  /** When changing an existing calendar: the version it is based on (CONFLICT when stale). */
  version?: number | null | undefined;
};

/** Text format of an export. */
export type SiasnExportFormat =
  /** Comma-separated, a header row with the SIASN field names, one record per line. */
  | 'CSV'
  /** One JSON object per line, each the body of one SIASN save request. */
  | 'JSON_LINES';

/** What the import does (or, in a dry run, would do) with one record of the file. */
export type SiasnImportOutcome =
  /** An existing record whose fields change. */
  | 'CHANGED'
  /** A new record. */
  | 'CREATED'
  /** The record has problems; the whole file is refused until they are fixed. */
  | 'REFUSED'
  /** An existing record that already agrees with the file. */
  | 'UNCHANGED';

/** Where a SIASN import is. */
export type SiasnImportPhase =
  /** Finished: the dry run answered, or the import committed. */
  | 'DONE'
  /** Stopped: the file was refused or the import failed; nothing was written. */
  | 'FAILED'
  /** Writing placement history (riwayat penempatan) and supervisors. */
  | 'HISTORY'
  /** Comparing each record with the platform (the whole of a dry run). */
  | 'MATCHING'
  /** Reading the file. */
  | 'PARSING'
  /** Writing new and changed employees. */
  | 'WRITING_EMPLOYEES'
  /** Writing the unit tree. */
  | 'WRITING_UNITS';

/** Kind of record exported to SIASN, named after its save endpoint. */
export type SiasnRecordKind =
  /** Disciplinary sanction (POST /hukdis/save). */
  | 'HUKDIS'
  /** Monthly or quarterly performance summary (POST /kinerjaperiodik/save). */
  | 'KINERJA_PERIODIK'
  /** Training course with its hours (POST /kursus/save). */
  | 'KURSUS'
  /** Reward (POST /penghargaan/save). */
  | 'PENGHARGAAN'
  /** Annual performance summary (POST /skp22/save). */
  | 'SKP_TAHUNAN';

/** A complaint, suggestion or information request from the public. */
export type SubmitComplaintInput = {
  /** Code of the agency, e.g. PEMKOT-PALEMBANG. */
  agencyCode: string;
  /** Classification. */
  category: ComplaintCategory;
  /** How it arrived (default WEB); other channels are recorded by logged-in complaint handlers. */
  channel?: ComplaintChannel | null | undefined;
  /** What happened (10-4,000 characters). */
  description: string;
  /** The employee concerned (e.g. from a survey form’s staff). */
  employeeId?: string | number | null | undefined;
  /** Where it happened (at most 300 characters). */
  location?: string | null | undefined;
  /** Telephone or e-mail to reach you (optional, confidential). */
  reporterContact?: string | null | undefined;
  /** Your name (optional, confidential, at most 200 characters). */
  reporterName?: string | null | undefined;
  /** The service concerned (from serviceDirectory). */
  serviceId?: string | number | null | undefined;
  /** Subject (3-200 characters). */
  subject: string;
  /** The unit concerned (from serviceDirectory). */
  unitId?: string | number | null | undefined;
};

/** A citizen's response to an open survey. */
export type SubmitSurveyResponseInput = {
  /** Age band (optional). */
  ageBand?: AgeBand | null | undefined;
  /** One answer for every element. */
  answers: Array<SurveyAnswerInput>;
  /** Comment or suggestion (at most 1,000 characters, no control characters but line breaks). */
  comment?: string | null | undefined;
  /** Education (optional). */
  education?: Education | null | undefined;
  /** Gender (optional). */
  gender?: Gender | null | undefined;
  /** Occupation (optional). */
  occupation?: Occupation | null | undefined;
  /** The employee who served (from the form’s staff). */
  servedById?: string | number | null | undefined;
  /** The survey. */
  surveyId: string | number;
  /** The token from surveyForm. */
  token: string;
};

/** The answer to one element. */
export type SurveyAnswerInput = {
  /** Code of the element, e.g. U1. */
  element: string;
  /** 1 (tidak baik) to 4 (sangat baik). */
  value: number;
};

/** Stage of a satisfaction survey: DRAFT -> OPEN -> CLOSED. */
export type SurveyStatus =
  /** No more responses; its IKM feeds the indicators with data source SURVEY. */
  | 'CLOSED'
  /** Being prepared; its elements may still change. */
  | 'DRAFT'
  /** Takes responses from the public on the days of its period. */
  | 'OPEN';

/** A survey and the version a step is based on. */
export type SurveyStepInput = {
  /** The survey. */
  id: string | number;
  /** The version the step is based on. */
  version: number;
};

/** Aspect of a target (aspek), PermenPANRB 6/2022. */
export type TargetAspect =
  /** Cost. */
  | 'BIAYA'
  /** Quality. */
  | 'KUALITAS'
  /** Quantity. */
  | 'KUANTITAS'
  /** Time. */
  | 'WAKTU';

/** Stage of a training session: SCHEDULED -> ONGOING -> COMPLETED, or CANCELLED before it completes. */
export type TrainingSessionStatus =
  /** Called off; its open enrolments were cancelled. */
  | 'CANCELLED'
  /** Ended; results recorded. */
  | 'COMPLETED'
  /** Running; enrolments still accepted, attendance recorded. */
  | 'ONGOING'
  /** Planned; enrolments are open. */
  | 'SCHEDULED';

/** Changes a scheme version no sheet past DRAFT uses; every rule is replaced. */
export type UpdateAllowanceSchemeInput = {
  /** Base amount in rupiah per position class 1-17 (17 amounts). */
  baseAmounts: Array<number>;
  /** Base of the missed-ceremony deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY. */
  ceremonyBase?: string | null | undefined;
  /** Deduction per missed required ceremony, basis points (default 150). */
  ceremonyBasisPoints?: number | null | undefined;
  /** Monthly cap of missed-ceremony deductions, basis points (default 450). */
  ceremonyCapBasisPoints?: number | null | undefined;
  /** Weight of work discipline, percent (default 40). */
  disciplineWeight?: number | null | undefined;
  /** Early-leave bands. */
  earlyLeaveBands?: Array<AllowanceBandInput> | null | undefined;
  /** The scheme version. */
  id: string | number;
  /** Late-arrival bands. */
  lateBands?: Array<AllowanceBandInput> | null | undefined;
  /** What a working day without any attendance record counts as (default PRESENT). */
  missingAttendance?: AllowanceMissingAttendance | null | undefined;
  /** The predicate share of a month without an evaluation (default PAY, stated on each row). */
  missingPredicate?: AllowanceMissingPredicate | null | undefined;
  /** Legal basis or remark. */
  note?: string | null | undefined;
  /** Share per predicate (default 100/100/80/70/60 %). */
  predicateShares?: Array<AllowancePredicateShareInput> | null | undefined;
  /** How productivity is earned (default MINUTES). */
  productivityMode?: ProductivityMode | null | undefined;
  /** Weight of productivity, percent (default 60); the two add up to 100. */
  productivityWeight?: number | null | undefined;
  /** Rounding of each line (default FLOOR). */
  rounding?: AllowanceRounding | null | undefined;
  /** Effects of CUTI, SAKIT, DINAS_LUAR and TUGAS_BELAJAR. */
  statusRules?: Array<AllowanceStatusRuleInput> | null | undefined;
  /** Base of the unexcused-day deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY. */
  unexcusedBase?: string | null | undefined;
  /** Monthly cap of unexcused-day deductions, basis points (default 10000). */
  unexcusedCapBasisPoints?: number | null | undefined;
  /** Deduction per unexcused day, basis points (default 500). */
  unexcusedDayBasisPoints?: number | null | undefined;
  /** The revision the change is based on. */
  version: number;
};

/** Changes to a follow-up rule; fields left out stay as they are. */
export type UpdateFollowUpRuleInput = {
  /** What it proposes. */
  action?: FollowUpAction | null | undefined;
  /** Active. */
  active?: boolean | null | undefined;
  /** Consecutive periods (1-12). */
  consecutivePeriods?: number | null | undefined;
  /** The rule. */
  id: string | number;
  /** Name. */
  name?: string | null | undefined;
  /** Basis or guidance. */
  note?: string | null | undefined;
  /** Predicates that trigger it. */
  predicates?: Array<Predicate> | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** Verifying a complaint, correcting what it is about when needed. */
export type VerifyComplaintInput = {
  /** The classification, when the reporter chose wrongly. */
  category?: ComplaintCategory | null | undefined;
  /** The employee concerned, when it was not (correctly) named. */
  employeeId?: string | number | null | undefined;
  /** The complaint. */
  id: string | number;
  /** The unit concerned, when it was not (correctly) named. */
  unitId?: string | number | null | undefined;
  /** The version the step is based on. */
  version: number;
};

/** Stage of a daily work report: SUBMITTED -> APPROVED, or RETURNED to the employee, who may edit and resubmit it. */
export type WorkReportStatus =
  /** Accepted by the supervisor (or HR); no longer editable. */
  | 'APPROVED'
  /** Sent back with a comment; the employee may edit and resubmit it. */
  | 'RETURNED'
  /** Filed (or resubmitted) by the employee, waiting for the supervisor. */
  | 'SUBMITTED';

/** Hours of one working weekday. */
export type WorkdayHoursInput = {
  /** Break minutes (e.g. 60, 90 on Friday). */
  breakMinutes: number;
  /** End of work, local time HH:MM. */
  end: string;
  /** Start of work, local time HH:MM. */
  start: string;
  /** Weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, agencyId: string | null } } };

export type SessionPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionPermissionsQuery = { me: { id: string, permissions: Array<string> } };

export type SetUserPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type SetUserPasswordMutation = { setUserPassword: { user: { id: string, version: number, updatedAt: string } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, agencyId: string | null } } };

export type AllowancePreviewQueryVariables = Exact<{
  employeeId: string | number;
  month: string;
  scheme: AllowanceSchemeRulesInput;
}>;


export type AllowancePreviewQuery = { allowancePreview: { employeeId: string, month: string, grade: number | null, gross: number, net: number, workingDays: number, presentDays: number, effectiveMinutes: number, targetMinutes: number, predicate: Predicate | null, predicateSource: string | null, paidDays: number, missingDays: number, lines: Array<{ rule: string, quantity: number, basisPoints: number, amount: number, base: string | null, baseAmount: number | null, numerator: number | null, denominator: number | null }>, statusDays: Array<{ status: AttendanceStatus, days: number }> } | null };

export type UpdateAllowanceSchemeMutationVariables = Exact<{
  input: UpdateAllowanceSchemeInput;
}>;


export type UpdateAllowanceSchemeMutation = { updateAllowanceScheme: { scheme: { id: string, version: number } } };

export type ComputeAllowancesMutationVariables = Exact<{
  input: ComputeAllowancesInput;
}>;


export type ComputeAllowancesMutation = { computeAllowances: { sheet: { id: string, status: AllowanceSheetStatus, rowCount: number, warnings: Array<{ code: string, count: number }> } } };

export type AllowanceSheetQueryVariables = Exact<{
  id: string | number;
}>;


export type AllowanceSheetQuery = { allowanceSheet: { id: string, version: number, month: string, status: AllowanceSheetStatus, schemeVersion: number, rowCount: number, totalGross: number, totalNet: number, warnings: Array<{ code: string, count: number }>, rows: Array<{ employeeId: string, unitId: string, unitName: string, nip: string, name: string, grade: number | null, gross: number, net: number, adjustmentOf: string | null, reason: string | null, workingDays: number | null, paidDays: number | null, lines: Array<{ rule: string, quantity: number, basisPoints: number, amount: number, base: string | null }> }> } };

export type AllowanceSheetRanksQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first?: number | null | undefined;
}>;


export type AllowanceSheetRanksQuery = { employees: { nodes: Array<{ id: string, golongan: Golongan | null, pppkGrade: PppkGrade | null }> } };

export type VerifyAllowanceSheetMutationVariables = Exact<{
  input: AllowanceSheetTransitionInput;
}>;


export type VerifyAllowanceSheetMutation = { verifyAllowanceSheet: { sheet: { id: string, version: number, status: AllowanceSheetStatus } } };

export type ApproveAllowanceSheetMutationVariables = Exact<{
  input: AllowanceSheetTransitionInput;
}>;


export type ApproveAllowanceSheetMutation = { approveAllowanceSheet: { sheet: { id: string, version: number, status: AllowanceSheetStatus } } };

export type LockAllowanceSheetMutationVariables = Exact<{
  input: AllowanceSheetTransitionInput;
}>;


export type LockAllowanceSheetMutation = { lockAllowanceSheet: { sheet: { id: string, version: number, status: AllowanceSheetStatus } } };

export type AllowanceBreakdownQueryVariables = Exact<{
  employeeId: string | number;
  month: string;
}>;


export type AllowanceBreakdownQuery = { allowanceBreakdown: Array<{ sheetId: string, month: string, sheetStatus: AllowanceSheetStatus, schemeVersion: number, employeeId: string, unitName: string, nip: string, name: string, grade: number | null, gross: number, net: number, adjustmentOf: string | null, reason: string | null, workingDays: number | null, paidDays: number | null, predicate: Predicate | null, predicateSource: string | null, missingDays: number | null, lines: Array<{ rule: string, quantity: number, basisPoints: number, amount: number, base: string | null, baseAmount: number | null, numerator: number | null, denominator: number | null }> }>, employee: { id: string, fullName: string, nip: string }, effectiveMinutes: { approvedMinutes: number, effectiveMinutes: number, targetMinutes: number, shareBasisPoints: number }, attendanceRecords: { nodes: Array<{ id: string, date: string, status: AttendanceStatus, checkIn: string | null, checkOut: string | null, lateMinutes: number | null, earlyLeaveMinutes: number | null, workingDay: boolean }> } };

export type DashboardAnalyticsQueryVariables = Exact<{
  periodIds: Array<string | number> | string | number;
  trendPeriodIds: Array<string | number> | string | number;
  unitId?: string | number | null | undefined;
}>;


export type DashboardAnalyticsQuery = { current: { unitId: string | null, scopeName: string, from: string, to: string, year: number, predicateDistribution: Array<{ coveredEmployees: number, deviatingUnits: number, period: { id: string, name: string }, counts: Array<{ predicate: Predicate, count: number, share: number }> }>, indicatorAchievement: { coveredEmployees: number, indicators: Array<{ code: string, name: string, averageAchievement: number, coveredEmployees: number }> }, unitRanking: { coveredEmployees: number, averageScore: number | null, units: Array<{ unitId: string, unitCode: string, unitName: string, rank: number, averageScore: number, evaluations: number, coveredEmployees: number }> }, cycleProgress: Array<{ coveredEmployees: number, withoutPlan: number, plansInProgress: number, plansApproved: number, evaluationsPending: number, evaluated: number, units: Array<{ unitId: string, unitName: string, coveredEmployees: number, withoutPlan: number, plansInProgress: number, evaluationsPending: number, evaluated: number }> }>, trainingCompliance: { year: number, requiredJp: number, coveredEmployees: number, compliant: number, compliantShare: number, averageJp: number, units: Array<{ unitId: string, unitName: string, coveredEmployees: number, compliantShare: number }> }, ikm: { coveredEmployees: number, respondents: number, ikm: number | null, category: IkmCategory | null, services: Array<{ unitId: string, unitName: string, serviceName: string | null, respondents: number, ikm: number | null, category: IkmCategory | null }> }, complaints: { coveredEmployees: number, received: number, open: number, overdue: number, resolved: number, meanResolutionDays: number | null, units: Array<{ unitId: string, unitName: string, received: number, overdue: number }> }, discipline: { day: string, coveredEmployees: number, activeSanctions: number, ringan: number, sedang: number, berat: number, rewards: number } | null, workReports: { weeks: number, coveredEmployees: number, reports: number, approved: number, reportsPerEmployeeWeek: number, meanApprovalHours: number | null, units: Array<{ unitId: string, unitName: string, reportsPerEmployeeWeek: number, meanApprovalHours: number | null }> } }, history: { trend: Array<{ coveredEmployees: number, averageScore: number | null, baikOrBetterShare: number, period: { id: string, name: string } }> } };

export type ImportAttendanceMutationVariables = Exact<{
  input: ImportAttendanceInput;
}>;


export type ImportAttendanceMutation = { importAttendance: { rows: number, days: number, created: number, updated: number, unchanged: number, dryRun: boolean } };

export type AttendanceSheetQueryVariables = Exact<{
  unitId: string | number;
  month: string;
}>;


export type AttendanceSheetQuery = { attendanceSheet: { month: string, days: Array<{ date: string, weekday: number, holiday: string | null }>, rows: Array<{ workingDays: number, lateMinutes: number, earlyLeaveMinutes: number, employee: { id: string, fullName: string, nip: string }, statusCounts: Array<{ status: AttendanceStatus, days: number }>, records: Array<{ id: string, date: string, status: AttendanceStatus, checkIn: string | null, checkOut: string | null, lateMinutes: number | null, earlyLeaveMinutes: number | null }> }> }, workingDays: { days: Array<{ date: string }> } };

export type AttendanceCorrectionQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AttendanceCorrectionQueueQuery = { attendanceCorrectionQueue: { totalCount: number, nodes: Array<{ id: string, version: number, date: string, checkIn: string | null, checkOut: string | null, attendanceStatus: AttendanceStatus | null, reason: string, evidenceLink: string | null, requestedByName: string, employee: { id: string, fullName: string } }> } };

export type ApproveAttendanceCorrectionMutationVariables = Exact<{
  input: DecideAttendanceCorrectionInput;
}>;


export type ApproveAttendanceCorrectionMutation = { approveAttendanceCorrection: { correction: { id: string, status: AttendanceCorrectionStatus } } };

export type RejectAttendanceCorrectionMutationVariables = Exact<{
  input: DecideAttendanceCorrectionInput;
}>;


export type RejectAttendanceCorrectionMutation = { rejectAttendanceCorrection: { correction: { id: string, status: AttendanceCorrectionStatus } } };

export type WorkingMonthQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  month: string;
}>;


export type WorkingMonthQuery = { workingDays: { count: number, workingMinutes: number, targetMinutes: number, calendar: { id: string, version: number, unitId: string | null, targetMinutesPerDay: number | null, days: Array<{ weekday: number, start: string, end: string, breakMinutes: number }> } | null } };

export type SetWorkCalendarMutationVariables = Exact<{
  input: SetWorkCalendarInput;
}>;


export type SetWorkCalendarMutation = { setWorkCalendar: { calendar: { id: string, version: number } } };

export type SurveyAfterStepFragment = { id: string, status: SurveyStatus, version: number, openedAt: string | null, closedAt: string | null, updatedAt: string };

export type OpenSurveyMutationVariables = Exact<{
  input: SurveyStepInput;
}>;


export type OpenSurveyMutation = { openSurvey: { survey: { id: string, status: SurveyStatus, version: number, openedAt: string | null, closedAt: string | null, updatedAt: string } } };

export type CloseSurveyMutationVariables = Exact<{
  input: SurveyStepInput;
}>;


export type CloseSurveyMutation = { closeSurvey: { realizationsUpdated: number, survey: { id: string, status: SurveyStatus, version: number, openedAt: string | null, closedAt: string | null, updatedAt: string } } };

export type SurveyIkmQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyIkmQuery = { ikm: { ikm: number | null, ikmRounded: number | null, weightedValue: number | null, category: IkmCategory | null, categoryLabel: string | null, respondents: number, minimumSample: number, belowMinimumSample: boolean, from: string, to: string, elements: Array<{ code: string, name: string, average: number | null, count: number, weight: number, weightedAverage: number | null }> } };

export type ComplaintAfterStepFragment = { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string };

export type VerifyComplaintMutationVariables = Exact<{
  input: VerifyComplaintInput;
}>;


export type VerifyComplaintMutation = { verifyComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type AssignComplaintMutationVariables = Exact<{
  input: AssignComplaintInput;
}>;


export type AssignComplaintMutation = { assignComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type StartComplaintMutationVariables = Exact<{
  input: ComplaintStepInput;
}>;


export type StartComplaintMutation = { startComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type ResolveComplaintMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;


export type ResolveComplaintMutation = { resolveComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type CloseComplaintMutationVariables = Exact<{
  input: ComplaintStepInput;
}>;


export type CloseComplaintMutation = { closeComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type RejectComplaintMutationVariables = Exact<{
  input: RejectComplaintInput;
}>;


export type RejectComplaintMutation = { rejectComplaint: { complaint: { id: string, status: ComplaintStatus, version: number, dueDate: string | null, overdue: boolean, updatedAt: string } } };

export type RespondToComplaintMutationVariables = Exact<{
  input: RespondToComplaintInput;
}>;


export type RespondToComplaintMutation = { respondToComplaint: { response: { id: string, complaintId: string, authorName: string, text: string, isPublic: boolean, createdAt: string } } };

export type CaseAfterStepFragment = { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null };

export type SanctionTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type SanctionTypesQuery = { sanctionTypes: Array<{ id: string, code: string, level: SanctionLevel, name: string, description: string, durationMonths: number | null, allowanceCutPercent: number | null, permanent: boolean, siasnCode: string | null, sortOrder: number }> };

export type RewardTypeFieldsFragment = { id: string, code: string, name: string, description: string | null, requiresCleanRecord: boolean, disqualifyingLevels: Array<SanctionLevel>, lookbackYears: number | null, minServiceYears: number | null, siasnCode: string | null, active: boolean, agencyId: string | null };

export type RewardTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RewardTypesQuery = { rewardTypes: Array<{ id: string, code: string, name: string, description: string | null, requiresCleanRecord: boolean, disqualifyingLevels: Array<SanctionLevel>, lookbackYears: number | null, minServiceYears: number | null, siasnCode: string | null, active: boolean, agencyId: string | null }> };

export type CreateRewardTypeMutationVariables = Exact<{
  input: CreateRewardTypeInput;
}>;


export type CreateRewardTypeMutation = { createRewardType: { rewardType: { id: string, code: string, name: string, description: string | null, requiresCleanRecord: boolean, disqualifyingLevels: Array<SanctionLevel>, lookbackYears: number | null, minServiceYears: number | null, siasnCode: string | null, active: boolean, agencyId: string | null } } };

export type DisciplineAuthoritiesQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type DisciplineAuthoritiesQuery = { disciplineAuthorities: Array<{ level: SanctionLevel, roles: Array<Role>, supervisorLevels: number | null, isDefault: boolean, version: number }> };

export type SetDisciplineAuthorityMutationVariables = Exact<{
  input: SetDisciplineAuthorityInput;
}>;


export type SetDisciplineAuthorityMutation = { setDisciplineAuthority: { level: SanctionLevel, roles: Array<Role>, supervisorLevels: number | null, isDefault: boolean, version: number } };

export type ExamineDisciplinaryCaseMutationVariables = Exact<{
  input: ExamineDisciplinaryCaseInput;
}>;


export type ExamineDisciplinaryCaseMutation = { examineDisciplinaryCase: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

export type DecideDisciplinaryCaseMutationVariables = Exact<{
  input: DecideDisciplinaryCaseInput;
}>;


export type DecideDisciplinaryCaseMutation = { decideDisciplinaryCase: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

export type ActivateDisciplinaryCaseMutationVariables = Exact<{
  input: CaseStepInput;
}>;


export type ActivateDisciplinaryCaseMutation = { activateDisciplinaryCase: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

export type CompleteDisciplinaryCaseMutationVariables = Exact<{
  input: CaseStepInput;
}>;


export type CompleteDisciplinaryCaseMutation = { completeDisciplinaryCase: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

export type FileSanctionAppealMutationVariables = Exact<{
  input: FileSanctionAppealInput;
}>;


export type FileSanctionAppealMutation = { fileSanctionAppeal: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

export type DecideSanctionAppealMutationVariables = Exact<{
  input: DecideSanctionAppealInput;
}>;


export type DecideSanctionAppealMutation = { decideSanctionAppeal: { case: { id: string, status: DisciplinaryCaseStatus, version: number, examinedOn: string | null, examiners: Array<string>, examinationRecord: string | null, sanctionTypeId: string | null, decreeNumber: string | null, decreeDate: string | null, effectiveFrom: string | null, endDate: string | null, appealKind: AppealKind | null, appealFiledOn: string | null, appealOutcome: AppealOutcome | null, appealDecidedOn: string | null, closedAt: string | null, sanctionType: { id: string, code: string, name: string, level: SanctionLevel } | null } } };

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

export type EvaluationAfterStepFragment = { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string };

export type SaveEvaluationMutationVariables = Exact<{
  input: SaveEvaluationInput;
}>;


export type SaveEvaluationMutation = { saveEvaluation: { evaluation: { behaviourRating: Rating | null, id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type ConfirmEvaluationMutationVariables = Exact<{
  input: EvaluationStepInput;
}>;


export type ConfirmEvaluationMutation = { confirmEvaluation: { evaluation: { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type AcknowledgeEvaluationMutationVariables = Exact<{
  input: EvaluationStepInput;
}>;


export type AcknowledgeEvaluationMutation = { acknowledgeEvaluation: { evaluation: { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type ObjectToEvaluationMutationVariables = Exact<{
  input: ObjectToEvaluationInput;
}>;


export type ObjectToEvaluationMutation = { objectToEvaluation: { evaluation: { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type DecideObjectionMutationVariables = Exact<{
  input: DecideObjectionInput;
}>;


export type DecideObjectionMutation = { decideObjection: { evaluation: { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type ReviewEvaluationMutationVariables = Exact<{
  input: ReviewEvaluationInput;
}>;


export type ReviewEvaluationMutation = { reviewEvaluation: { evaluation: { id: string, planId: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, updatedAt: string } } };

export type ConfirmEvaluationsMutationVariables = Exact<{
  input: ConfirmEvaluationsInput;
}>;


export type ConfirmEvaluationsMutation = { confirmEvaluations: { confirmed: number, skippedCount: number, skipped: Array<{ planId: string, employeeName: string, problems: Array<string> }> } };

export type BehaviourValuesOfAgencyQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type BehaviourValuesOfAgencyQuery = { effectiveBehaviourValues: Array<{ id: string, code: string, name: string, description: string, guides: Array<string>, sortOrder: number }> };

export type PredicateDistributionQueryVariables = Exact<{
  periodId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type PredicateDistributionQuery = { predicateDistribution: { employeeCount: number, deviatingUnits: number, counts: Array<{ predicate: Predicate, count: number, share: number }>, units: Array<{ achievement: OrgAchievement | null, achievementVersion: number, employeeCount: number, deviates: boolean, deviations: Array<string>, unit: { id: string, name: string, code: string }, counts: Array<{ predicate: Predicate, count: number, share: number }> }> } };

export type SetUnitAchievementMutationVariables = Exact<{
  input: SetUnitAchievementInput;
}>;


export type SetUnitAchievementMutation = { setUnitAchievement: { unitAchievement: { id: string, unitId: string, periodId: string, achievement: OrgAchievement, note: string | null, version: number } } };

export type PublishResultsMutationVariables = Exact<{
  input: PublishResultsInput;
}>;


export type PublishResultsMutation = { publishResults: { units: number, suppressed: number } };

export type PublishedResultsQueryVariables = Exact<{
  agencyCode: string;
  periodId?: string | number | null | undefined;
}>;


export type PublishedResultsQuery = { publishedResults: Array<{ unitName: string, periodName: string, publishedAt: string, employeeCount: number, suppressed: boolean, predicateCounts: Array<{ predicate: Predicate, count: number }> | null, indicators: Array<{ code: string, name: string, averageAchievement: number, plans: number }>, employees: Array<{ name: string, position: string | null, predicate: Predicate }> | null }> };

export type FollowUpRuleFieldsFragment = { id: string, agencyId: string, name: string, predicates: Array<Predicate>, consecutivePeriods: number, action: FollowUpAction, note: string | null, active: boolean, version: number, createdAt: string, updatedAt: string };

export type FollowUpRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpRulesQuery = { followUpRules: Array<{ id: string, agencyId: string, name: string, predicates: Array<Predicate>, consecutivePeriods: number, action: FollowUpAction, note: string | null, active: boolean, version: number, createdAt: string, updatedAt: string }> };

export type CreateFollowUpRuleMutationVariables = Exact<{
  input: CreateFollowUpRuleInput;
}>;


export type CreateFollowUpRuleMutation = { createFollowUpRule: { rule: { id: string, agencyId: string, name: string, predicates: Array<Predicate>, consecutivePeriods: number, action: FollowUpAction, note: string | null, active: boolean, version: number, createdAt: string, updatedAt: string } } };

export type UpdateFollowUpRuleMutationVariables = Exact<{
  input: UpdateFollowUpRuleInput;
}>;


export type UpdateFollowUpRuleMutation = { updateFollowUpRule: { rule: { id: string, agencyId: string, name: string, predicates: Array<Predicate>, consecutivePeriods: number, action: FollowUpAction, note: string | null, active: boolean, version: number, createdAt: string, updatedAt: string } } };

export type FollowUpRecommendationsQueryVariables = Exact<{
  periodId: string | number;
  action?: FollowUpAction | null | undefined;
}>;


export type FollowUpRecommendationsQuery = { followUpRecommendations: Array<{ action: FollowUpAction, reason: string, predicate: Predicate, predicates: Array<Predicate>, employee: { id: string, fullName: string, nipFormatted: string, unit: { id: string, name: string } }, rule: { id: string, name: string, consecutivePeriods: number, note: string | null }, evaluation: { id: string, planId: string } }> };

export type FollowUpDecisionFieldsFragment = { id: string, action: FollowUpAction, outcome: FollowUpOutcome, reason: string | null, resultId: string | null, decidedBy: string, createdAt: string, employee: { id: string, fullName: string, nipFormatted: string }, rule: { id: string, name: string } };

export type FollowUpDecisionsQueryVariables = Exact<{
  periodId: string | number;
}>;


export type FollowUpDecisionsQuery = { followUpDecisions: Array<{ id: string, action: FollowUpAction, outcome: FollowUpOutcome, reason: string | null, resultId: string | null, decidedBy: string, createdAt: string, employee: { id: string, fullName: string, nipFormatted: string }, rule: { id: string, name: string } }> };

export type ActOnRecommendationMutationVariables = Exact<{
  input: ActOnRecommendationInput;
}>;


export type ActOnRecommendationMutation = { actOnRecommendation: { decision: { id: string, action: FollowUpAction, outcome: FollowUpOutcome, reason: string | null, resultId: string | null, decidedBy: string, createdAt: string, employee: { id: string, fullName: string, nipFormatted: string }, rule: { id: string, name: string } }, coachingPlan: { id: string } | null, enrollment: { id: string, status: EnrollmentStatus } | null, reward: { id: string } | null, disciplinaryCase: { id: string } | null } };

export type DismissRecommendationMutationVariables = Exact<{
  input: DismissRecommendationInput;
}>;


export type DismissRecommendationMutation = { dismissRecommendation: { decision: { id: string, action: FollowUpAction, outcome: FollowUpOutcome, reason: string | null, resultId: string | null, decidedBy: string, createdAt: string, employee: { id: string, fullName: string, nipFormatted: string }, rule: { id: string, name: string } } } };

export type CoachingPlanAfterStepFragment = { id: string, status: CoachingStatus, outcome: CoachingOutcome | null, outcomeNote: string | null, version: number, sessions: Array<{ date: string, notes: string, recordedBy: string }> };

export type AddCoachingSessionMutationVariables = Exact<{
  input: AddCoachingSessionInput;
}>;


export type AddCoachingSessionMutation = { addCoachingSession: { plan: { id: string, status: CoachingStatus, outcome: CoachingOutcome | null, outcomeNote: string | null, version: number, sessions: Array<{ date: string, notes: string, recordedBy: string }> } } };

export type CloseCoachingPlanMutationVariables = Exact<{
  input: CloseCoachingPlanInput;
}>;


export type CloseCoachingPlanMutation = { closeCoachingPlan: { plan: { id: string, status: CoachingStatus, outcome: CoachingOutcome | null, outcomeNote: string | null, version: number, sessions: Array<{ date: string, notes: string, recordedBy: string }> } } };

export type TrainingComplianceQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
  first: number;
}>;


export type TrainingComplianceQuery = { trainingCompliance: { year: number, requiredJp: number, employeeCount: number, compliantCount: number, belowCount: number, compliantShare: number, averageJp: number, units: Array<{ employeeCount: number, compliantCount: number, belowCount: number, compliantShare: number, averageJp: number, unit: { id: string, code: string, name: string } }>, below: Array<{ totalJp: number, remainingJp: number, employee: { id: string, fullName: string, nipFormatted: string, unit: { id: string, name: string } } }> } };

export type TrainingHoursQueryVariables = Exact<{
  employeeId: string | number;
  year: number;
}>;


export type TrainingHoursQuery = { trainingHours: { year: number, totalJp: number, requiredJp: number, remainingJp: number, compliant: boolean } };

export type RecommendedTrainingsQueryVariables = Exact<{
  employeeId: string | number;
  periodId: string | number;
}>;


export type RecommendedTrainingsQuery = { recommendedTrainings: Array<{ rank: number, reason: string, alreadyEnrolled: boolean, program: { id: string, code: string, title: string, jpHours: number } }> };

export type MyHomeQueryVariables = Exact<{
  employeeId: string | number;
  from: string;
  year: number;
  month: string;
}>;


export type MyHomeQuery = { reports: { totalCount: number, nodes: Array<{ id: string, date: string, activity: string, hours: number, status: WorkReportStatus, reviewComment: string | null }> }, plans: { nodes: Array<{ id: string, status: PlanStatus, employeeId: string, appraiserId: string | null, appraiserSuperiorId: string | null, period: { id: string, name: string, status: PeriodStatus, startDate: string, endDate: string }, targets: Array<{ id: string, category: ResultCategory, target: number | null, targetMax: number | null, periodValue: number | null, weight: number, indicator: { id: string, code: string, name: string } }>, feedback: Array<{ id: string, type: FeedbackType, text: string, authorName: string, createdAt: string }>, evaluation: { id: string, status: EvaluationStatus, version: number, score: number | null, predicate: Predicate | null, objectionDeadline: string | null, objectionReason: string | null, decision: ObjectionDecision | null, decisionNote: string | null, confirmedAt: string | null } | null }> }, trainingHours: { totalJp: number, requiredJp: number, remainingJp: number, compliant: boolean, enrollments: Array<{ id: string, status: EnrollmentStatus, jpEarned: number | null, session: { id: string, name: string, startDate: string, endDate: string, program: { id: string, title: string } } }> }, allowance: Array<{ month: string, net: number, sheetStatus: AllowanceSheetStatus, adjustmentOf: string | null }> };

export type TeamHomeQueryVariables = Exact<{
  employeeId: string | number;
}>;


export type TeamHomeQuery = { queue: { totalCount: number, nodes: Array<{ id: string, date: string, activity: string, output: string, hours: number, status: WorkReportStatus, version: number, employee: { id: string, fullName: string }, target: { id: string, indicator: { code: string, name: string } } | null }> }, plansWaiting: { totalCount: number }, evaluated: { nodes: Array<{ id: string, appraiserSuperiorId: string | null, employee: { id: string, fullName: string }, period: { id: string, name: string, status: PeriodStatus }, evaluation: { id: string, status: EvaluationStatus, version: number, predicate: Predicate | null, objectionReason: string | null } | null }> } };

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

export type PlanAfterStepFragment = { id: string, status: PlanStatus, version: number, returnComment: string | null, updatedAt: string };

export type GeneratePlansMutationVariables = Exact<{
  input: GeneratePlansInput;
}>;


export type GeneratePlansMutation = { generatePlans: { created: number, existing: number, withoutAppraiser: number, withoutTemplate: Array<{ id: string, name: string, nip: string }> } };

export type SetPlanTargetsMutationVariables = Exact<{
  input: SetPlanTargetsInput;
}>;


export type SetPlanTargetsMutation = { setPlanTargets: { plan: { mainWeight: number, id: string, status: PlanStatus, version: number, returnComment: string | null, updatedAt: string } } };

export type SubmitPlanMutationVariables = Exact<{
  input: PlanStepInput;
}>;


export type SubmitPlanMutation = { submitPlan: { plan: { id: string, status: PlanStatus, version: number, returnComment: string | null, updatedAt: string } } };

export type ApprovePlanMutationVariables = Exact<{
  input: PlanStepInput;
}>;


export type ApprovePlanMutation = { approvePlan: { plan: { id: string, status: PlanStatus, version: number, returnComment: string | null, updatedAt: string } } };

export type ReturnPlanMutationVariables = Exact<{
  input: ReturnPlanInput;
}>;


export type ReturnPlanMutation = { returnPlan: { plan: { id: string, status: PlanStatus, version: number, returnComment: string | null, updatedAt: string } } };

export type RecordRealizationMutationVariables = Exact<{
  input: RecordRealizationInput;
}>;


export type RecordRealizationMutation = { recordRealization: { realization: { id: string, targetId: string, periodId: string, value: number, note: string | null, evidenceLinks: Array<string>, version: number } } };

export type DeleteRealizationMutationVariables = Exact<{
  input: DeleteRealizationInput;
}>;


export type DeleteRealizationMutation = { deleteRealization: { id: string } };

export type CurrentActorQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentActorQuery = { me: { id: string, employeeId: string | null, permissions: Array<string> } };

export type PlanStatusCountsQueryVariables = Exact<{
  periodId: string | number;
}>;


export type PlanStatusCountsQuery = { all: { totalCount: number }, draft: { totalCount: number }, submitted: { totalCount: number }, returned: { totalCount: number }, approved: { totalCount: number } };

export type PreviewScoreQueryVariables = Exact<{
  input: PreviewScoreInput;
}>;


export type PreviewScoreQuery = { previewScore: { mainWeight: number, mainScore: number | null, additionalScore: number, score: number | null, resultRating: Rating | null, behaviourRating: Rating | null, predicate: Predicate | null, complete: boolean, steps: Array<string>, problems: Array<string>, lines: Array<{ key: string, label: string | null, category: ResultCategory, weight: number, achievement: number | null, rawAchievement: number | null, capped: boolean, contribution: number | null, step: string, problem: string | null }> } };

export type ImportSiasnMutationVariables = Exact<{
  input: ImportSiasnInput;
  units: boolean;
}>;


export type ImportSiasnMutation = { units?: { dryRun: boolean, format: string, rows: number, created: number, changed: number, unchanged: number, refused: number, truncated: boolean, entries: Array<{ row: number, key: string, label: string, outcome: SiasnImportOutcome, changes: Array<{ field: string, before: string | null, after: string | null }>, errors: Array<{ row: number, column: string, message: string }> }> }, employees?: { dryRun: boolean, format: string, rows: number, created: number, changed: number, unchanged: number, refused: number, truncated: boolean, entries: Array<{ row: number, key: string, label: string, outcome: SiasnImportOutcome, changes: Array<{ field: string, before: string | null, after: string | null }>, errors: Array<{ row: number, column: string, message: string }> }> } };

export type SiasnImportReportFieldsFragment = { dryRun: boolean, format: string, rows: number, created: number, changed: number, unchanged: number, refused: number, truncated: boolean, entries: Array<{ row: number, key: string, label: string, outcome: SiasnImportOutcome, changes: Array<{ field: string, before: string | null, after: string | null }>, errors: Array<{ row: number, column: string, message: string }> }> };

export type SiasnImportProgressQueryVariables = Exact<{
  key: string;
}>;


export type SiasnImportProgressQuery = { siasnImportProgress: { key: string, phase: SiasnImportPhase, processed: number, total: number, message: string | null } };

export type SiasnExportQueryVariables = Exact<{
  periodId: string | number;
  kind: SiasnRecordKind;
  format?: SiasnExportFormat | null | undefined;
}>;


export type SiasnExportQuery = { siasnExport: { kind: SiasnRecordKind, endpoint: string, fileName: string, count: number, content: string, skipped: Array<{ sourceId: string, label: string, reason: string }> } };

export type SiasnSyncStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SiasnSyncStatusQuery = { siasnSyncStatus: { configured: boolean, baseUrl: string | null, pushedRecords: number, refusedRecords: number, lastPushAt: string | null } };

export type EnrollmentAfterStepFragment = { id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } };

export type EnrollInTrainingMutationVariables = Exact<{
  input: EnrollInTrainingInput;
}>;


export type EnrollInTrainingMutation = { enrollInTraining: { enrollment: { id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }, promoted: Array<{ id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }> } };

export type CancelEnrollmentMutationVariables = Exact<{
  input: CancelEnrollmentInput;
}>;


export type CancelEnrollmentMutation = { cancelEnrollment: { enrollment: { id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }, promoted: Array<{ id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }> } };

export type RecordTrainingResultMutationVariables = Exact<{
  input: RecordTrainingResultInput;
}>;


export type RecordTrainingResultMutation = { recordTrainingResult: { enrollment: { id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }, promoted: Array<{ id: string, sessionId: string, employeeId: string, status: EnrollmentStatus, score: number | null, jpEarned: number | null, certificateNumber: string | null, version: number, employee: { id: string, fullName: string } }> } };

export type ChangeTrainingSessionStatusMutationVariables = Exact<{
  input: ChangeTrainingSessionStatusInput;
}>;


export type ChangeTrainingSessionStatusMutation = { changeTrainingSessionStatus: { session: { id: string, status: TrainingSessionStatus, seatsTaken: number, waitlistCount: number, version: number }, affected: Array<{ id: string, status: EnrollmentStatus }> } };

export type WorkReportAfterStepFragment = { id: string, status: WorkReportStatus, version: number, reviewComment: string | null, reviewedAt: string | null, updatedAt: string };

export type ApproveWorkReportMutationVariables = Exact<{
  input: ApproveWorkReportInput;
}>;


export type ApproveWorkReportMutation = { approveWorkReport: { report: { id: string, status: WorkReportStatus, version: number, reviewComment: string | null, reviewedAt: string | null, updatedAt: string } } };

export type ReturnWorkReportMutationVariables = Exact<{
  input: ReturnWorkReportInput;
}>;


export type ReturnWorkReportMutation = { returnWorkReport: { report: { id: string, status: WorkReportStatus, version: number, reviewComment: string | null, reviewedAt: string | null, updatedAt: string } } };

export type CommentOnWorkReportMutationVariables = Exact<{
  input: CommentOnWorkReportInput;
}>;


export type CommentOnWorkReportMutation = { commentOnWorkReport: { comment: { id: string, reportId: string, authorName: string, text: string, createdAt: string } } };

export type WorkReportQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type WorkReportQueueQuery = { workReportQueue: { totalCount: number, nodes: Array<{ id: string, date: string, activity: string, output: string, hours: number, status: WorkReportStatus, version: number, submittedAt: string, evidenceLinks: Array<string>, employee: { id: string, fullName: string, nipFormatted: string }, target: { id: string, indicator: { code: string, name: string } } | null }> } };

export type GiveFeedbackMutationVariables = Exact<{
  input: GiveFeedbackInput;
}>;


export type GiveFeedbackMutation = { giveFeedback: { feedback: { id: string, planId: string, type: FeedbackType, text: string, authorName: string, createdAt: string } } };

export type ServiceDirectoryQueryVariables = Exact<{
  agencyCode: string;
}>;


export type ServiceDirectoryQuery = { serviceDirectory: Array<{ id: string, name: string, description: string | null, unitId: string, unitName: string }> };

export type SurveyFormQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyFormQuery = { surveyForm: { surveyId: string, title: string, agencyName: string, unitName: string, serviceName: string | null, endDate: string, token: string, tokenExpiresAt: string, elements: Array<{ code: string, name: string, question: string }>, scale: Array<{ value: number, label: string }>, staff: Array<{ id: string, name: string }> } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { message: string, submittedOn: string } };

export type SubmitComplaintMutationVariables = Exact<{
  input: SubmitComplaintInput;
}>;


export type SubmitComplaintMutation = { submitComplaint: { trackingCode: string, status: ComplaintStatus, dueDate: string } };

export type ComplaintStatusQueryVariables = Exact<{
  trackingCode: string;
}>;


export type ComplaintStatusQuery = { complaintStatus: { trackingCode: string, agencyName: string, subject: string, category: ComplaintCategory, status: ComplaintStatus, receivedOn: string, dueDate: string | null, verifiedAt: string | null, resolvedAt: string | null, closedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, responses: Array<{ createdAt: string, text: string }> } };

export type SessionFieldsFragment = { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, agencyId: string | null } };

export const SurveyAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SurveyAfterStepFragment, unknown>;
export const ComplaintAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ComplaintAfterStepFragment, unknown>;
export const CaseAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CaseAfterStepFragment, unknown>;
export const RewardTypeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCleanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"lookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"minServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"siasnCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<RewardTypeFieldsFragment, unknown>;
export const EvaluationAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EvaluationAfterStepFragment, unknown>;
export const FollowUpRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predicates"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FollowUpRuleFieldsFragment, unknown>;
export const FollowUpDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FollowUpDecisionFieldsFragment, unknown>;
export const CoachingPlanAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachingPlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoachingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<CoachingPlanAfterStepFragment, unknown>;
export const PeriodAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PeriodAfterStepFragment, unknown>;
export const PlanAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlanAfterStepFragment, unknown>;
export const SiasnImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiasnImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiasnImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SiasnImportReportFieldsFragment, unknown>;
export const EnrollmentAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<EnrollmentAfterStepFragment, unknown>;
export const WorkReportAfterStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WorkReportAfterStepFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SessionPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<SessionPermissionsQuery, SessionPermissionsQueryVariables>;
export const SetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AllowancePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowancePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllowanceSchemeRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowancePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"presentDays"}},{"kind":"Field","name":{"kind":"Name","value":"statusDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"predicateSource"}},{"kind":"Field","name":{"kind":"Name","value":"paidDays"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}}]}}]}}]} as unknown as DocumentNode<AllowancePreviewQuery, AllowancePreviewQueryVariables>;
export const UpdateAllowanceSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllowanceScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllowanceSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllowanceScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAllowanceSchemeMutation, UpdateAllowanceSchemeMutationVariables>;
export const ComputeAllowancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeAllowances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComputeAllowancesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeAllowances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComputeAllowancesMutation, ComputeAllowancesMutationVariables>;
export const AllowanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGross"}},{"kind":"Field","name":{"kind":"Name","value":"totalNet"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentOf"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"base"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"paidDays"}}]}}]}}]}}]} as unknown as DocumentNode<AllowanceSheetQuery, AllowanceSheetQueryVariables>;
export const AllowanceSheetRanksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowanceSheetRanks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"golongan"}},{"kind":"Field","name":{"kind":"Name","value":"pppkGrade"}}]}}]}}]}}]} as unknown as DocumentNode<AllowanceSheetRanksQuery, AllowanceSheetRanksQueryVariables>;
export const VerifyAllowanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyAllowanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllowanceSheetTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAllowanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAllowanceSheetMutation, VerifyAllowanceSheetMutationVariables>;
export const ApproveAllowanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAllowanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllowanceSheetTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAllowanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAllowanceSheetMutation, ApproveAllowanceSheetMutationVariables>;
export const LockAllowanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockAllowanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllowanceSheetTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockAllowanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LockAllowanceSheetMutation, LockAllowanceSheetMutationVariables>;
export const AllowanceBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowanceBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowanceBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheetId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sheetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentOf"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"paidDays"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"predicateSource"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shareBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"62"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"}},{"kind":"Field","name":{"kind":"Name","value":"lateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workingDay"}}]}}]}}]}}]} as unknown as DocumentNode<AllowanceBreakdownQuery, AllowanceBreakdownQueryVariables>;
export const DashboardAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendPeriodIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"predicateDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"deviatingUnits"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"averageAchievement"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitRanking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycleProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPlan"}},{"kind":"Field","name":{"kind":"Name","value":"plansInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"plansApproved"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationsPending"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPlan"}},{"kind":"Field","name":{"kind":"Name","value":"plansInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationsPending"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"requiredJp"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"compliantShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageJp"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"compliantShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ikm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"ikm"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"ikm"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"meanResolutionDays"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"activeSanctions"}},{"kind":"Field","name":{"kind":"Name","value":"ringan"}},{"kind":"Field","name":{"kind":"Name","value":"sedang"}},{"kind":"Field","name":{"kind":"Name","value":"berat"}},{"kind":"Field","name":{"kind":"Name","value":"rewards"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPerEmployeeWeek"}},{"kind":"Field","name":{"kind":"Name","value":"meanApprovalHours"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPerEmployeeWeek"}},{"kind":"Field","name":{"kind":"Name","value":"meanApprovalHours"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendPeriodIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"baikOrBetterShare"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAnalyticsQuery, DashboardAnalyticsQueryVariables>;
export const ImportAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportAttendanceMutation, ImportAttendanceMutationVariables>;
export const AttendanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"holiday"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"}},{"kind":"Field","name":{"kind":"Name","value":"lateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaveMinutes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceSheetQuery, AttendanceSheetQueryVariables>;
export const AttendanceCorrectionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceCorrectionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceCorrectionQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLink"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceCorrectionQueueQuery, AttendanceCorrectionQueueQueryVariables>;
export const ApproveAttendanceCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAttendanceCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAttendanceCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAttendanceCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAttendanceCorrectionMutation, ApproveAttendanceCorrectionMutationVariables>;
export const RejectAttendanceCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAttendanceCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAttendanceCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAttendanceCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectAttendanceCorrectionMutation, RejectAttendanceCorrectionMutationVariables>;
export const WorkingMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"workingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"breakMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkingMonthQuery, WorkingMonthQueryVariables>;
export const SetWorkCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SetWorkCalendarMutation, SetWorkCalendarMutationVariables>;
export const OpenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realizationsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const SurveyIkmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyIkm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ikm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ikm"}},{"kind":"Field","name":{"kind":"Name","value":"ikmRounded"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAverage"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyIkmQuery, SurveyIkmQueryVariables>;
export const VerifyComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<VerifyComplaintMutation, VerifyComplaintMutationVariables>;
export const AssignComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AssignComplaintMutation, AssignComplaintMutationVariables>;
export const StartComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartComplaintMutation, StartComplaintMutationVariables>;
export const ResolveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const RejectComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RejectComplaintMutation, RejectComplaintMutationVariables>;
export const RespondToComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToComplaintMutation, RespondToComplaintMutationVariables>;
export const SanctionTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanctionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanctionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceCutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}},{"kind":"Field","name":{"kind":"Name","value":"siasnCode"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]} as unknown as DocumentNode<SanctionTypesQuery, SanctionTypesQueryVariables>;
export const RewardTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCleanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"lookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"minServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"siasnCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<RewardTypesQuery, RewardTypesQueryVariables>;
export const CreateRewardTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRewardType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRewardTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRewardType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardTypeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCleanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingLevels"}},{"kind":"Field","name":{"kind":"Name","value":"lookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"minServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"siasnCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]} as unknown as DocumentNode<CreateRewardTypeMutation, CreateRewardTypeMutationVariables>;
export const DisciplineAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisciplineAuthorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disciplineAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorLevels"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DisciplineAuthoritiesQuery, DisciplineAuthoritiesQueryVariables>;
export const SetDisciplineAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDisciplineAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDisciplineAuthorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDisciplineAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorLevels"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetDisciplineAuthorityMutation, SetDisciplineAuthorityMutationVariables>;
export const ExamineDisciplinaryCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExamineDisciplinaryCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamineDisciplinaryCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examineDisciplinaryCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ExamineDisciplinaryCaseMutation, ExamineDisciplinaryCaseMutationVariables>;
export const DecideDisciplinaryCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDisciplinaryCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDisciplinaryCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDisciplinaryCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<DecideDisciplinaryCaseMutation, DecideDisciplinaryCaseMutationVariables>;
export const ActivateDisciplinaryCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateDisciplinaryCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateDisciplinaryCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ActivateDisciplinaryCaseMutation, ActivateDisciplinaryCaseMutationVariables>;
export const CompleteDisciplinaryCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteDisciplinaryCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeDisciplinaryCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CompleteDisciplinaryCaseMutation, CompleteDisciplinaryCaseMutationVariables>;
export const FileSanctionAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileSanctionAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSanctionAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSanctionAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<FileSanctionAppealMutation, FileSanctionAppealMutationVariables>;
export const DecideSanctionAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSanctionAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSanctionAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSanctionAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplinaryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"examinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"examiners"}},{"kind":"Field","name":{"kind":"Name","value":"examinationRecord"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"appealKind"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<DecideSanctionAppealMutation, DecideSanctionAppealMutationVariables>;
export const ImportEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportEmployeesMutation, ImportEmployeesMutationVariables>;
export const ImportOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportOrgUnitsMutation, ImportOrgUnitsMutationVariables>;
export const ImportPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPositionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportPositionsMutation, ImportPositionsMutationVariables>;
export const SaveEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveEvaluationMutation, SaveEvaluationMutationVariables>;
export const ConfirmEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConfirmEvaluationMutation, ConfirmEvaluationMutationVariables>;
export const AcknowledgeEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AcknowledgeEvaluationMutation, AcknowledgeEvaluationMutationVariables>;
export const ObjectToEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectToEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ObjectToEvaluationMutation, ObjectToEvaluationMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const ReviewEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReviewEvaluationMutation, ReviewEvaluationMutationVariables>;
export const ConfirmEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEvaluationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmEvaluationsMutation, ConfirmEvaluationsMutationVariables>;
export const BehaviourValuesOfAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BehaviourValuesOfAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveBehaviourValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guides"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]} as unknown as DocumentNode<BehaviourValuesOfAgencyQuery, BehaviourValuesOfAgencyQueryVariables>;
export const PredicateDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PredicateDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicateDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"deviatingUnits"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"achievementVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PredicateDistributionQuery, PredicateDistributionQueryVariables>;
export const SetUnitAchievementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUnitAchievement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUnitAchievementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitAchievement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SetUnitAchievementMutation, SetUnitAchievementMutationVariables>;
export const PublishResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<PublishResultsMutation, PublishResultsMutationVariables>;
export const PublishedResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"predicateCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"averageAchievement"}},{"kind":"Field","name":{"kind":"Name","value":"plans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedResultsQuery, PublishedResultsQueryVariables>;
export const FollowUpRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predicates"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FollowUpRulesQuery, FollowUpRulesQueryVariables>;
export const CreateFollowUpRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFollowUpRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFollowUpRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFollowUpRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predicates"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateFollowUpRuleMutation, CreateFollowUpRuleMutationVariables>;
export const UpdateFollowUpRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFollowUpRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predicates"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateFollowUpRuleMutation, UpdateFollowUpRuleMutationVariables>;
export const FollowUpRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"predicates"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpRecommendationsQuery, FollowUpRecommendationsQueryVariables>;
export const FollowUpDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FollowUpDecisionsQuery, FollowUpDecisionsQueryVariables>;
export const ActOnRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActOnRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplinaryCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActOnRecommendationMutation, ActOnRecommendationMutationVariables>;
export const DismissRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpDecisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DismissRecommendationMutation, DismissRecommendationMutationVariables>;
export const AddCoachingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoachingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCoachingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCoachingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachingPlanAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachingPlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoachingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<AddCoachingSessionMutation, AddCoachingSessionMutationVariables>;
export const CloseCoachingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCoachingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCoachingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCoachingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachingPlanAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachingPlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoachingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<CloseCoachingPlanMutation, CloseCoachingPlanMutationVariables>;
export const TrainingComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"requiredJp"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliantCount"}},{"kind":"Field","name":{"kind":"Name","value":"belowCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliantShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageJp"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliantCount"}},{"kind":"Field","name":{"kind":"Name","value":"belowCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliantShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageJp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"below"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalJp"}},{"kind":"Field","name":{"kind":"Name","value":"remainingJp"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingComplianceQuery, TrainingComplianceQueryVariables>;
export const TrainingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalJp"}},{"kind":"Field","name":{"kind":"Name","value":"requiredJp"}},{"kind":"Field","name":{"kind":"Name","value":"remainingJp"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]}}]} as unknown as DocumentNode<TrainingHoursQuery, TrainingHoursQueryVariables>;
export const RecommendedTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedTrainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendedTrainingsQuery, RecommendedTrainingsQueryVariables>;
export const MyHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"reports"},"name":{"kind":"Name","value":"workReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"plans"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserId"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserSuperiorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetMax"}},{"kind":"Field","name":{"kind":"Name","value":"periodValue"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"objectionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"objectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalJp"}},{"kind":"Field","name":{"kind":"Name","value":"requiredJp"}},{"kind":"Field","name":{"kind":"Name","value":"remainingJp"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allowance"},"name":{"kind":"Name","value":"allowanceBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"sheetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentOf"}}]}}]}}]} as unknown as DocumentNode<MyHomeQuery, MyHomeQueryVariables>;
export const TeamHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"queue"},"name":{"kind":"Name","value":"workReportQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"plansWaiting"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"appraiserId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evaluated"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"APPROVED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserSuperiorId"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"objectionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamHomeQuery, TeamHomeQueryVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const StartPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartPlanningMutation, StartPlanningMutationVariables>;
export const StartMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartMonitoringMutation, StartMonitoringMutationVariables>;
export const StartEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartEvaluationMutation, StartEvaluationMutationVariables>;
export const ClosePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ClosePeriodMutation, ClosePeriodMutationVariables>;
export const ReopenPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReopenPeriodMutation, ReopenPeriodMutationVariables>;
export const GenerateSubPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSubPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateSubPeriodsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSubPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateSubPeriodsMutation, GenerateSubPeriodsMutationVariables>;
export const GeneratePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratePlansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAppraiser"}},{"kind":"Field","name":{"kind":"Name","value":"withoutTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}}]}}]}}]}}]} as unknown as DocumentNode<GeneratePlansMutation, GeneratePlansMutationVariables>;
export const SetPlanTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlanTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAfterStep"}},{"kind":"Field","name":{"kind":"Name","value":"mainWeight"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SetPlanTargetsMutation, SetPlanTargetsMutationVariables>;
export const SubmitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitPlanMutation, SubmitPlanMutationVariables>;
export const ApprovePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApprovePlanMutation, ApprovePlanMutationVariables>;
export const ReturnPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReturnPlanMutation, ReturnPlanMutationVariables>;
export const RecordRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRealizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRealizationMutation, RecordRealizationMutationVariables>;
export const DeleteRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRealizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteRealizationMutation, DeleteRealizationMutationVariables>;
export const CurrentActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentActor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<CurrentActorQuery, CurrentActorQueryVariables>;
export const PlanStatusCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanStatusCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"draft"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"returned"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"RETURNED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"approved"},"name":{"kind":"Name","value":"performancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"APPROVED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PlanStatusCountsQuery, PlanStatusCountsQueryVariables>;
export const PreviewScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"rawAchievement"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainWeight"}},{"kind":"Field","name":{"kind":"Name","value":"mainScore"}},{"kind":"Field","name":{"kind":"Name","value":"additionalScore"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resultRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<PreviewScoreQuery, PreviewScoreQueryVariables>;
export const ImportSiasnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSiasn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSiasnInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"units"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"units"},"name":{"kind":"Name","value":"importSiasnUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiasnImportReportFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"employees"},"name":{"kind":"Name","value":"importSiasnEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiasnImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiasnImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiasnImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSiasnMutation, ImportSiasnMutationVariables>;
export const SiasnImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiasnImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siasnImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SiasnImportProgressQuery, SiasnImportProgressQueryVariables>;
export const SiasnExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiasnExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiasnRecordKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiasnExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siasnExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SiasnExportQuery, SiasnExportQueryVariables>;
export const SiasnSyncStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiasnSyncStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siasnSyncStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pushedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"refusedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"lastPushAt"}}]}}]}}]} as unknown as DocumentNode<SiasnSyncStatusQuery, SiasnSyncStatusQueryVariables>;
export const EnrollInTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollInTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollInTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<EnrollInTrainingMutation, EnrollInTrainingMutationVariables>;
export const CancelEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CancelEnrollmentMutation, CancelEnrollmentMutationVariables>;
export const RecordTrainingResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"jpEarned"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingResultMutation, RecordTrainingResultMutationVariables>;
export const ChangeTrainingSessionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeTrainingSessionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTrainingSessionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTrainingSessionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeTrainingSessionStatusMutation, ChangeTrainingSessionStatusMutationVariables>;
export const ApproveWorkReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveWorkReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveWorkReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkReportAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveWorkReportMutation, ApproveWorkReportMutationVariables>;
export const ReturnWorkReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnWorkReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnWorkReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnWorkReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkReportAfterStep"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportAfterStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReturnWorkReportMutation, ReturnWorkReportMutationVariables>;
export const CommentOnWorkReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnWorkReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnWorkReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnWorkReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnWorkReportMutation, CommentOnWorkReportMutationVariables>;
export const WorkReportQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkReportQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workReportQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkReportQueueQuery, WorkReportQueueQueryVariables>;
export const GiveFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<GiveFeedbackMutation, GiveFeedbackMutationVariables>;
export const ServiceDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]} as unknown as DocumentNode<ServiceDirectoryQuery, ServiceDirectoryQueryVariables>;
export const SurveyFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<SurveyFormQuery, SurveyFormQueryVariables>;
export const SubmitSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SubmitComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<SubmitComplaintMutation, SubmitComplaintMutationVariables>;
export const ComplaintStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintStatusQuery, ComplaintStatusQueryVariables>;