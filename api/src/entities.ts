import { BaseEntity } from './graphql/node.js';
import { AuditEntry } from './modules/audit/audit-entry.entity.js';
import { Assignment } from './modules/employees/assignment.entity.js';
import { Employee } from './modules/employees/employee.entity.js';
import { DemoAccount } from './modules/auth/demo-account.entity.js';
import { LoginFailure } from './modules/auth/login-failure.entity.js';
import { User } from './modules/auth/user.entity.js';
import { Agency } from './modules/organization/agency.entity.js';
import { OrgUnit } from './modules/organization/org-unit.entity.js';
import { Position } from './modules/organization/position.entity.js';
import { BehaviourValue } from './modules/indicators/behaviour-value.entity.js';
import { CriteriaTemplate, TemplateItem } from './modules/indicators/criteria-template.entity.js';
import { Indicator } from './modules/indicators/indicator.entity.js';
import { ScoringScheme } from './modules/indicators/scoring-scheme.entity.js';
import { AppraisalPeriod, PeriodTransition } from './modules/periods/appraisal-period.entity.js';
import { PerformancePlan, PlanTarget } from './modules/appraisals/performance-plan.entity.js';
import { PlanFeedback } from './modules/appraisals/plan-feedback.entity.js';
import { Realization } from './modules/appraisals/realization.entity.js';
import { Evaluation } from './modules/appraisals/evaluation.entity.js';
import { DistributionPattern, PublishedResult, UnitAchievement } from './modules/results/results.entity.js';
import { WorkReport, WorkReportComment } from './modules/work-reports/work-report.entity.js';
import { CommunitySettings, PublicRateLimit } from './modules/community/community-settings.entity.js';
import { Complaint, ComplaintResponse } from './modules/community/complaint.entity.js';
import { PublicService } from './modules/community/public-service.entity.js';
import { Survey, SurveyResponse, SurveyTokenUse } from './modules/community/survey.entity.js';
import { Enrollment, TrainingProgram, TrainingSession } from './modules/training/training.entity.js';
import { DisciplinaryCase, DisciplineAuthority, SanctionType } from './modules/discipline/discipline.entity.js';
import { Reward, RewardType } from './modules/discipline/reward.entity.js';
import { CoachingPlan } from './modules/discipline/coaching.entity.js';
import { FollowUpDecision, FollowUpRule } from './modules/discipline/follow-up.entity.js';
import { EvaluationUnitSummary, IndicatorAchievementSummary } from './modules/analytics/evaluation-summary.entity.js';
import { SiasnImportProgressRow } from './modules/siasn/siasn-import-progress.entity.js';
import { SiasnRecord } from './modules/siasn/siasn-record.entity.js';
import { Holiday, WorkCalendar } from './modules/attendance/calendar.entity.js';
import { AbsenceDisciplineDecision } from './modules/attendance/absence-discipline.entity.js';
import { AttendanceCorrection, AttendanceDeviceUser, AttendanceRecord } from './modules/attendance/attendance.entity.js';
import { AllowanceRow, AllowanceScheme, AllowanceSheet } from './modules/allowance/allowance.entity.js';
import { Ceremony, CeremonyAttendance } from './modules/attendance/ceremony.entity.js';

/** Every MikroORM entity; a new module adds its entities here. */
export const entities = [
  BaseEntity,
  Agency,
  OrgUnit,
  Position,
  Employee,
  Assignment,
  User,
  LoginFailure,
  DemoAccount,
  AuditEntry,
  Indicator,
  BehaviourValue,
  CriteriaTemplate,
  TemplateItem,
  ScoringScheme,
  AppraisalPeriod,
  PeriodTransition,
  PerformancePlan,
  PlanTarget,
  Realization,
  Evaluation,
  DistributionPattern,
  UnitAchievement,
  PublishedResult,
  PlanFeedback,
  WorkReport,
  WorkReportComment,
  CommunitySettings,
  PublicRateLimit,
  PublicService,
  Survey,
  SurveyResponse,
  SurveyTokenUse,
  Complaint,
  ComplaintResponse,
  TrainingProgram,
  TrainingSession,
  Enrollment,
  SanctionType,
  DisciplineAuthority,
  DisciplinaryCase,
  RewardType,
  Reward,
  CoachingPlan,
  FollowUpRule,
  FollowUpDecision,
  SiasnRecord,
  SiasnImportProgressRow,
  WorkCalendar,
  Holiday,
  AttendanceRecord,
  AttendanceCorrection,
  AttendanceDeviceUser,
  AbsenceDisciplineDecision,
  AllowanceScheme,
  AllowanceSheet,
  AllowanceRow,
  Ceremony,
  CeremonyAttendance,
  EvaluationUnitSummary,
  IndicatorAchievementSummary,
];
