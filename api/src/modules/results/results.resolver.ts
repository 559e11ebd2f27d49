import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public, Allow } from '../../graphql/auth.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { UnitAchievement, PublishedUnitResult } from './results.entity.js';
import { ResultsService } from './results.service.js';
import {
  EffectiveDistributionPattern,
  PredicateDistribution,
  PublishResultsInput,
  PublishResultsPayload,
  SetDistributionPatternInput,
  SetUnitAchievementInput,
  UnitAchievementPayload,
} from './results.types.js';

@Resolver(() => UnitAchievement)
export class ResultsResolver {
  @Allow('analytics.read')
  @Query(() => PredicateDistribution, {
    description:
      'The distribution curve of a period: predicates counted for the agency or a unit subtree, each unit against its pattern. Follows the dashboards’ rule: HR officers, evaluators and administrators any unit of the agency, supervisors their own unit and the units below it (NOT_FOUND outside), employees FORBIDDEN; below HR, groups of fewer than 5 are suppressed.',
  })
  predicateDistribution(
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'A unit and the units below it; default the whole agency (a supervisor’s own unit for a supervisor).',
    })
    unitId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new ResultsService(ctx).distribution(periodId, unitId);
  }

  @Allow('results.read')
  @Query(() => [EffectiveDistributionPattern], {
    description: 'The distribution pattern of each achievement level that applies to an agency.',
  })
  distributionPatterns(
    @Arg('agencyId', () => ID, { nullable: true, description: 'The agency; default the actor’s own.' }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new ResultsService(ctx).patternsFor(agencyId);
  }

  @Allow('results.manage')
  @Mutation(() => EffectiveDistributionPattern, {
    description: 'Sets an agency’s own pattern for an achievement level (empty: back to the national one).',
  })
  setDistributionPattern(@Arg('input', { description: 'Level and bounds.' }) input: SetDistributionPatternInput, @Ctx() ctx: Context) {
    return new ResultsService(ctx).setPattern(input);
  }

  @Allow('results.manage')
  @Mutation(() => UnitAchievementPayload, { description: 'Records the achievement of a unit in a period (HR).' })
  async setUnitAchievement(
    @Arg('input', { description: 'Unit, period and achievement.' }) input: SetUnitAchievementInput,
    @Ctx() ctx: Context,
  ) {
    return { unitAchievement: await new ResultsService(ctx).setUnitAchievement(input) };
  }

  @Allow('results.manage')
  @Mutation(() => PublishResultsPayload, {
    description: 'Publishes a CLOSED period’s results per unit as a snapshot (replacing an earlier one); small units are suppressed.',
  })
  publishResults(
    @Arg('input', { description: 'The period and whether to name employees.' }) input: PublishResultsInput,
    @Ctx() ctx: Context,
  ) {
    return new ResultsService(ctx).publish(input);
  }

  @Public()
  @Query(() => [PublishedUnitResult], {
    description: 'Public, no login: the results an agency has published, per unit, newest period first.',
  })
  publishedResults(
    @Arg('agencyCode', { description: 'The agency’s code, e.g. PEMKOT-PALANGKARAYA.' }) agencyCode: string,
    @Arg('periodId', () => ID, { nullable: true, description: 'One period only.' }) periodId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new ResultsService(ctx).published(agencyCode.slice(0, 100), periodId);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit.' })
  unit(@Root() achievement: UnitAchievement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(achievement.unit.id);
  }

  @FieldResolver(() => AppraisalPeriod, { description: 'The period.' })
  period(@Root() achievement: UnitAchievement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AppraisalPeriod).load(achievement.period.id);
  }
}
