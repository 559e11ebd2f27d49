import { GraphQLDate } from 'graphql-scalars';
import { Sensitive } from '../../access/sensitive.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { Predicate, Rating } from '../indicators/indicator.enums.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { ScorePreview } from '../indicators/scoring-scheme.types.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { Evaluation } from './evaluation.entity.js';
import { EvaluationService, objectionDeadline } from './evaluation.service.js';
import {
  ConfirmEvaluationsInput,
  ConfirmEvaluationsPayload,
  DecideObjectionInput,
  EvaluationPayload,
  EvaluationStepInput,
  ObjectToEvaluationInput,
  ReviewEvaluationInput,
  SaveEvaluationInput,
} from './evaluation.types.js';
import { PerformancePlan } from './performance-plan.entity.js';

const evaluationOf = (ctx: Context) => ctx.loaders.byForeignKey(Evaluation, 'plan');

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Allow('evaluations.read')
  @Query(() => Evaluation, { description: 'One evaluation (readable with its plan).' })
  evaluation(@Arg('id', () => ID, { description: 'Evaluation ID.' }) id: string, @Ctx() ctx: Context) {
    return new EvaluationService(ctx).get(id);
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, {
    description: "Saves the appraiser's ratings of an approved plan as a draft (period in EVALUATION): creates it, or changes the draft.",
  })
  async saveEvaluation(@Arg('input', { description: 'Plan, ratings and note.' }) input: SaveEvaluationInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).save(input) };
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, {
    description:
      'DRAFT -> CONFIRMED by the appraiser: computes achievements, score, ratings and predicate with the period’s scheme and stores the breakdown. CONFLICT with `blockers` when incomplete.',
  })
  async confirmEvaluation(@Arg('input', { description: 'The evaluation.' }) input: EvaluationStepInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).confirm(input) };
  }

  @Allow('evaluations.write')
  @Mutation(() => ConfirmEvaluationsPayload, {
    description: 'Confirms every complete draft of a period (or unit subtree) that the actor appraises (HR: the whole agency).',
  })
  confirmEvaluations(@Arg('input', { description: 'Period and unit.' }) input: ConfirmEvaluationsInput, @Ctx() ctx: Context) {
    return new EvaluationService(ctx).confirmAll(input);
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, { description: "The appraiser's superior's review note on a confirmed evaluation." })
  async reviewEvaluation(@Arg('input', { description: 'The evaluation and the note.' }) input: ReviewEvaluationInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).review(input) };
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, { description: 'CONFIRMED -> ACKNOWLEDGED, by the evaluated employee.' })
  async acknowledgeEvaluation(@Arg('input', { description: 'The evaluation.' }) input: EvaluationStepInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).acknowledge(input) };
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, {
    description: 'CONFIRMED -> OBJECTED: the employee’s objection (keberatan), within 14 days of the confirmation.',
  })
  async objectToEvaluation(@Arg('input', { description: 'The evaluation and why.' }) input: ObjectToEvaluationInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).object(input) };
  }

  @Allow('evaluations.write')
  @Mutation(() => EvaluationPayload, {
    description:
      "OBJECTED -> DECIDED by the appraiser's superior: upheld with the predicate that replaces the computed one, or rejected. Final.",
  })
  async decideObjection(@Arg('input', { description: 'The decision.' }) input: DecideObjectionInput, @Ctx() ctx: Context) {
    return { evaluation: await new EvaluationService(ctx).decide(input) };
  }

  @FieldResolver(() => PerformancePlan, { description: 'The plan evaluated.' })
  plan(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(PerformancePlan).load(evaluation.plan.id);
  }

  @FieldResolver(() => AppraisalPeriod, { description: 'The period.' })
  period(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AppraisalPeriod).load(evaluation.period.id);
  }

  @FieldResolver(() => ScoringScheme, { nullable: true, description: 'The scheme revision the result was computed with.' })
  scheme(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return evaluation.scheme ? ctx.loaders.byId(ScoringScheme).load(evaluation.scheme.id) : null;
  }

  @FieldResolver(() => ScorePreview, { nullable: true, description: 'The whole computation as confirmed: every achievement and step.' })
  breakdown(@Root() evaluation: Evaluation) {
    return evaluation.breakdown;
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The last day the employee may object.' })
  objectionDeadline(@Root() evaluation: Evaluation) {
    return objectionDeadline(evaluation);
  }

  @FieldResolver(() => Rating, {
    nullable: true,
    description: 'For a year: the behaviour rating its periods propose (the most frequent; a tie goes to the latest).',
  })
  async proposedBehaviourRating(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    const period = await ctx.loaders.byId(AppraisalPeriod).load(evaluation.period.id);
    const plan = await ctx.loaders.byId(PerformancePlan).load(evaluation.plan.id);
    return new EvaluationService(ctx).proposedBehaviour(plan!, period!);
  }
}

@Resolver(() => PerformancePlan)
export class PlanEvaluationResolver {
  @Sensitive('evaluations', (plan: PerformancePlan) => ({
    employeeId: plan.employee.id,
    agencyId: plan.agency.id,
    readers: [plan.appraiser?.id, plan.appraiserSuperior?.id],
  }))
  @FieldResolver(() => Evaluation, {
    nullable: true,
    description:
      'The evaluation, once the appraiser has started it. Null for whoever may not read the employee’s evaluations (the employee, the supervisors above them, the plan’s appraisers, HR, evaluators and administrators of the agency).',
  })
  async evaluation(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return (await evaluationOf(ctx).load(plan.id))[0] ?? null;
  }
}

@Resolver(() => Employee)
export class EmployeeEvaluationResolver {
  @Sensitive('evaluations', (employee: Employee) => ({ employeeId: employee.id, agencyId: employee.agency.id }))
  @FieldResolver(() => Predicate, {
    nullable: true,
    description:
      'Predicate of the employee’s latest settled (confirmed or later) evaluation, by the end of its period; null when none yet, and for whoever may not read the employee’s evaluations (the employee, the supervisors above them, HR, evaluators and administrators of the agency).',
  })
  latestPredicate(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<string, Predicate | null>('evaluation.latestPredicate', (ids) => new EvaluationService(ctx).latestPredicates(ids))
      .load(employee.id);
  }
}
