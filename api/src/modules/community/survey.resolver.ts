import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public, Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { PublicService } from './public-service.entity.js';
import { Survey, SurveyResponse } from './survey.entity.js';
import { SurveyService } from './survey.service.js';
import {
  CloseSurveyPayload,
  CreateSurveyInput,
  IkmArgs,
  IkmResult,
  SubmitSurveyResponseInput,
  SubmitSurveyResponsePayload,
  SurveyConnection,
  SurveyForm,
  SurveyListArgs,
  SurveyPayload,
  SurveyResponseConnection,
  SurveyResponseListArgs,
  SurveyStepInput,
  UpdateSurveyInput,
} from './survey.types.js';

@Resolver(() => Survey)
export class SurveyResolver {
  @Allow('configuration.read')
  @Query(() => SurveyConnection, { description: "Satisfaction surveys of the actor's agency (platform administrators: all)." })
  surveys(@Args() args: SurveyListArgs, @Ctx() ctx: Context) {
    return new SurveyService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => Survey, { description: 'One survey; NOT_FOUND when unknown or of another agency.' })
  survey(@Arg('id', () => ID, { description: 'Survey ID.' }) id: string, @Ctx() ctx: Context) {
    return new SurveyService(ctx).get(id);
  }

  // Citizens' comments name the staff who served them: for those who see the whole agency, not colleagues.
  @Allow('community.readAgency')
  @Query(() => SurveyResponseConnection, {
    description: "Responses to the agency's surveys, newest first (read-only; administrators, HR and evaluators).",
  })
  surveyResponses(@Args() args: SurveyResponseListArgs, @Ctx() ctx: Context) {
    return new SurveyService(ctx).responses(args);
  }

  @Allow('configuration.read')
  @Query(() => IkmResult, {
    description:
      'The community satisfaction index (IKM, PermenPANRB 14/2017) of one survey, or of every survey of a unit, over a period or some days: per-element averages, weighted value, IKM 25-100, category A-D, respondents against the minimum sample.',
  })
  ikm(@Args() args: IkmArgs, @Ctx() ctx: Context) {
    return new SurveyService(ctx).ikm(args);
  }

  @Public()
  @Query(() => SurveyForm, {
    description:
      'Public, no login: the questions of an OPEN survey on one of its days, with a token that submits one response within two hours. NOT_FOUND for unknown surveys, CONFLICT (reason SURVEY_NOT_OPEN) outside its days.',
  })
  surveyForm(@Arg('id', () => ID, { description: 'Survey ID.' }) id: string, @Ctx() ctx: Context) {
    return new SurveyService(ctx).form(id);
  }

  @Public()
  @Mutation(() => SubmitSurveyResponsePayload, {
    description:
      "Public, no login: a citizen's response. Refused with nothing stored: BAD_USER_INPUT (a missing or invalid answer, text too long, an invalid or expired token), CONFLICT (reason TOKEN_USED: the token was spent; DUPLICATE: the same response from this address within a day; SURVEY_NOT_OPEN), TOO_MANY_REQUESTS (too many from this address in the hour).",
  })
  submitSurveyResponse(
    @Arg('input', { description: 'The token, the answers and the optional profile.' }) input: SubmitSurveyResponseInput,
    @Ctx() ctx: Context,
  ) {
    return new SurveyService(ctx).submit(input, ctx.clientAddress);
  }

  @Allow('configuration.manage')
  @Mutation(() => SurveyPayload, {
    description: 'Prepares a survey (DRAFT) of a unit or service, with the nine standard elements unless others are given.',
  })
  async createSurvey(
    @Arg('input', { description: 'The unit or service, title, days and elements.' }) input: CreateSurveyInput,
    @Ctx() ctx: Context,
  ) {
    return { survey: await new SurveyService(ctx).create(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => SurveyPayload, {
    description: 'Changes a survey (everything while DRAFT; title, last day and minimum sample while OPEN).',
  })
  async updateSurvey(@Arg('input', { description: 'The survey and the changes.' }) input: UpdateSurveyInput, @Ctx() ctx: Context) {
    return { survey: await new SurveyService(ctx).update(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => SurveyPayload, { description: 'DRAFT -> OPEN: the public may answer on its days.' })
  async openSurvey(@Arg('input', { description: 'The survey.' }) input: SurveyStepInput, @Ctx() ctx: Context) {
    return { survey: await new SurveyService(ctx).open(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => CloseSurveyPayload, {
    description: 'OPEN -> CLOSED: no more responses; the unit’s IKM fills the realisations of indicators with data source SURVEY.',
  })
  closeSurvey(@Arg('input', { description: 'The survey.' }) input: SurveyStepInput, @Ctx() ctx: Context) {
    return new SurveyService(ctx).close(input);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit surveyed.' })
  unit(@Root() survey: Survey, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(survey.unit.id);
  }

  @FieldResolver(() => PublicService, { nullable: true, description: 'The service surveyed.' })
  service(@Root() survey: Survey, @Ctx() ctx: Context) {
    return survey.service ? ctx.loaders.byId(PublicService).load(survey.service.id) : null;
  }

  @FieldResolver(() => Int, { description: 'Number of responses so far.' })
  responseCount(@Root() survey: Survey, @Ctx() ctx: Context) {
    return ctx.loaders.batch<string, number>('Survey.responseCount', (ids) => new SurveyService(ctx).responseCounts(ids)).load(survey.id);
  }

  @FieldResolver(() => Int, { description: "The minimum sample that applies: the survey's own, or its agency's." })
  minimumSample(@Root() survey: Survey, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<Survey, number>('Survey.minimumSample', (surveys) => new SurveyService(ctx).minimumSamples(surveys))
      .load(survey);
  }

  @FieldResolver(() => Boolean, { description: "True when the survey sets its own minimum sample rather than the agency's." })
  ownMinimumSample(@Root() survey: Survey) {
    return survey.minimumSample !== null;
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @FieldResolver(() => Survey, { description: 'The survey.' })
  survey(@Root() response: SurveyResponse, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Survey).load(response.survey.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee who served the respondent.' })
  servedBy(@Root() response: SurveyResponse, @Ctx() ctx: Context) {
    return response.servedBy ? ctx.loaders.byId(Employee).load(response.servedBy.id) : null;
  }
}
