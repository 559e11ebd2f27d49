import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { toGlobalId } from '../../graphql/ids.js';
import { AnalyticsService } from './analytics.service.js';
import {
  Analytics,
  AnalyticsArgs,
  ComplaintPanel,
  DisciplinePanel,
  IkmPanel,
  IndicatorAchievementPanel,
  PeriodCycleProgress,
  PeriodPredicateDistribution,
  TrainingCompliancePanel,
  TrendPoint,
  UnitRankingPanel,
  WorkReportPanel,
} from './analytics.types.js';

/** The scope is resolved once per request; each panel asked for runs its own aggregate. */
@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Allow('analytics.read')
  @Query(() => Analytics, {
    description:
      'Dashboard figures for a unit subtree (default the actor’s scope: a supervisor’s own unit, the agency for HR, evaluators and administrators) and one or more periods. Employees get FORBIDDEN.',
  })
  async analytics(@Args() args: AnalyticsArgs, @Ctx() ctx: Context): Promise<Analytics> {
    const scope = await new AnalyticsService(ctx).scope(args);
    return {
      unitId: scope.unit && toGlobalId('OrgUnit', scope.unit.id),
      scopeName: scope.scopeName,
      periods: scope.periods.map((p) => ({ ...p, id: toGlobalId('AppraisalPeriod', p.id) })),
      from: scope.from,
      to: scope.to,
      year: scope.year,
      scope,
    };
  }

  @FieldResolver(() => [PeriodPredicateDistribution], {
    description: 'Predicate distribution per period: counts and shares, per unit against the pattern of its achievement.',
  })
  predicateDistribution(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).predicateDistribution(root.scope);
  }

  @FieldResolver(() => IndicatorAchievementPanel, { description: 'Average achievement per indicator over the settled evaluations.' })
  indicatorAchievement(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).indicatorAchievement(root.scope);
  }

  @FieldResolver(() => UnitRankingPanel, { description: 'Units ranked by average weighted result score.' })
  unitRanking(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).unitRanking(root.scope);
  }

  @FieldResolver(() => [TrendPoint], { description: 'Results per period, oldest first.' })
  trend(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).trend(root.scope);
  }

  @FieldResolver(() => [PeriodCycleProgress], { description: 'Plans and evaluations not yet done, per period and unit.' })
  cycleProgress(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).cycleProgress(root.scope);
  }

  @FieldResolver(() => TrainingCompliancePanel, { description: 'Share of active PNS with at least 20 JP in the year, per unit.' })
  trainingCompliance(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).trainingCompliance(root.scope);
  }

  @FieldResolver(() => IkmPanel, { description: 'Community satisfaction index per unit and service.' })
  ikm(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).ikm(root.scope);
  }

  @FieldResolver(() => ComplaintPanel, { description: 'Complaints per unit: received, open, overdue, mean resolution time.' })
  complaints(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).complaints(root.scope);
  }

  @FieldResolver(() => DisciplinePanel, {
    nullable: true,
    description: 'Sanctions in force and rewards granted, per unit; null for evaluators, who may not read disciplinary records.',
  })
  discipline(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).discipline(root.scope);
  }

  @FieldResolver(() => WorkReportPanel, { description: 'Daily work reports per employee per week and approval latency, per unit.' })
  workReports(@Root() root: Analytics, @Ctx() ctx: Context) {
    return new AnalyticsService(ctx).workReports(root.scope);
  }
}
