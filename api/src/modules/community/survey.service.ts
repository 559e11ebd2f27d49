import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, invalidFields, notFound, ErrorReason, type FieldProblem } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../../graphql/ids.js';
import { refreshFromCommunity } from '../appraisals/data-sources.js';
import { agencyWhere } from '../../access/scope.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeStatus } from '../employees/rank.js';
import { DataSource } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { SurveyStatus } from './community.enums.js';
import { communityRules } from './community-settings.service.js';
import { computeIkm, SCALE_MAX, SCALE_MIN, STANDARD_ELEMENTS } from './ikm.js';
import { tallyResponses } from './ikm-data.js';
import { clientHash, consumeRateLimit, signSurveyToken, verifySurveyToken } from './public-guard.js';
import { PublicService } from './public-service.entity.js';
import { PublicServiceService } from './public-service.service.js';
import { Survey, SurveyResponse, type SurveyElement } from './survey.entity.js';
import {
  SurveyConnection,
  SurveyOrder,
  SurveyResponseConnection,
  surveyFilterRules,
  surveyResponseFilterRules,
  toIkmCategory,
  type CreateSurveyInput,
  type IkmArgs,
  type IkmResult,
  type SubmitSurveyResponseInput,
  type SurveyElementInput,
  type SurveyForm,
  type SurveyListArgs,
  type SurveyResponseListArgs,
  type SurveyStepInput,
  type UpdateSurveyInput,
} from './survey.types.js';

const SCALE_LABELS = ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'];
/** An identical response from the same address within this time is a duplicate. */
const DUPLICATE_WINDOW_HOURS = 24;

/**
 * Satisfaction surveys: everyone in an agency reads its surveys, responses and
 * IKM; administrators and HR prepare, open and close them. Citizens answer an
 * open survey without an account through `form` and `submit`.
 */
export class SurveyService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<Survey> {
    return agencyWhere(requireActor(this.ctx)) as FilterQuery<Survey>;
  }

  async list(args: SurveyListArgs) {
    const page = toPage(args, this.ctx, 'Survey.list', SurveyOrder.toOrderBy(args.orderBy, { startDate: 'desc', title: 'asc' } as never));
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, surveyFilterRules, (term) => ({ title: { $ilike: containing(term) } })),
      ],
    } as FilterQuery<Survey>;
    const rows = await findPage(this.ctx.em, Survey, where, page);
    return SurveyConnection.of(rows, page, () => this.ctx.em.count(Survey, where));
  }

  async get(globalId: string, field = 'id'): Promise<Survey> {
    return findInScope(this.ctx.em, Survey, globalId, field, this.scope());
  }

  async responses(args: SurveyResponseListArgs) {
    const page = toPage(args, this.ctx, 'SurveyResponse.responses', [{ createdAt: 'desc' }, { id: 'desc' }]);
    const where = {
      $and: [agencyWhere(requireActor(this.ctx)), toWhere(args.filter as Record<string, unknown>, surveyResponseFilterRules)],
    } as FilterQuery<SurveyResponse>;
    const rows = await findPage(this.ctx.em, SurveyResponse, where, page);
    return SurveyResponseConnection.of(rows, page, () => this.ctx.em.count(SurveyResponse, where));
  }

  /** Responses per survey, one statement for a page of surveys. */
  async responseCounts(surveyIds: readonly string[]): Promise<number[]> {
    const rows = await this.ctx.em.execute<{ survey_id: string; n: number }[]>(
      `select survey_id, count(*)::int as n from survey_responses where survey_id = any(?::uuid[]) group by survey_id`,
      [`{${surveyIds.join(',')}}`],
    );
    const counts = new Map(rows.map((row) => [row.survey_id, row.n]));
    return surveyIds.map((id) => counts.get(id) ?? 0);
  }

  /** The minimum sample of each survey: its own, or its agency's. */
  async minimumSamples(surveys: readonly Survey[]): Promise<number[]> {
    const agencies = [...new Set(surveys.map((s) => s.agency.id))];
    const rules = new Map(await Promise.all(agencies.map(async (id) => [id, (await communityRules(this.ctx, id)).minimumSample] as const)));
    return surveys.map((s) => s.minimumSample ?? rules.get(s.agency.id)!);
  }

  async create(input: CreateSurveyInput): Promise<Survey> {
    return inTransaction(this.ctx.em, async () => {
      const { unit, service } = await this.subject(input.unitId ?? null, input.serviceId ?? null);
      const startDate = toDateString(input.startDate);
      const endDate = toDateString(input.endDate);
      if (endDate < startDate) throw badInput('input.endDate', 'The last day is before the first', ErrorReason.END_BEFORE_START);
      const survey = this.ctx.em.create(Survey, {
        agency: ref(Agency, unit.agency.id),
        unit: ref(unit),
        service: service ? ref(service) : null,
        title: input.title.trim(),
        startDate,
        endDate,
        elements: input.elements ? this.elements(input.elements, 'input.elements') : STANDARD_ELEMENTS.map((e) => ({ ...e })),
        minimumSample: input.minimumSample ?? null,
      });
      await this.ctx.em.flush();
      return survey;
    });
  }

  async update(input: UpdateSurveyInput): Promise<Survey> {
    return inTransaction(this.ctx.em, async () => {
      const survey = await this.getForWrite(input.id, 'input.id');
      assertVersion(survey, input.version);
      if (survey.status === SurveyStatus.CLOSED)
        throw conflict('A closed survey no longer changes', {
          field: 'input.id',
          status: survey.status,
          params: { status: survey.status, statusType: 'SurveyStatus' },
        });
      const draftOnly = { startDate: input.startDate, elements: input.elements };
      for (const [key, value] of Object.entries(draftOnly)) {
        if (value != null && survey.status !== SurveyStatus.DRAFT)
          throw conflict(`The ${key} of an ${survey.status} survey no longer change: responses depend on them`, { field: `input.${key}` });
      }
      if (input.title != null) survey.title = input.title.trim();
      if (input.startDate) survey.startDate = toDateString(input.startDate);
      if (input.endDate) survey.endDate = toDateString(input.endDate);
      if (survey.endDate < survey.startDate)
        throw badInput(
          input.endDate ? 'input.endDate' : 'input.startDate',
          'The last day is before the first',
          ErrorReason.END_BEFORE_START,
        );
      if (input.elements) survey.elements = this.elements(input.elements, 'input.elements');
      if (input.minimumSample !== undefined) survey.minimumSample = input.minimumSample;
      await this.ctx.em.flush();
      return survey;
    });
  }

  async open(input: SurveyStepInput): Promise<Survey> {
    return inTransaction(this.ctx.em, async () => {
      const survey = await this.getForWrite(input.id, 'input.id');
      assertVersion(survey, input.version);
      if (survey.status !== SurveyStatus.DRAFT)
        throw conflict(`Only a DRAFT survey opens (this one is ${survey.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: survey.status, statusType: 'SurveyStatus' },
          field: 'input.id',
          status: survey.status,
        });
      if (survey.endDate < todayInIndonesia()) throw conflict(`Its last day (${survey.endDate}) has passed`, { field: 'input.id' });
      Object.assign(survey, { status: SurveyStatus.OPEN, openedAt: new Date() });
      await this.ctx.em.flush();
      return survey;
    });
  }

  /** OPEN -> CLOSED; the unit's IKM then feeds the indicators with data source SURVEY. */
  async close(input: SurveyStepInput): Promise<{ survey: Survey; realizationsUpdated: number }> {
    return inTransaction(this.ctx.em, async () => {
      const survey = await this.getForWrite(input.id, 'input.id');
      assertVersion(survey, input.version);
      if (survey.status !== SurveyStatus.OPEN)
        throw conflict(`Only an OPEN survey closes (this one is ${survey.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: survey.status, statusType: 'SurveyStatus' },
          field: 'input.id',
          status: survey.status,
        });
      Object.assign(survey, { status: SurveyStatus.CLOSED, closedAt: new Date() });
      await this.ctx.em.flush();
      const unit = await this.ctx.em.findOneOrFail(OrgUnit, { id: survey.unit.id });
      const realizationsUpdated = await refreshFromCommunity(
        this.ctx.em,
        { agencyId: survey.agency.id, sources: [DataSource.SURVEY], unitPath: unit.path },
        todayInIndonesia(),
      );
      return { survey, realizationsUpdated };
    });
  }

  /** The IKM of one survey, or of every survey of a unit, over a period or some days. */
  async ikm(args: IkmArgs): Promise<IkmResult> {
    if (Boolean(args.surveyId) === Boolean(args.unitId))
      throw badInput(args.surveyId ? 'unitId' : 'surveyId', 'Name either a survey or a unit', ErrorReason.ONE_OR_THE_OTHER);
    const survey = args.surveyId ? await this.get(args.surveyId, 'surveyId') : null;
    const unit = survey
      ? await this.ctx.em.findOneOrFail(OrgUnit, { id: survey.unit.id })
      : await new OrgUnitService(this.ctx).get(args.unitId!, 'unitId');
    let from: string | undefined;
    let to: string | undefined;
    if (args.periodId) {
      if (args.from || args.to) throw badInput('periodId', 'Name either a period or days', ErrorReason.ONE_OR_THE_OTHER);
      const period = await new AppraisalPeriodService(this.ctx).get(args.periodId, 'periodId');
      ({ startDate: from, endDate: to } = period);
    } else {
      from = args.from ? toDateString(args.from) : survey?.startDate;
      to = args.to ? toDateString(args.to) : survey?.endDate;
    }
    if (!from || !to) throw badInput(from ? 'to' : 'from', 'A unit’s IKM needs a period, or both from and to', ErrorReason.BOTH_OR_NEITHER);
    if (to < from) throw badInput('to', 'The last day is before the first', ErrorReason.END_BEFORE_START);

    const tally = await tallyResponses(this.ctx.em, survey ? { surveyId: survey.id } : { unitIds: [unit.id] }, from, to);
    // A survey without responses yet still lists its elements.
    const elements =
      tally.elements.length || !survey ? tally.elements : survey.elements.map((e) => ({ code: e.code, name: e.name, sum: 0, count: 0 }));
    const minimumSample = survey
      ? (await this.minimumSamples([survey]))[0]!
      : (await communityRules(this.ctx, unit.agency.id)).minimumSample;
    const result = computeIkm({ elements, respondents: tally.respondents, minimumSample });
    return {
      surveyId: survey?.nodeId ?? null,
      unitId: unit.nodeId,
      from,
      to,
      ...result,
      ikmRounded: result.ikm === null ? null : Math.round(result.ikm * 100) / 100,
      category: toIkmCategory(result.category),
    };
  }

  /** Public: an open survey's questions with a fresh single-use token. */
  async form(surveyGlobalId: string): Promise<SurveyForm> {
    const { em } = this.ctx;
    const survey = await this.openSurvey(surveyGlobalId, 'id');
    const [agency, unit, service] = await Promise.all([
      em.findOneOrFail(Agency, { id: survey.agency.id }),
      em.findOneOrFail(OrgUnit, { id: survey.unit.id }),
      survey.service ? em.findOneOrFail(PublicService, { id: survey.service.id }) : null,
    ]);
    const staff = await em.find(Employee, staffOf(agency.id, unit), { orderBy: { name: 'asc', id: 'asc' }, limit: 200 });
    const { token, expiresAt } = await signSurveyToken(this.ctx.config.jwtSecret, survey.id);
    return {
      surveyId: survey.nodeId,
      title: survey.title,
      agencyName: agency.name,
      unitName: unit.name,
      serviceName: service?.name ?? null,
      endDate: survey.endDate,
      elements: survey.elements,
      scale: SCALE_LABELS.map((label, i) => ({ value: SCALE_MIN + i, label })).filter((p) => p.value <= SCALE_MAX),
      staff: staff.map((e) => ({ id: e.nodeId, name: e.fullName })),
      token,
      tokenExpiresAt: expiresAt,
    };
  }

  /**
   * Public: one response. Refused, with nothing stored, when the token is
   * invalid, expired or spent, an answer is missing or out of the scale, the
   * address sent too many in the hour, or the same answers and comment came from
   * it within a day.
   */
  async submit(input: SubmitSurveyResponseInput, clientAddress: string | null): Promise<{ message: string; submittedOn: string }> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const survey = await this.openSurvey(input.surveyId, 'input.surveyId');
      const jti = await verifySurveyToken(this.ctx.config.jwtSecret, input.token, survey.id);
      if (!jti)
        throw badInput(
          'input.token',
          'The form has expired or is not for this survey: reload it and answer again',
          ErrorReason.INVALID_VALUE,
        );
      const answers = this.answers(survey.elements, input.answers);
      const servedBy = input.servedById ? await this.servedBy(survey, input.servedById) : null;
      const comment = input.comment?.trim() || null;

      const spent = await em.execute<{ id: string }[]>(
        `insert into survey_token_uses (id, survey_id, used_at) values (?, ?, now()) on conflict (id) do nothing returning id`,
        [jti, survey.id],
      );
      if (spent.length === 0)
        throw conflict('This form was already submitted: reload it to answer again', {
          field: 'input.token',
          reason: ErrorReason.TOKEN_USED,
        });
      const hash = clientHash(this.ctx.config.jwtSecret, clientAddress);
      const rules = await communityRules(this.ctx, survey.agency.id);
      await consumeRateLimit(em, `survey:${survey.id}:${hash}`, rules.submissionsPerHour);
      const [duplicate] = await em.execute<{ id: string }[]>(
        `select id from survey_responses
          where survey_id = ? and client_hash = ? and answers = ?::jsonb and comment is not distinct from ?
            and created_at > now() - interval '${DUPLICATE_WINDOW_HOURS} hours' limit 1`,
        [survey.id, hash, JSON.stringify(answers), comment],
      );
      if (duplicate)
        throw conflict('The same response was already received from here', { field: 'input.answers', reason: ErrorReason.DUPLICATE });

      const submittedOn = todayInIndonesia();
      em.create(SurveyResponse, {
        survey: ref(survey),
        agency: survey.agency,
        answers,
        submittedOn,
        ageBand: input.ageBand ?? null,
        gender: input.gender ?? null,
        education: input.education ?? null,
        occupation: input.occupation ?? null,
        comment,
        servedBy: servedBy ? ref(servedBy) : null,
        clientHash: hash,
      });
      await em.flush();
      return { message: 'Terima kasih, jawaban Anda telah kami terima.', submittedOn };
    });
  }

  /** A survey the public may answer: unknown and DRAFT ones do not exist for them; closed ones say so. */
  private async openSurvey(globalId: string, field: string): Promise<Survey> {
    const parsed = parseGlobalId(globalId);
    const survey = parsed?.type === 'Survey' ? await this.ctx.em.findOne(Survey, { id: parsed.id }) : null;
    if (!survey || survey.status === SurveyStatus.DRAFT) throw notFound('Survey', String(globalId).slice(0, 60), field);
    const today = todayInIndonesia();
    if (survey.status !== SurveyStatus.OPEN || today < survey.startDate || today > survey.endDate) {
      throw conflict(
        survey.status === SurveyStatus.OPEN && today < survey.startDate
          ? `This survey takes responses from ${survey.startDate}`
          : 'This survey no longer takes responses',
        { field, reason: ErrorReason.SURVEY_NOT_OPEN },
      );
    }
    return survey;
  }

  /** Exactly one answer per element, in the survey's order. */
  private answers(elements: SurveyElement[], given: SubmitSurveyResponseInput['answers']): number[] {
    const problems: FieldProblem[] = [];
    const byCode = new Map<string, number>();
    given.forEach((answer, i) => {
      if (!elements.some((e) => e.code === answer.element))
        problems.push({
          field: `input.answers.${i}.element`,
          message: `No element ${answer.element} in this survey`,
          reason: ErrorReason.UNKNOWN_VALUE,
          params: { value: answer.element },
        });
      else if (byCode.has(answer.element))
        problems.push({
          field: `input.answers.${i}.element`,
          message: `${answer.element} is answered twice`,
          reason: ErrorReason.DUPLICATE_ITEM,
          params: { value: answer.element },
        });
      else if (!Number.isInteger(answer.value) || answer.value < SCALE_MIN || answer.value > SCALE_MAX)
        problems.push({
          field: `input.answers.${i}.value`,
          message: 'each answer is 1 to 4',
          reason: ErrorReason.OUT_OF_RANGE,
          params: { min: 1, max: 4 },
        });
      byCode.set(answer.element, answer.value);
    });
    const missing = elements.filter((e) => !byCode.has(e.code)).map((e) => e.code);
    if (missing.length)
      problems.push({
        field: 'input.answers',
        message: `Answer every element: ${missing.join(', ')} missing`,
        reason: ErrorReason.MISSING_ITEM,
        params: { value: missing.join(', ') },
      });
    if (problems.length) throw invalidFields(problems);
    return elements.map((e) => byCode.get(e.code)!);
  }

  /** Someone who may have served the respondent: one of the staff the form offers (the surveyed unit and the units below it). */
  private async servedBy(survey: Survey, globalId: string): Promise<Employee> {
    const parsed = parseGlobalId(globalId);
    const unit = await this.ctx.em.findOneOrFail(OrgUnit, { id: survey.unit.id });
    const employee =
      parsed?.type === 'Employee' ? await this.ctx.em.findOne(Employee, { id: parsed.id, ...staffOf(survey.agency.id, unit) }) : null;
    if (!employee)
      throw badInput('input.servedById', 'Not one of the staff of the surveyed unit: choose one from the form', ErrorReason.NOT_A_CHOICE);
    return employee;
  }

  private elements(input: SurveyElementInput[], field: string): SurveyElement[] {
    const seen = new Set<string>();
    input.forEach((element, i) => {
      if (seen.has(element.code))
        throw badInput(`${field}.${i}.code`, `Element code ${element.code} appears twice`, ErrorReason.DUPLICATE_ITEM, {
          value: element.code,
        });
      seen.add(element.code);
    });
    return input.map((e) => ({ code: e.code, name: e.name.trim(), question: e.question.trim() }));
  }

  /** The unit and service surveyed: a service implies its unit; both must agree; both writable by the actor. */
  private async subject(
    unitGlobalId: string | null,
    serviceGlobalId: string | null,
  ): Promise<{ unit: OrgUnit; service: PublicService | null }> {
    const service = serviceGlobalId ? await new PublicServiceService(this.ctx).get(serviceGlobalId, 'input.serviceId') : null;
    if (!unitGlobalId && !service) throw badInput('input.unitId', 'Name the unit or the service surveyed', ErrorReason.REQUIRED);
    const unit = await new OrgUnitService(this.ctx).getForWrite(
      unitGlobalId ?? toGlobalId('OrgUnit', service!.unit.id),
      unitGlobalId ? 'input.unitId' : 'input.serviceId',
    );
    if (service && service.unit.id !== unit.id)
      throw badInput('input.serviceId', 'The service belongs to another unit', ErrorReason.OTHER_AGENCY);
    return { unit, service };
  }

  private async getForWrite(globalId: string, field: string): Promise<Survey> {
    fromGlobalId(globalId, 'Survey', field);
    return findWritable(this.ctx.em, Survey, globalId, field, requireActor(this.ctx), (survey) => survey.agency.id);
  }
}

/** The staff a survey's form offers as having served: active employees of the surveyed unit and the units below it. */
function staffOf(agencyId: string, unit: OrgUnit) {
  return { agency: agencyId, status: EmployeeStatus.AKTIF, unit: { path: { $like: `${unit.path}%` } } };
}
