import 'reflect-metadata';
import type { FilterQuery } from '@mikro-orm/core';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, buildSchema, Ctx, ID, Query, Resolver, type NonEmptyArray } from 'type-graphql';
import type { Context } from './context.js';
import { may } from './access/actor.js';
import { ErrorCode, DomainError } from './errors.js';
import { Allow, authChecker, requireActorByDefault } from './graphql/auth.js';
import { guardSensitiveFields, type TeamLookup } from './access/sensitive.js';
import { ErrorReasonResolver } from './graphql/error-reasons.resolver.js';
import { fromGlobalId, parseGlobalId } from './graphql/ids.js';
import { Node } from './graphql/node.js';
import { validateArgument } from './graphql/validate.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { AssignmentResolver, EmployeeResolver } from './modules/employees/employee.resolver.js';
import { Employee } from './modules/employees/employee.entity.js';
import { EmployeeService } from './modules/employees/employee.service.js';
import { UserResolver } from './modules/auth/user.resolver.js';
import { UserService } from './modules/auth/user.service.js';
import { User } from './modules/auth/user.entity.js';
import { AgencyResolver } from './modules/organization/agency.resolver.js';
import { AgencyService } from './modules/organization/agency.service.js';
import { OrgUnitResolver } from './modules/organization/org-unit.resolver.js';
import { OrgUnitService } from './modules/organization/org-unit.service.js';
import { PositionResolver } from './modules/organization/position.resolver.js';
import { PositionService } from './modules/organization/position.service.js';
import { BehaviourValueResolver } from './modules/indicators/behaviour-value.resolver.js';
import { BehaviourValueService } from './modules/indicators/behaviour-value.service.js';
import { CriteriaTemplateResolver, TemplateItemResolver } from './modules/indicators/criteria-template.resolver.js';
import { CriteriaTemplateService } from './modules/indicators/criteria-template.service.js';
import { IndicatorResolver } from './modules/indicators/indicator.resolver.js';
import { IndicatorService } from './modules/indicators/indicator.service.js';
import { ScoringSchemeResolver } from './modules/indicators/scoring-scheme.resolver.js';
import { ScoringSchemeService } from './modules/indicators/scoring-scheme.service.js';
import { AppraisalPeriodResolver } from './modules/periods/appraisal-period.resolver.js';
import { AppraisalPeriodService } from './modules/periods/appraisal-period.service.js';
import { PerformancePlanResolver, PlanTargetResolver } from './modules/appraisals/performance-plan.resolver.js';
import { PerformancePlanService } from './modules/appraisals/performance-plan.service.js';
import { PlanFeedbackOfPlanResolver, PlanFeedbackResolver } from './modules/appraisals/plan-feedback.resolver.js';
import { PlanTargetProgressResolver, RealizationResolver } from './modules/appraisals/realization.resolver.js';
import { EmployeeEvaluationResolver, EvaluationResolver, PlanEvaluationResolver } from './modules/appraisals/evaluation.resolver.js';
import { EvaluationService } from './modules/appraisals/evaluation.service.js';
import { ResultsResolver } from './modules/results/results.resolver.js';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver.js';
import { WorkReportCommentResolver, WorkReportResolver } from './modules/work-reports/work-report.resolver.js';
import { WorkReportService } from './modules/work-reports/work-report.service.js';
import { EnrollmentResolver, TrainingProgramResolver, TrainingSessionResolver } from './modules/training/training.resolver.js';
import { TrainingService } from './modules/training/training.service.js';
import {
  CoachingPlanResolver,
  DisciplinaryCaseResolver,
  EmployeeDisciplineResolver,
  RewardResolver,
} from './modules/discipline/discipline.resolver.js';
import { DisciplineService } from './modules/discipline/discipline.service.js';
import { RewardService } from './modules/discipline/reward.service.js';
import { CoachingService } from './modules/discipline/coaching.service.js';
import { FollowUpDecisionResolver, FollowUpResolver } from './modules/discipline/follow-up.resolver.js';
import { AllowanceSchemeResolver, AllowanceSheetResolver, AllowanceSheetRowResolver } from './modules/allowance/allowance.resolver.js';
import { AllowanceService } from './modules/allowance/allowance.service.js';
import { HolidayResolver, WorkCalendarResolver } from './modules/attendance/calendar.resolver.js';
import { CalendarService } from './modules/attendance/calendar.service.js';
import { CeremonyAttendanceResolver, CeremonyResolver } from './modules/attendance/ceremony.resolver.js';
import { CeremonyService } from './modules/attendance/ceremony.service.js';
import {
  AttendanceCorrectionResolver,
  AttendanceDeviceUserResolver,
  AttendanceRecordResolver,
} from './modules/attendance/attendance.resolver.js';
import { AttendanceService } from './modules/attendance/attendance.service.js';
import { AbsenceDisciplineResolver } from './modules/attendance/absence-discipline.resolver.js';
import { schemaPubSub } from './events/pg-pubsub.js';
import { CommunitySettingsResolver } from './modules/community/community-settings.resolver.js';
import { ComplaintResolver } from './modules/community/complaint.resolver.js';
import { ComplaintService } from './modules/community/complaint.service.js';
import { PublicServiceResolver } from './modules/community/public-service.resolver.js';
import { PublicServiceService } from './modules/community/public-service.service.js';
import { SurveyResolver, SurveyResponseResolver } from './modules/community/survey.resolver.js';
import { SurveyService } from './modules/community/survey.service.js';
import { SiasnResolver } from './modules/siasn/siasn.resolver.js';

/** How `node(id:)` fetches each type, with the same access rules as its own query. */
const nodeFetchers: Record<string, (ctx: Context, id: string) => Promise<Node | null>> = {
  Agency: (ctx, id) => new AgencyService(ctx).get(id),
  OrgUnit: (ctx, id) => new OrgUnitService(ctx).get(id),
  Position: (ctx, id) => new PositionService(ctx).get(id),
  Employee: (ctx, id) => new EmployeeService(ctx).get(id),
  Indicator: (ctx, id) => new IndicatorService(ctx).get(id),
  BehaviourValue: (ctx, id) => new BehaviourValueService(ctx).get(id),
  CriteriaTemplate: (ctx, id) => new CriteriaTemplateService(ctx).get(id),
  ScoringScheme: (ctx, id) => new ScoringSchemeService(ctx).get(id),
  AppraisalPeriod: (ctx, id) => new AppraisalPeriodService(ctx).get(id),
  PerformancePlan: (ctx, id) => new PerformancePlanService(ctx).get(id),
  Evaluation: (ctx, id) => new EvaluationService(ctx).get(id),
  WorkReport: (ctx, id) => new WorkReportService(ctx).get(id),
  PublicService: (ctx, id) => new PublicServiceService(ctx).get(id),
  Survey: (ctx, id) => new SurveyService(ctx).get(id),
  Complaint: (ctx, id) => new ComplaintService(ctx).get(id),
  TrainingProgram: (ctx, id) => new TrainingService(ctx).getProgram(id),
  TrainingSession: (ctx, id) => new TrainingService(ctx).getSession(id),
  Enrollment: (ctx, id) => new TrainingService(ctx).getEnrollment(id),
  DisciplinaryCase: (ctx, id) => new DisciplineService(ctx).get(id),
  Reward: (ctx, id) => new RewardService(ctx).get(id),
  RewardType: (ctx, id) => new RewardService(ctx).getType(id),
  SanctionType: (ctx, id) => new DisciplineService(ctx).getSanctionType(id),
  CoachingPlan: (ctx, id) => new CoachingService(ctx).get(id),
  WorkCalendar: (ctx, id) => new CalendarService(ctx).get(id),
  Holiday: (ctx, id) => new CalendarService(ctx).getHoliday(id),
  AttendanceRecord: (ctx, id) => new AttendanceService(ctx).get(id),
  AttendanceCorrection: (ctx, id) => new AttendanceService(ctx).getCorrection(id),
  AllowanceScheme: (ctx, id) => new AllowanceService(ctx).getScheme(id),
  AllowanceSheet: (ctx, id) => new AllowanceService(ctx).getSheet(id),
  Ceremony: (ctx, id) => new CeremonyService(ctx).get(id),
  CeremonyAttendance: (ctx, id) => new CeremonyService(ctx).getAttendance(id),
  AuditEntry: (ctx, id) => (may(ctx.actor!, 'audit.read') ? new AuditService(ctx).get(id) : Promise.resolve(null)),
  // Anyone sees their own account; administrators the accounts they manage.
  User: async (ctx, id) =>
    fromGlobalId(id, 'User', 'id') === ctx.actor!.userId
      ? ctx.em.findOneOrFail(User, { id: ctx.actor!.userId })
      : may(ctx.actor!, 'users.manage')
        ? new UserService(ctx).get(id)
        : null,
};

@Resolver()
class NodeResolver {
  @Allow('node.read')
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global ID; null when it does not exist or is outside the actor's access.",
  })
  async node(@Arg('id', () => ID, { description: 'Global ID.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const parsed = parseGlobalId(id);
    const fetch = parsed && nodeFetchers[parsed.type];
    if (!parsed || !fetch) return null;
    try {
      return await fetch(ctx, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }
}

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuthResolver,
  UserResolver,
  AgencyResolver,
  OrgUnitResolver,
  PositionResolver,
  EmployeeResolver,
  AssignmentResolver,
  IndicatorResolver,
  BehaviourValueResolver,
  CriteriaTemplateResolver,
  TemplateItemResolver,
  ScoringSchemeResolver,
  AppraisalPeriodResolver,
  PerformancePlanResolver,
  PlanTargetResolver,
  RealizationResolver,
  PlanTargetProgressResolver,
  EvaluationResolver,
  PlanEvaluationResolver,
  EmployeeEvaluationResolver,
  ResultsResolver,
  AnalyticsResolver,
  PlanFeedbackResolver,
  PlanFeedbackOfPlanResolver,
  WorkReportResolver,
  WorkReportCommentResolver,
  PublicServiceResolver,
  SurveyResolver,
  SurveyResponseResolver,
  ComplaintResolver,
  CommunitySettingsResolver,
  TrainingProgramResolver,
  TrainingSessionResolver,
  EnrollmentResolver,
  DisciplinaryCaseResolver,
  EmployeeDisciplineResolver,
  RewardResolver,
  CoachingPlanResolver,
  FollowUpResolver,
  FollowUpDecisionResolver,
  SiasnResolver,
  WorkCalendarResolver,
  HolidayResolver,
  AttendanceRecordResolver,
  AttendanceCorrectionResolver,
  AttendanceDeviceUserResolver,
  AbsenceDisciplineResolver,
  AllowanceSchemeResolver,
  AllowanceSheetResolver,
  AllowanceSheetRowResolver,
  CeremonyResolver,
  CeremonyAttendanceResolver,
  AuditResolver,
  ErrorReasonResolver,
];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    pubSub: schemaPubSub,
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description = 'Reads: every list is a connection, every record reachable by ID.';
  schema.getMutationType()!.description = 'Writes: one `input` argument each, validated, audited and all-or-nothing.';
  schema.getSubscriptionType()!.description =
    'Live updates over WebSocket (graphql-ws) on /graphql, authenticated by `connectionParams: { authorization: "Bearer <token>" }`.';
  return guardSensitiveFields(requireActorByDefault(schema), withinPersonalScope);
}

/** The employees among `ids` the actor reaches as a person (themself and below): one statement per batch. */
const withinPersonalScope: TeamLookup = async (ctx, ids) => {
  const scope = await new EmployeeService(ctx).personalScope();
  const rows = await ctx.em.find(Employee, { $and: [{ id: { $in: [...ids] } }, scope] } as FilterQuery<Employee>);
  return new Set(rows.map((row) => row.id));
};

/** The published SDL: sorted so that it only changes when the API does. */
export function printPublishedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
