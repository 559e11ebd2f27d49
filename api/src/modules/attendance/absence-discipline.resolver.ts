import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { DisciplinaryCase } from '../discipline/discipline.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { AbsenceDisciplineDecision } from './absence-discipline.entity.js';
import { AbsenceDisciplineService } from './absence-discipline.service.js';
import {
  AbsenceDisciplineDecisionPayload,
  AbsenceDisciplineProposal,
  ActOnAbsenceProposalInput,
  DismissAbsenceProposalInput,
} from './absence-discipline.types.js';

@Resolver(() => AbsenceDisciplineDecision)
export class AbsenceDisciplineResolver {
  @Allow('discipline.manage')
  @Query(() => [AbsenceDisciplineProposal], {
    description:
      'Employees whose unexcused absence days in the year reach a step of the PP 94/2021 ladder not yet decided on (HR): proposals, never sanctions.',
  })
  absenceDisciplineProposals(@Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: Context) {
    return new AbsenceDisciplineService(ctx).proposals(year);
  }

  @Allow('discipline.manage')
  @Mutation(() => AbsenceDisciplineDecisionPayload, {
    description: 'Opens a disciplinary case (PROPOSED) from a ladder proposal and records the decision (HR).',
  })
  actOnAbsenceProposal(@Arg('input', { description: 'The proposal and the case.' }) input: ActOnAbsenceProposalInput, @Ctx() ctx: Context) {
    return new AbsenceDisciplineService(ctx).act(input);
  }

  @Allow('discipline.manage')
  @Mutation(() => AbsenceDisciplineDecisionPayload, { description: 'Sets a ladder proposal aside with a reason (HR).' })
  dismissAbsenceProposal(@Arg('input', { description: 'The proposal and why.' }) input: DismissAbsenceProposalInput, @Ctx() ctx: Context) {
    return new AbsenceDisciplineService(ctx).dismiss(input);
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() decision: AbsenceDisciplineDecision, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(decision.employee.id);
  }

  @FieldResolver(() => DisciplinaryCase, { nullable: true, description: 'The case opened (ACTED).' })
  disciplinaryCase(@Root() decision: AbsenceDisciplineDecision, @Ctx() ctx: Context) {
    return decision.disciplinaryCase ? ctx.loaders.byId(DisciplinaryCase).load(decision.disciplinaryCase.id) : null;
  }
}
