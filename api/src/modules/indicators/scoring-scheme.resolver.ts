import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Agency } from '../organization/agency.entity.js';
import { ScoringScheme } from './scoring-scheme.entity.js';
import { ScoringSchemeService } from './scoring-scheme.service.js';
import {
  CreateScoringSchemeInput,
  PreviewScoreInput,
  ScorePreview,
  ScoringSchemeConnection,
  ScoringSchemeListArgs,
  ScoringSchemePayload,
  UpdateScoringSchemeInput,
} from './scoring-scheme.types.js';

@Resolver(() => ScoringScheme)
export class ScoringSchemeResolver {
  @Allow('configuration.read')
  @Query(() => ScoringSchemeConnection, { description: "Scoring schemes: the national default and the actor's agency's, every revision." })
  scoringSchemes(@Args() args: ScoringSchemeListArgs, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => ScoringScheme, { description: 'One scoring scheme revision.' })
  scoringScheme(@Arg('id', () => ID, { description: 'Scheme ID.' }) id: string, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).get(id);
  }

  @Allow('configuration.read')
  @Query(() => ScorePreview, {
    description: 'What-if scoring: per-indicator achievement, weighted score, ratings and predicate, with every step. Writes nothing.',
  })
  previewScore(@Arg('input', { description: 'Lines, behaviour rating and scheme.' }) input: PreviewScoreInput, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).preview(input);
  }

  @Allow('configuration.manage')
  @Mutation(() => ScoringSchemePayload, {
    description: 'Creates a scoring scheme, starting from the national default for what is not given.',
  })
  createScoringScheme(@Arg('input', { description: 'The new scheme.' }) input: CreateScoringSchemeInput, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).create(input);
  }

  @Allow('configuration.manage')
  @Mutation(() => ScoringSchemePayload, {
    description: 'Changes a scheme: in place while no closed period used it, as a new revision afterwards.',
  })
  updateScoringScheme(@Arg('input', { description: 'The changes.' }) input: UpdateScoringSchemeInput, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).update(input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency; empty for the national default.' })
  agency(@Root() scheme: ScoringScheme, @Ctx() ctx: Context) {
    return scheme.agency ? ctx.loaders.byId(Agency).load(scheme.agency.id) : null;
  }

  @FieldResolver(() => [ScoringScheme], { description: 'Every revision, latest first.' })
  revisions(@Root() scheme: ScoringScheme, @Ctx() ctx: Context) {
    return new ScoringSchemeService(ctx).revisions(scheme);
  }
}
