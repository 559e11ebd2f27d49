import type { GetListParams, GetListResult, GetManyParams, GetManyResult, GetOneParams, Identifier, RaRecord } from 'react-admin';
import type {
  ActOnRecommendationMutation,
  ActOnRecommendationMutationVariables,
  AddCoachingSessionMutation,
  AddCoachingSessionMutationVariables,
  CloseCoachingPlanMutation,
  CloseCoachingPlanMutationVariables,
  CoachingOutcome,
  CoachingStatus,
  CreateFollowUpRuleMutation,
  CreateFollowUpRuleMutationVariables,
  DismissRecommendationMutation,
  DismissRecommendationMutationVariables,
  FollowUpAction,
  FollowUpDecisionsQuery,
  FollowUpDecisionsQueryVariables,
  FollowUpRecommendationsQuery,
  FollowUpRecommendationsQueryVariables,
  FollowUpRulesQuery,
  FollowUpRulesQueryVariables,
  Predicate,
  RecommendedTrainingsQuery,
  RecommendedTrainingsQueryVariables,
  TrainingComplianceQuery,
  TrainingComplianceQueryVariables,
  TrainingHoursQuery,
  TrainingHoursQueryVariables,
  UpdateFollowUpRuleMutation,
  UpdateFollowUpRuleMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// The follow-up of results (tindak lanjut) and what it leads to: the agency's follow-up rules
// (a plain list, served to react-admin as the `followUpRules` resource), the recommendations of a
// closed period with the decisions taken on them, acting on one (a reward, an enrolment, a
// coaching plan or a proposed case) or dismissing it; the steps of a coaching plan (meetings,
// closing); and the JP of competence development (an employee's hours, a unit's compliance).

const FOLLOW_UP_RULE_FIELDS = /* GraphQL */ `
  fragment FollowUpRuleFields on FollowUpRule {
    id
    agencyId
    name
    predicates
    consecutivePeriods
    action
    note
    active
    version
    createdAt
    updatedAt
  }
`;

const FOLLOW_UP_RULES = /* GraphQL */ `
  query FollowUpRules {
    followUpRules {
      ...FollowUpRuleFields
    }
  }
`;

const CREATE_FOLLOW_UP_RULE = /* GraphQL */ `
  mutation CreateFollowUpRule($input: CreateFollowUpRuleInput!) {
    createFollowUpRule(input: $input) {
      rule {
        ...FollowUpRuleFields
      }
    }
  }
`;

const UPDATE_FOLLOW_UP_RULE = /* GraphQL */ `
  mutation UpdateFollowUpRule($input: UpdateFollowUpRuleInput!) {
    updateFollowUpRule(input: $input) {
      rule {
        ...FollowUpRuleFields
      }
    }
  }
`;

const FOLLOW_UP_RECOMMENDATIONS = /* GraphQL */ `
  query FollowUpRecommendations($periodId: ID!, $action: FollowUpAction) {
    followUpRecommendations(periodId: $periodId, action: $action) {
      action
      reason
      predicate
      predicates
      employee {
        id
        fullName
        nipFormatted
        unit {
          id
          name
        }
      }
      rule {
        id
        name
        consecutivePeriods
        note
      }
      evaluation {
        id
        planId
      }
    }
  }
`;

const DECISION_FIELDS = /* GraphQL */ `
  fragment FollowUpDecisionFields on FollowUpDecision {
    id
    action
    outcome
    reason
    resultId
    decidedBy
    createdAt
    employee {
      id
      fullName
      nipFormatted
    }
    rule {
      id
      name
    }
  }
`;

const FOLLOW_UP_DECISIONS = /* GraphQL */ `
  query FollowUpDecisions($periodId: ID!) {
    followUpDecisions(periodId: $periodId) {
      ...FollowUpDecisionFields
    }
  }
`;

const ACT_ON_RECOMMENDATION = /* GraphQL */ `
  mutation ActOnRecommendation($input: ActOnRecommendationInput!) {
    actOnRecommendation(input: $input) {
      decision {
        ...FollowUpDecisionFields
      }
      coachingPlan {
        id
      }
      enrollment {
        id
        status
      }
      reward {
        id
      }
      disciplinaryCase {
        id
      }
    }
  }
`;

const DISMISS_RECOMMENDATION = /* GraphQL */ `
  mutation DismissRecommendation($input: DismissRecommendationInput!) {
    dismissRecommendation(input: $input) {
      decision {
        ...FollowUpDecisionFields
      }
    }
  }
`;

const COACHING_PLAN_AFTER_STEP = /* GraphQL */ `
  fragment CoachingPlanAfterStep on CoachingPlan {
    id
    status
    outcome
    outcomeNote
    version
    sessions {
      date
      notes
      recordedBy
    }
  }
`;

const ADD_COACHING_SESSION = /* GraphQL */ `
  mutation AddCoachingSession($input: AddCoachingSessionInput!) {
    addCoachingSession(input: $input) {
      plan {
        ...CoachingPlanAfterStep
      }
    }
  }
`;

const CLOSE_COACHING_PLAN = /* GraphQL */ `
  mutation CloseCoachingPlan($input: CloseCoachingPlanInput!) {
    closeCoachingPlan(input: $input) {
      plan {
        ...CoachingPlanAfterStep
      }
    }
  }
`;

const TRAINING_COMPLIANCE = /* GraphQL */ `
  query TrainingCompliance($year: Int!, $unitId: ID, $first: Int!) {
    trainingCompliance(year: $year, unitId: $unitId, first: $first) {
      year
      requiredJp
      employeeCount
      compliantCount
      belowCount
      compliantShare
      averageJp
      units {
        unit {
          id
          code
          name
        }
        employeeCount
        compliantCount
        belowCount
        compliantShare
        averageJp
      }
      below {
        totalJp
        remainingJp
        employee {
          id
          fullName
          nipFormatted
          unit {
            id
            name
          }
        }
      }
    }
  }
`;

const TRAINING_HOURS = /* GraphQL */ `
  query TrainingHours($employeeId: ID!, $year: Int!) {
    trainingHours(employeeId: $employeeId, year: $year) {
      year
      totalJp
      requiredJp
      remainingJp
      compliant
    }
  }
`;

const RECOMMENDED_TRAININGS = /* GraphQL */ `
  query RecommendedTrainings($employeeId: ID!, $periodId: ID!) {
    recommendedTrainings(employeeId: $employeeId, periodId: $periodId) {
      rank
      reason
      alreadyEnrolled
      program {
        id
        code
        title
        jpHours
      }
    }
  }
`;

export type RecommendedTrainingRow = RecommendedTrainingsQuery['recommendedTrainings'][number];
export type FollowUpRuleRecord = FollowUpRulesQuery['followUpRules'][number];
export type FollowUpRecommendationRow = FollowUpRecommendationsQuery['followUpRecommendations'][number];
export type FollowUpDecisionRow = FollowUpDecisionsQuery['followUpDecisions'][number];
export type CoachingPlanAfterStep = AddCoachingSessionMutation['addCoachingSession']['plan'];
export type TrainingComplianceReport = TrainingComplianceQuery['trainingCompliance'];
export type TrainingHoursOfYear = TrainingHoursQuery['trainingHours'];

/** What a rule says, as its form edits it. */
export type FollowUpRuleValues = {
  name: string;
  predicates: Predicate[];
  consecutivePeriods?: number | null;
  action: FollowUpAction;
  note?: string | null;
  active?: boolean;
};

/** One recommendation: the period, the employee and the rule that proposes it. */
export type RecommendationKey = { periodId: Identifier; employeeId: Identifier; ruleId: Identifier };

/** The record a recommendation becomes: exactly the part of its rule's action. */
export type RecommendationAct =
  | { reward: { rewardTypeCode: string; grantedOn: string; reason: string; decreeNumber?: string | null } }
  | { enrollment: { sessionId: Identifier } }
  | { coachingPlan: { goals: string[]; startDate: string; endDate?: string | null; mentorId?: Identifier | null } }
  | { disciplinaryCase: { violation: string; violationDate: string; article: string } };

export type FollowUpMethods = {
  /** The agency's follow-up rules, by action and name. */
  getFollowUpRules(): Promise<{ data: FollowUpRuleRecord[] }>;
  createFollowUpRule(values: FollowUpRuleValues): Promise<{ data: FollowUpRuleRecord }>;
  /** Sends only what changed (and the version it was based on). */
  updateFollowUpRule(id: Identifier, version: number, changes: Partial<FollowUpRuleValues>): Promise<{ data: FollowUpRuleRecord }>;
  /** What the rules propose for a CLOSED period (CONFLICT before), decided ones left out. */
  getFollowUpRecommendations(periodId: Identifier, action?: FollowUpAction | null): Promise<{ data: FollowUpRecommendationRow[] }>;
  getFollowUpDecisions(periodId: Identifier): Promise<{ data: FollowUpDecisionRow[] }>;
  actOnRecommendation(
    key: RecommendationKey,
    act: RecommendationAct,
  ): Promise<{ data: FollowUpDecisionRow; resultId: Identifier | null; enrollmentStatus: string | null }>;
  dismissRecommendation(key: RecommendationKey, reason: string): Promise<{ data: FollowUpDecisionRow }>;
  addCoachingSession(planId: Identifier, version: number, date: string, notes: string): Promise<{ data: CoachingPlanAfterStep }>;
  /** COMPLETED with its outcome, or CANCELLED. */
  closeCoachingPlan(
    id: Identifier,
    version: number,
    status: CoachingStatus,
    outcome?: CoachingOutcome | null,
    note?: string | null,
  ): Promise<{ data: CoachingPlanAfterStep }>;
  /** Active PNS of a unit subtree (default the actor's agency) against the yearly minimum of JP. */
  getTrainingCompliance(year: number, unitId?: Identifier | null, first?: number): Promise<{ data: TrainingComplianceReport }>;
  getTrainingHours(employeeId: Identifier, year: number): Promise<{ data: TrainingHoursOfYear }>;
  /** Programmes linked to what fell below expectation in the employee's evaluation of the period, best first. */
  getRecommendedTrainings(employeeId: Identifier, periodId: Identifier): Promise<{ data: RecommendedTrainingRow[] }>;
};

const keyInput = (key: RecommendationKey) => ({
  periodId: String(key.periodId),
  employeeId: String(key.employeeId),
  ruleId: String(key.ruleId),
});

/** The act with IDs as strings and empty optional values left out. */
const actInput = (act: RecommendationAct): Omit<ActOnRecommendationMutationVariables['input'], 'periodId' | 'employeeId' | 'ruleId'> => {
  if ('reward' in act) {
    const { decreeNumber, ...reward } = act.reward;
    return { reward: { ...reward, ...(decreeNumber ? { decreeNumber } : {}) } };
  }
  if ('enrollment' in act) return { enrollment: { sessionId: String(act.enrollment.sessionId) } };
  if ('coachingPlan' in act) {
    const { endDate, mentorId, goals, startDate } = act.coachingPlan;
    return { coachingPlan: { goals, startDate, ...(endDate ? { endDate } : {}), ...(mentorId ? { mentorId: String(mentorId) } : {}) } };
  }
  return { disciplinaryCase: act.disciplinaryCase };
};

const ruleInput = (values: Partial<FollowUpRuleValues>) => {
  const input: Partial<FollowUpRuleValues> = {};
  if (values.name !== undefined) input.name = values.name;
  if (values.predicates !== undefined) input.predicates = values.predicates;
  if (values.consecutivePeriods != null) input.consecutivePeriods = values.consecutivePeriods;
  if (values.action !== undefined) input.action = values.action;
  if (values.note !== undefined) input.note = values.note || null;
  if (values.active !== undefined) input.active = values.active;
  return input;
};

export const followUpMethods: FollowUpMethods = {
  async getFollowUpRules() {
    const data = await request<FollowUpRulesQuery, FollowUpRulesQueryVariables>(FOLLOW_UP_RULES + FOLLOW_UP_RULE_FIELDS, {});
    return { data: data.followUpRules };
  },

  async createFollowUpRule(values) {
    const { active: _active, ...input } = ruleInput(values);
    const data = await request<CreateFollowUpRuleMutation, CreateFollowUpRuleMutationVariables>(
      CREATE_FOLLOW_UP_RULE + FOLLOW_UP_RULE_FIELDS,
      { input: input as CreateFollowUpRuleMutationVariables['input'] },
    );
    return { data: data.createFollowUpRule.rule };
  },

  async updateFollowUpRule(id, version, changes) {
    const data = await request<UpdateFollowUpRuleMutation, UpdateFollowUpRuleMutationVariables>(
      UPDATE_FOLLOW_UP_RULE + FOLLOW_UP_RULE_FIELDS,
      { input: { id: String(id), version, ...ruleInput(changes) } },
    );
    return { data: data.updateFollowUpRule.rule };
  },

  async getFollowUpRecommendations(periodId, action) {
    const data = await request<FollowUpRecommendationsQuery, FollowUpRecommendationsQueryVariables>(FOLLOW_UP_RECOMMENDATIONS, {
      periodId: String(periodId),
      ...(action ? { action } : {}),
    });
    return { data: data.followUpRecommendations };
  },

  async getFollowUpDecisions(periodId) {
    const data = await request<FollowUpDecisionsQuery, FollowUpDecisionsQueryVariables>(FOLLOW_UP_DECISIONS + DECISION_FIELDS, {
      periodId: String(periodId),
    });
    return { data: data.followUpDecisions };
  },

  async actOnRecommendation(key, act) {
    const data = await request<ActOnRecommendationMutation, ActOnRecommendationMutationVariables>(ACT_ON_RECOMMENDATION + DECISION_FIELDS, {
      input: { ...keyInput(key), ...actInput(act) },
    });
    const payload = data.actOnRecommendation;
    const record = payload.coachingPlan ?? payload.enrollment ?? payload.reward ?? payload.disciplinaryCase;
    return { data: payload.decision, resultId: record?.id ?? null, enrollmentStatus: payload.enrollment?.status ?? null };
  },

  async dismissRecommendation(key, reason) {
    const data = await request<DismissRecommendationMutation, DismissRecommendationMutationVariables>(
      DISMISS_RECOMMENDATION + DECISION_FIELDS,
      { input: { ...keyInput(key), reason } },
    );
    return { data: data.dismissRecommendation.decision };
  },

  async addCoachingSession(planId, version, date, notes) {
    const data = await request<AddCoachingSessionMutation, AddCoachingSessionMutationVariables>(
      ADD_COACHING_SESSION + COACHING_PLAN_AFTER_STEP,
      { input: { planId: String(planId), version, date, notes } },
    );
    return { data: data.addCoachingSession.plan };
  },

  async closeCoachingPlan(id, version, status, outcome, note) {
    const data = await request<CloseCoachingPlanMutation, CloseCoachingPlanMutationVariables>(
      CLOSE_COACHING_PLAN + COACHING_PLAN_AFTER_STEP,
      { input: { id: String(id), version, status, ...(outcome ? { outcome } : {}), ...(note ? { note } : {}) } },
    );
    return { data: data.closeCoachingPlan.plan };
  },

  async getTrainingCompliance(year, unitId, first = 100) {
    const data = await request<TrainingComplianceQuery, TrainingComplianceQueryVariables>(TRAINING_COMPLIANCE, {
      year,
      first,
      ...(unitId ? { unitId: String(unitId) } : {}),
    });
    return { data: data.trainingCompliance };
  },

  async getTrainingHours(employeeId, year) {
    const data = await request<TrainingHoursQuery, TrainingHoursQueryVariables>(TRAINING_HOURS, { employeeId: String(employeeId), year });
    return { data: data.trainingHours };
  },

  async getRecommendedTrainings(employeeId, periodId) {
    const data = await request<RecommendedTrainingsQuery, RecommendedTrainingsQueryVariables>(RECOMMENDED_TRAININGS, {
      employeeId: String(employeeId),
      periodId: String(periodId),
    });
    return { data: data.recommendedTrainings };
  },
};

type SortOrder = { field: string; order: string };

const compare = (a: unknown, b: unknown): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a ?? '').localeCompare(String(b ?? ''), 'id');

/**
 * The rules as a react-admin resource: the API answers one short list, so filters (`q` on the
 * name, `action`, `active`), sorting and pages are applied here.
 */
export const followUpRuleResource = {
  async getList(params: GetListParams): Promise<GetListResult<FollowUpRuleRecord>> {
    const { data: rules } = await followUpMethods.getFollowUpRules();
    const filter = (params.filter ?? {}) as { q?: string; action?: string; active?: boolean };
    const q = filter.q?.trim().toLowerCase();
    const matching = rules.filter(
      (rule) =>
        (!q || rule.name.toLowerCase().includes(q)) &&
        (!filter.action || rule.action === filter.action) &&
        (filter.active === undefined || rule.active === filter.active),
    );
    const { field, order } = (params.sort ?? { field: 'name', order: 'ASC' }) as SortOrder;
    const sorted = [...matching].sort(
      (a, b) => compare(a[field as keyof FollowUpRuleRecord], b[field as keyof FollowUpRuleRecord]) * (order === 'DESC' ? -1 : 1),
    );
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    return { data: sorted.slice((page - 1) * perPage, page * perPage), total: matching.length };
  },

  async getOne(params: GetOneParams): Promise<{ data: FollowUpRuleRecord }> {
    const { data: rules } = await followUpMethods.getFollowUpRules();
    const rule = rules.find((candidate) => candidate.id === String(params.id));
    if (!rule) {
      const message = `FollowUpRule ${String(params.id)} not found`;
      throw Object.assign(new Error(message), { status: 404 });
    }
    return { data: rule };
  },

  async getMany(params: GetManyParams): Promise<GetManyResult<FollowUpRuleRecord>> {
    const ids = new Set(params.ids.map(String));
    const { data: rules } = await followUpMethods.getFollowUpRules();
    return { data: rules.filter((rule) => ids.has(rule.id)) };
  },

  create: (params: { data: Partial<RaRecord> }) => followUpMethods.createFollowUpRule(params.data as FollowUpRuleValues),

  /** Only the fields that changed since the record was loaded, with its version. */
  update: (params: { id: Identifier; data: Partial<RaRecord>; previousData: RaRecord }) => {
    const previous = params.previousData as Partial<FollowUpRuleRecord>;
    const changes = Object.fromEntries(
      (['name', 'predicates', 'consecutivePeriods', 'action', 'note', 'active'] as const)
        .filter((key) => JSON.stringify(params.data[key] ?? null) !== JSON.stringify(previous[key] ?? null))
        .map((key) => [key, params.data[key]]),
    );
    return followUpMethods.updateFollowUpRule(params.id, Number(previous.version ?? params.data.version), changes);
  },
};
