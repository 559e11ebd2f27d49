import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AnalyticsScope } from './analytics-scope.js';
import { IkmCategory } from '../community/survey.types.js';
import { OrgAchievement } from '../results/distribution.js';
import { PredicateShare } from '../results/results.types.js';

/** Most periods one dashboard request may compare. */
export const MAX_PERIODS = 12;

@ArgsType()
export class AnalyticsArgs {
  @Field(() => [ID], { description: `The appraisal periods to cover (1-${MAX_PERIODS}), all of one agency.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PERIODS)
  periodIds!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'A unit and the units below it; default the actor’s scope (a supervisor’s own unit, the agency for the others).',
  })
  @IsOptional()
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the training compliance; default the year in which the latest period ends.' })
  @IsOptional()
  @Min(1950)
  @Max(2200)
  year?: number | null;
}

@ObjectType({ description: 'A period an analytics answer covers.' })
export class AnalyticsPeriod {
  @Field(() => ID, { description: 'The period.' }) id!: string;
  @Field({ description: 'Its name, e.g. Triwulan I 2026.' }) name!: string;
  @Field(() => GraphQLDate, { description: 'First day.' }) startDate!: string;
  @Field(() => GraphQLDate, { description: 'Last day.' }) endDate!: string;
}

/**
 * A row per unit: the units directly below the scope's unit, each with its
 * whole subtree, plus the scope's unit itself for the people placed in it.
 */
@ObjectType()
export abstract class UnitRow {
  @Field(() => ID, { description: 'The unit (with the units below it).' }) unitId!: string;
  @Field({ description: 'Its code.' }) unitCode!: string;
  @Field({ description: 'Its name.' }) unitName!: string;
  @Field(() => Int, { description: 'Employees this row covers: the n of the figure.' }) coveredEmployees!: number;
}

// ----- predicates -----

@ObjectType({ description: 'The predicates of one unit (and the units below it) against the pattern of its achievement.' })
export class UnitPredicateDistribution extends UnitRow {
  @Field(() => OrgAchievement, { nullable: true, description: 'The unit’s achievement in the period, when HR recorded one.' })
  achievement!: OrgAchievement | null;
  @Field({
    description:
      'True when the group is too small (fewer than 5) to be shown to the actor per predicate: `counts` and `deviations` are then empty. Only HR officers and administrators see small groups.',
  })
  suppressed!: boolean;
  @Field(() => [PredicateShare], { description: 'Per predicate; empty when suppressed.' }) counts!: PredicateShare[];
  @Field(() => [String], { description: 'How it deviates from the pattern of its achievement (empty when it fits or none applies).' })
  deviations!: string[];
  @Field({ description: 'True when it deviates.' }) deviates!: boolean;
}

@ObjectType({ description: 'The distribution of predicates (kurva distribusi) in one period.' })
export class PeriodPredicateDistribution {
  @Field(() => AnalyticsPeriod, { description: 'The period.' }) period!: AnalyticsPeriod;
  @Field(() => Int, { description: 'Employees with a settled (confirmed or later) evaluation.' }) coveredEmployees!: number;
  @Field({
    description:
      'True when the whole scope is suppressed as a small group, or the suppressed units add up to one (the total would tell them).',
  })
  suppressed!: boolean;
  @Field(() => [PredicateShare], { description: 'Per predicate over the whole scope; empty when suppressed.' }) counts!: PredicateShare[];
  @Field(() => [UnitPredicateDistribution], { description: 'Per unit with evaluated employees, by code.' })
  units!: UnitPredicateDistribution[];
  @Field(() => Int, { description: 'Units whose predicates break the pattern of their achievement.' }) deviatingUnits!: number;
}

// ----- achievement and scores -----

@ObjectType({ description: 'Average achievement (capaian) of one indicator over the settled evaluations.' })
export class IndicatorAchievement {
  @Field({ description: 'Indicator code.' }) code!: string;
  @Field({ description: 'Indicator name.' }) name!: string;
  @Field(() => Float, { description: 'Average achievement in percent (two decimals).' }) averageAchievement!: number;
  @Field(() => Int, { description: 'Employees whose evaluation scored it.' }) coveredEmployees!: number;
}

@ObjectType({ description: 'Average achievement per indicator over the settled evaluations of the periods.' })
export class IndicatorAchievementPanel {
  @Field(() => Int, { description: 'Employees with a settled evaluation scoring any indicator.' }) coveredEmployees!: number;
  @Field(() => [IndicatorAchievement], {
    description: 'Per indicator, by code; below HR officers, indicators scored for fewer than 5 employees are left out.',
  })
  indicators!: IndicatorAchievement[];
}

@ObjectType({ description: 'A unit’s average weighted result score and its rank.' })
export class UnitScore extends UnitRow {
  @Field(() => Int, { description: 'Rank by average score, 1 the highest (equal averages share a rank).' }) rank!: number;
  @Field(() => Float, { description: 'Average weighted result score (two decimals).' }) averageScore!: number;
  @Field(() => Int, { description: 'Settled evaluations counted.' }) evaluations!: number;
}

@ObjectType({ description: 'Units ranked by the average weighted result score of their settled evaluations.' })
export class UnitRankingPanel {
  @Field(() => Int, { description: 'Employees with a scored evaluation.' }) coveredEmployees!: number;
  @Field(() => Float, { nullable: true, description: 'Average score over the whole scope (two decimals); null without evaluations.' })
  averageScore!: number | null;
  @Field(() => [UnitScore], { description: 'Best first; below HR officers, units of fewer than 5 employees are left out.' })
  units!: UnitScore[];
}

@ObjectType({ description: 'The results of one period, for a trend across periods.' })
export class TrendPoint {
  @Field(() => AnalyticsPeriod, { description: 'The period.' }) period!: AnalyticsPeriod;
  @Field(() => Int, { description: 'Employees with a settled evaluation.' }) coveredEmployees!: number;
  @Field(() => Float, { nullable: true, description: 'Average weighted result score (two decimals); null without evaluations.' })
  averageScore!: number | null;
  @Field(() => Int, { description: 'Employees rated BAIK or SANGAT_BAIK.' }) baikOrBetter!: number;
  @Field(() => Float, { description: 'Their share, 0-1 (four decimals).' }) baikOrBetterShare!: number;
}

// ----- cycle progress -----

@ObjectType({ description: 'Where the plans and evaluations of a unit stand.' })
export class UnitCycleProgress extends UnitRow {
  @Field(() => Int, { description: 'Active employees without a plan in the period.' }) withoutPlan!: number;
  @Field(() => Int, { description: 'Plans not yet approved (draft, submitted or returned).' }) plansInProgress!: number;
  @Field(() => Int, { description: 'Plans approved.' }) plansApproved!: number;
  @Field(() => Int, { description: 'Approved plans whose evaluation is not yet confirmed.' }) evaluationsPending!: number;
  @Field(() => Int, { description: 'Evaluations confirmed (or later).' }) evaluated!: number;
}

@ObjectType({ description: 'Progress of the cycle in one period: plans and evaluations not yet done.' })
export class PeriodCycleProgress {
  @Field(() => AnalyticsPeriod, { description: 'The period.' }) period!: AnalyticsPeriod;
  @Field(() => Int, { description: 'Employees with a plan, plus active employees without one.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Active employees without a plan.' }) withoutPlan!: number;
  @Field(() => Int, { description: 'Plans not yet approved.' }) plansInProgress!: number;
  @Field(() => Int, { description: 'Plans approved.' }) plansApproved!: number;
  @Field(() => Int, { description: 'Approved plans whose evaluation is not yet confirmed.' }) evaluationsPending!: number;
  @Field(() => Int, { description: 'Evaluations confirmed (or later).' }) evaluated!: number;
  @Field(() => [UnitCycleProgress], { description: 'Per unit, by code.' }) units!: UnitCycleProgress[];
}

// ----- training -----

@ObjectType({ description: 'Competence development of a unit’s active PNS in the year.' })
export class UnitTrainingFigures extends UnitRow {
  @Field(() => Int, { description: 'Employees with at least 20 JP.' }) compliant!: number;
  @Field(() => Float, { description: 'Their share, 0-1 (four decimals).' }) compliantShare!: number;
  @Field(() => Float, { description: 'Average JP per employee (two decimals).' }) averageJp!: number;
}

@ObjectType({ description: 'Training compliance: the share of active PNS with at least 20 JP in the year (PP 11/2017).' })
export class TrainingCompliancePanel {
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => Int, { description: 'The yearly minimum in JP.' }) requiredJp!: number;
  @Field(() => Int, { description: 'Active PNS counted.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Of whom at or above the minimum.' }) compliant!: number;
  @Field(() => Float, { description: 'Their share, 0-1 (four decimals).' }) compliantShare!: number;
  @Field(() => Float, { description: 'Average JP per employee (two decimals).' }) averageJp!: number;
  @Field(() => [UnitTrainingFigures], { description: 'Per unit, by code.' }) units!: UnitTrainingFigures[];
}

// ----- community -----

@ObjectType({ description: 'The IKM of one unit’s surveys about one service (or about none).' })
export class ServiceIkm extends UnitRow {
  @Field(() => ID, { nullable: true, description: 'The public service; null for surveys about the unit as a whole.' })
  serviceId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its name.' }) serviceName!: string | null;
  @Field(() => Int, { description: 'Respondents.' }) respondents!: number;
  @Field(() => Float, { nullable: true, description: 'IKM (25-100), two decimals.' }) ikm!: number | null;
  @Field(() => IkmCategory, { nullable: true, description: 'Quality category, from the unrounded value.' }) category!: IkmCategory | null;
}

@ObjectType({ description: 'Community satisfaction (IKM, PermenPANRB 14/2017) from the responses submitted in the periods.' })
export class IkmPanel {
  @Field(() => Int, { description: 'Active employees of the units surveyed.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Respondents over the whole scope.' }) respondents!: number;
  @Field(() => Float, { nullable: true, description: 'IKM of all the responses together (two decimals); null without any.' })
  ikm!: number | null;
  @Field(() => IkmCategory, { nullable: true, description: 'Its quality category.' }) category!: IkmCategory | null;
  @Field(() => [ServiceIkm], { description: 'Per unit and service, by unit code.' }) services!: ServiceIkm[];
}

@ObjectType({ description: 'Complaints handled by one unit (and the units below it).' })
export class UnitComplaints extends UnitRow {
  @Field(() => Int, { description: 'Complaints received in the periods.' }) received!: number;
  @Field(() => Int, { description: 'Still open.' }) open!: number;
  @Field(() => Int, { description: 'Open and past their deadline today.' }) overdue!: number;
  @Field(() => Int, { description: 'Resolved.' }) resolved!: number;
  @Field(() => Float, { nullable: true, description: 'Mean days from receipt to resolution (two decimals).' })
  meanResolutionDays!: number | null;
}

@ObjectType({ description: 'Complaints received in the periods, per unit responsible (the assigned unit, else the unit named).' })
export class ComplaintPanel {
  @Field(() => Int, { description: 'Active employees of the units in scope.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Complaints received.' }) received!: number;
  @Field(() => Int, { description: 'Still open.' }) open!: number;
  @Field(() => Int, { description: 'Open and past their deadline today.' }) overdue!: number;
  @Field(() => Int, { description: 'Resolved.' }) resolved!: number;
  @Field(() => Float, { nullable: true, description: 'Mean days from receipt to resolution (two decimals).' })
  meanResolutionDays!: number | null;
  @Field(() => [UnitComplaints], { description: 'Per unit, by code.' }) units!: UnitComplaints[];
}

// ----- discipline and rewards -----

@ObjectType({ description: 'Sanctions in force and rewards granted in one unit (and the units below it).' })
export class UnitDiscipline extends UnitRow {
  @Field(() => Int, { description: 'Sanctions in force on the reference day.' }) activeSanctions!: number;
  @Field(() => Int, { description: 'Rewards granted in the periods.' }) rewards!: number;
}

@ObjectType({ description: 'Sanctions in force (on the last day of the periods, or today if earlier) and rewards granted in the periods.' })
export class DisciplinePanel {
  @Field(() => GraphQLDate, { description: 'The day the sanctions are counted on.' }) day!: string;
  @Field(() => Int, { description: 'Active employees of the units in scope.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Sanctions in force.' }) activeSanctions!: number;
  @Field(() => Int, { description: 'Of which light (ringan).' }) ringan!: number;
  @Field(() => Int, { description: 'Of which moderate (sedang).' }) sedang!: number;
  @Field(() => Int, { description: 'Of which severe (berat).' }) berat!: number;
  @Field(() => Int, { description: 'Rewards granted.' }) rewards!: number;
  @Field(() => [UnitDiscipline], { description: 'Per unit, by code.' }) units!: UnitDiscipline[];
}

// ----- work reports -----

@ObjectType({ description: 'Daily work report activity of one unit (and the units below it).' })
export class UnitWorkReports extends UnitRow {
  @Field(() => Int, { description: 'Reports dated in the periods.' }) reports!: number;
  @Field(() => Int, { description: 'Of which approved.' }) approved!: number;
  @Field(() => Float, { description: 'Reports per employee per week (two decimals).' }) reportsPerEmployeeWeek!: number;
  @Field(() => Float, { nullable: true, description: 'Mean hours from submission to approval (two decimals).' })
  meanApprovalHours!: number | null;
}

@ObjectType({
  description: 'Daily work reports dated in the periods, up to today: how often employees report, how fast supervisors approve.',
})
export class WorkReportPanel {
  @Field(() => Float, { description: 'Weeks counted: days from the first day of the periods to the last (or today) / 7.' })
  weeks!: number;
  @Field(() => Int, { description: 'Active employees of the units in scope.' }) coveredEmployees!: number;
  @Field(() => Int, { description: 'Reports.' }) reports!: number;
  @Field(() => Int, { description: 'Of which approved.' }) approved!: number;
  @Field(() => Float, { description: 'Reports per employee per week (two decimals).' }) reportsPerEmployeeWeek!: number;
  @Field(() => Float, { nullable: true, description: 'Mean hours from submission to approval (two decimals).' })
  meanApprovalHours!: number | null;
  @Field(() => [UnitWorkReports], { description: 'Per unit, by code.' }) units!: UnitWorkReports[];
}

// ----- the dashboard -----

@ObjectType({
  description:
    'Dashboard figures for a unit subtree (or an agency) and some periods, within the actor’s access. Each panel is one aggregate query and says how many employees it covers.',
})
export class Analytics {
  @Field(() => ID, { nullable: true, description: 'The unit covered (with the units below it); null for the whole agency.' })
  unitId!: string | null;
  @Field(() => String, { description: 'Name of the unit covered, or of the agency.' }) scopeName!: string;
  @Field(() => [AnalyticsPeriod], { description: 'The periods, oldest first.' }) periods!: AnalyticsPeriod[];
  @Field(() => GraphQLDate, { description: 'First day of the earliest period: where date-based panels start.' }) from!: string;
  @Field(() => GraphQLDate, { description: 'Last day of the latest period: where date-based panels end.' }) to!: string;
  @Field(() => Int, { description: 'Year of the training compliance.' }) year!: number;
  /** What the panels aggregate over; not part of the schema. */
  scope!: AnalyticsScope;
}
