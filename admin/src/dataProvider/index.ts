import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import buildGraphQLProvider, { introspectSchema, type GraphqlDataProvider, type IntrospectionOptions, type Options } from 'ra-data-graphql';
import type { DataProvider, GetListParams, GetListResult, GetManyParams, GetManyResult, RaRecord } from 'react-admin';
import { GRAPHQL_URL } from '../config';
import { authHeaders } from '../session';
import { accountMethods, type AccountMethods } from './account-methods';
import { allowanceMethods, type AllowanceMethods } from './allowance-methods';
import { analyticsMethods, type AnalyticsMethods } from './analytics-methods';
import { attendanceMethods, type AttendanceMethods } from './attendance-methods';
import { communityMethods, type CommunityMethods } from './community-methods';
import { disciplineMethods, type DisciplineMethods } from './discipline-methods';
import { employeeMethods, type EmployeeMethods } from './employee-methods';
import { evaluationMethods, type EvaluationMethods } from './evaluation-methods';
import { homeMethods, type HomeMethods } from './home-methods';
import { followUpMethods, followUpRuleResource, type FollowUpMethods } from './follow-up-methods';
import { exportMethods, type ExportMethods } from './export-methods';
import { buildQueryFactory, MAX_PAGE_SIZE, type RangeParams } from './build-query';
import { toHttpError } from './errors';
import { orgUnitMethods, type OrgUnitMethods } from './org-unit-methods';
import { periodMethods, type PeriodMethods } from './period-methods';
import { planMethods, type PlanMethods } from './plan-methods';
import { SchemaIndex } from './schema-index';
import { siasnMethods, type SiasnMethods } from './siasn-methods';
import { scoringMethods, type ScoringMethods } from './scoring-methods';
import { trainingMethods, type TrainingMethods } from './training-methods';
import { workReportMethods, type WorkReportMethods } from './work-report-methods';

export { mutationPayloadOf } from './build-query';
export { blockersOf } from './errors';
export type {
  BehaviourValueChoice,
  ConfirmedEvaluations,
  DecideObjectionInput,
  EvaluationAfterStep,
  PredicateDistribution,
  PublishedUnitResult,
  SaveEvaluationInput,
  UnitDistribution,
} from './evaluation-methods';
export type { ComplaintAfterStep, GivenComplaintResponse, SurveyAfterStep, SurveyIkm, VerifyComplaintChanges } from './community-methods';
export type { GivenFeedback, QueuedWorkReport, WorkReportAfterStep, WorkReportComment } from './work-report-methods';
export type { PeriodAfterStep } from './period-methods';
export type {
  CurrentActor,
  GeneratedPlans,
  PlanAfterStep,
  PlanStatusCounts,
  PlanTargetInput,
  RecordRealizationInput,
} from './plan-methods';
export type { ExportedFile } from './export-methods';
export type { PreviewScoreInput, ScorePreview } from './scoring-methods';
export type { DashboardFigures, DashboardTrend } from './analytics-methods';
export type { SiasnExportFile, SiasnImportProgress, SiasnImportReport, SiasnImportTarget, SiasnSyncStatus } from './siasn-methods';
export type { AttendanceSheet } from './attendance-methods';
export type {
  AllowanceBreakdown,
  AllowancePreview,
  AllowanceSheetDetail,
  AllowanceSheetRowDetail,
  AllowanceStep,
} from './allowance-methods';
export type { EnrollmentAfterStep, TrainingResultInput, TrainingSessionAfterStep } from './training-methods';
export type {
  CaseAfterStep,
  DecideAppealInput,
  DecideCaseInput,
  DisciplineAuthority,
  ExamineCaseInput,
  FileAppealInput,
  RewardTypeRecord,
  SanctionTypeChoice,
  SetAuthorityInput,
} from './discipline-methods';
export type {
  CoachingPlanAfterStep,
  FollowUpDecisionRow,
  FollowUpRecommendationRow,
  FollowUpRuleRecord,
  RecommendationAct,
  RecommendationKey,
  RecommendedTrainingRow,
  TrainingComplianceReport,
  TrainingHoursOfYear,
} from './follow-up-methods';

/**
 * Thrown when the schema cannot be loaded; the next call tries again instead of failing forever.
 * Carries the HTTP status and GraphQL errors, so that an UNAUTHENTICATED answer still logs out.
 */
class IntrospectionError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly graphQLErrors?: unknown[],
  ) {
    super(message);
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Loads the schema with a plain POST (with the token, should the API ever require one) and lets
 * ra-data-graphql describe the resources with our operation names: the list query is found
 * through its connection type (Agency -> agencies), the others are create<Type>, agency, ...
 */
const resolveIntrospection = async (_client: unknown, options: IntrospectionOptions) => {
  let response: Response;
  let body: { data?: IntrospectionQuery; errors?: { message: string }[] };
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new IntrospectionError(`Cannot load the GraphQL schema: ${(error as Error).message}`);
  }
  if (!body.data) {
    const message = body.errors?.[0]?.message ?? `HTTP ${response.status}`;
    throw new IntrospectionError(`Cannot load the GraphQL schema: ${message}`, response.status, body.errors);
  }
  const schema = body.data.__schema;
  const index = new SchemaIndex(schema);
  const listName = (type: IntrospectionType) => index.listQueryNameOf(type.name) ?? '';
  return introspectSchema(_client as Parameters<typeof introspectSchema>[0], {
    ...options,
    schema,
    operationNames: {
      GET_LIST: listName,
      GET_MANY: listName,
      GET_MANY_REFERENCE: listName,
      GET_ONE: (type) => lowerFirst(type.name),
      CREATE: (type) => `create${type.name}`,
      UPDATE: (type) => `update${type.name}`,
      DELETE: (type) => `delete${type.name}`,
    },
  });
};

// `no-cache`: react-admin caches through react-query already. The token is read per request.
const requestOptions = () => ({ fetchPolicy: 'no-cache' as const, context: { headers: authHeaders() } });

const options: Options & { resolveIntrospection: typeof resolveIntrospection } = {
  clientOptions: { uri: GRAPHQL_URL },
  introspection: { operationNames: {} },
  resolveIntrospection,
  buildQuery: buildQueryFactory,
  query: requestOptions,
  mutation: requestOptions,
};

/** Aliased mutations per deleteMany document; the API bounds aliases per operation (30 by default). */
const DELETE_BATCH_SIZE = 20;

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The data provider with the console's custom methods; get it with `useDataProvider<KinerjaDataProvider>()`. */
export type KinerjaDataProvider = DataProvider &
  AccountMethods &
  OrgUnitMethods &
  EmployeeMethods &
  PeriodMethods &
  PlanMethods &
  EvaluationMethods &
  ScoringMethods &
  WorkReportMethods &
  HomeMethods &
  CommunityMethods &
  TrainingMethods &
  DisciplineMethods &
  FollowUpMethods &
  AnalyticsMethods &
  SiasnMethods &
  AttendanceMethods &
  AllowanceMethods &
  ExportMethods;

/**
 * Resources the API serves as a plain list rather than a connection: follow-up rules. Their
 * reads and writes go through their own methods (follow-up-methods.ts), not ra-data-graphql.
 */
const LIST_RESOURCES: Record<string, typeof followUpRuleResource> = { followUpRules: followUpRuleResource };

/**
 * The console's data provider: ra-data-graphql with our buildQuery, plus what a single query
 * cannot do: pages larger than the API's maximum (CSV export asks for 1000), long getMany
 * id lists and big bulk deletes are split into several requests, and every error becomes an
 * HttpError react-admin can show (with field errors for forms, see errors.ts). Password
 * operations, moving an organisational unit, importing employees, the lifecycle of appraisal
 * periods, the steps of performance plans and their realisations, evaluations, objections, the
 * distribution curve and publication, what-if scoring, and the review of daily work reports with
 * feedback on plans, which are no resource's CRUD, are extra methods (account-methods.ts,
 * org-unit-methods.ts, employee-methods.ts, period-methods.ts, plan-methods.ts,
 * evaluation-methods.ts, scoring-methods.ts, work-report-methods.ts), and the steps of surveys and
 * complaints with the live IKM (community-methods.ts), enrolments in training sessions with
 * their results (training-methods.ts), the catalogues of sanctions and rewards, who decides each
 * level and the steps of a disciplinary case (discipline-methods.ts), and the follow-up of results,
 * coaching steps and JP compliance (follow-up-methods.ts, which also serves the follow-up rules as a
 * resource). Pages may ask
 * for more fields than the generic selection with `meta.fields`, and read what a mutation's
 * payload says besides the record (a template's `newRevision`) with `mutationPayloadOf`
 * (build-query.ts).
 */
export const buildDataProvider = (): KinerjaDataProvider => {
  let inner: GraphqlDataProvider | undefined;

  type Method = Exclude<keyof DataProvider, 'supportAbortSignal'>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are typed by DataProvider below
  const call = async (method: Method, resource: string, params: object): Promise<any> => {
    inner ??= buildGraphQLProvider(options);
    try {
      return await inner[method](resource, params);
    } catch (error) {
      if (error instanceof IntrospectionError) inner = undefined;
      throw toHttpError(error);
    }
  };

  /** A method of a plain-list resource, its errors turned into HttpErrors like the others. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are typed by DataProvider below
  const listResource = async (work: () => Promise<unknown>): Promise<any> => {
    try {
      return await work();
    } catch (error) {
      throw toHttpError(error);
    }
  };

  const getList = async <R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> => {
    const custom = LIST_RESOURCES[resource];
    if (custom) return listResource(() => custom.getList(params));
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    if (perPage <= MAX_PAGE_SIZE) return call('getList', resource, params);
    const start = (page - 1) * perPage;
    const data: R[] = [];
    let total: number | undefined;
    while (data.length < perPage) {
      const first = Math.min(MAX_PAGE_SIZE, perPage - data.length);
      const range: RangeParams['range'] = { offset: start + data.length, first };
      const part = await call('getList', resource, { ...params, range } as GetListParams);
      data.push(...part.data);
      total ??= part.total;
      if (part.data.length < first) break;
    }
    return { data, total };
  };

  const getMany = async <R extends RaRecord>(resource: string, params: GetManyParams<R>): Promise<GetManyResult<R>> => {
    const custom = LIST_RESOURCES[resource];
    if (custom) return listResource(() => custom.getMany(params));
    const parts = await Promise.all(chunk(params.ids, MAX_PAGE_SIZE).map((ids) => call('getMany', resource, { ...params, ids })));
    return { data: parts.flatMap((part: GetManyResult<R>) => part.data) };
  };

  const dataProvider: KinerjaDataProvider = {
    ...accountMethods,
    ...orgUnitMethods,
    ...employeeMethods,
    ...periodMethods,
    ...planMethods,
    ...evaluationMethods,
    ...scoringMethods,
    ...workReportMethods,
    ...homeMethods,
    ...communityMethods,
    ...trainingMethods,
    ...disciplineMethods,
    ...followUpMethods,
    ...analyticsMethods,
    ...siasnMethods,
    ...attendanceMethods,
    ...allowanceMethods,
    ...exportMethods,
    getList,
    getMany,
    getOne: (resource, params) =>
      LIST_RESOURCES[resource] ? listResource(() => LIST_RESOURCES[resource]!.getOne(params)) : call('getOne', resource, params),
    getManyReference: (resource, params) => call('getManyReference', resource, params),
    create: (resource, params) =>
      LIST_RESOURCES[resource] ? listResource(() => LIST_RESOURCES[resource]!.create(params)) : call('create', resource, params),
    update: (resource, params) =>
      LIST_RESOURCES[resource] ? listResource(() => LIST_RESOURCES[resource]!.update(params)) : call('update', resource, params),
    updateMany: (resource, params) => call('updateMany', resource, params),
    delete: (resource, params) => call('delete', resource, params),
    deleteMany: async (resource, params) => {
      const data: RaRecord['id'][] = [];
      for (const ids of chunk(params.ids, DELETE_BATCH_SIZE)) {
        data.push(...(await call('deleteMany', resource, { ...params, ids })).data);
      }
      return { data };
    },
  };
  return dataProvider;
};
