import type { Identifier } from 'react-admin';
import type {
  ApprovePlanMutation,
  ApprovePlanMutationVariables,
  CurrentActorQuery,
  CurrentActorQueryVariables,
  DeleteRealizationMutation,
  DeleteRealizationMutationVariables,
  GeneratePlansMutation,
  GeneratePlansMutationVariables,
  PlanStatus,
  PlanStatusCountsQuery,
  PlanStatusCountsQueryVariables,
  PlanTargetInput,
  RecordRealizationInput,
  RecordRealizationMutation,
  RecordRealizationMutationVariables,
  ReturnPlanMutation,
  ReturnPlanMutationVariables,
  SetPlanTargetsMutation,
  SetPlanTargetsMutationVariables,
  SubmitPlanMutation,
  SubmitPlanMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// Performance plans (SKP) and their realisations: everything that is no CRUD. Plans are made by
// `generatePlans` (HR, period in PLANNING), their targets replaced as a whole by `setPlanTargets`,
// and they move DRAFT/RETURNED -> SUBMITTED -> APPROVED (or back to RETURNED with a comment) one
// mutation per step. Realisations are recorded per target and (sub-)period once the plan is
// approved. A refusal becomes an HttpError (errors.ts): field errors under `targets.<n>.<field>`,
// `comment`, `value`, ... for the forms; a CONFLICT (wrong status, stale version) with the
// API's words as its message.

const PLAN_AFTER_STEP = /* GraphQL */ `
  fragment PlanAfterStep on PerformancePlan {
    id
    status
    version
    returnComment
    updatedAt
  }
`;

const GENERATE_PLANS = /* GraphQL */ `
  mutation GeneratePlans($input: GeneratePlansInput!) {
    generatePlans(input: $input) {
      created
      existing
      withoutAppraiser
      withoutTemplate {
        id
        name
        nip
      }
    }
  }
`;

const SET_PLAN_TARGETS = /* GraphQL */ `
  mutation SetPlanTargets($input: SetPlanTargetsInput!) {
    setPlanTargets(input: $input) {
      plan {
        ...PlanAfterStep
        mainWeight
      }
    }
  }
`;

const SUBMIT_PLAN = /* GraphQL */ `
  mutation SubmitPlan($input: PlanStepInput!) {
    submitPlan(input: $input) {
      plan {
        ...PlanAfterStep
      }
    }
  }
`;

const APPROVE_PLAN = /* GraphQL */ `
  mutation ApprovePlan($input: PlanStepInput!) {
    approvePlan(input: $input) {
      plan {
        ...PlanAfterStep
      }
    }
  }
`;

const RETURN_PLAN = /* GraphQL */ `
  mutation ReturnPlan($input: ReturnPlanInput!) {
    returnPlan(input: $input) {
      plan {
        ...PlanAfterStep
      }
    }
  }
`;

const RECORD_REALIZATION = /* GraphQL */ `
  mutation RecordRealization($input: RecordRealizationInput!) {
    recordRealization(input: $input) {
      realization {
        id
        targetId
        periodId
        value
        note
        evidenceLinks
        version
      }
    }
  }
`;

const DELETE_REALIZATION = /* GraphQL */ `
  mutation DeleteRealization($input: DeleteRealizationInput!) {
    deleteRealization(input: $input) {
      id
    }
  }
`;

const CURRENT_ACTOR = /* GraphQL */ `
  query CurrentActor {
    me {
      id
      employeeId
      permissions
    }
  }
`;

// One request for the plans of a period per status: only the totals, no rows (first: 0).
const PLAN_STATUS_COUNTS = /* GraphQL */ `
  query PlanStatusCounts($periodId: ID!) {
    all: performancePlans(filter: { periodId: { eq: $periodId } }, first: 0) {
      totalCount
    }
    draft: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: DRAFT } }, first: 0) {
      totalCount
    }
    submitted: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: SUBMITTED } }, first: 0) {
      totalCount
    }
    returned: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: RETURNED } }, first: 0) {
      totalCount
    }
    approved: performancePlans(filter: { periodId: { eq: $periodId }, status: { eq: APPROVED } }, first: 0) {
      totalCount
    }
  }
`;

/** What a page needs back after a step: the new status and version (it reloads the rest). */
export type PlanAfterStep = SubmitPlanMutation['submitPlan']['plan'];
export type GeneratedPlans = GeneratePlansMutation['generatePlans'];
export type RecordedRealization = RecordRealizationMutation['recordRealization']['realization'];
/** The signed-in account: which employee it is (if any) decides what it may do on a plan. */
export type CurrentActor = CurrentActorQuery['me'];
/** How many plans a period has, in all and per status. */
export type PlanStatusCounts = { total: number } & Record<PlanStatus, number>;
export type { PlanTargetInput, RecordRealizationInput };

export type PlanMethods = {
  /** Creates the plans of a PLANNING period (optionally of a unit subtree); those that exist are kept. */
  generatePlans(periodId: Identifier, unitId?: Identifier | null): Promise<{ data: GeneratedPlans }>;
  /** Replaces every target of a DRAFT or RETURNED plan, based on `version`. */
  setPlanTargets(
    planId: Identifier,
    version: number,
    targets: PlanTargetInput[],
  ): Promise<{ data: PlanAfterStep & { mainWeight: number } }>;
  /** DRAFT or RETURNED -> SUBMITTED (the employee or HR). */
  submitPlan(id: Identifier, version: number): Promise<{ data: PlanAfterStep }>;
  /** SUBMITTED -> APPROVED (the appraiser). */
  approvePlan(id: Identifier, version: number): Promise<{ data: PlanAfterStep }>;
  /** SUBMITTED -> RETURNED with what to change (the appraiser). */
  returnPlan(id: Identifier, version: number, comment: string): Promise<{ data: PlanAfterStep }>;
  /** Records (or replaces) the value of a target in a period. */
  recordRealization(input: RecordRealizationInput): Promise<{ data: RecordedRealization }>;
  /** Deletes a realisation; with `version`, only if it has not changed since. */
  deleteRealization(id: Identifier, version?: number): Promise<{ data: { id: Identifier } }>;
  /** The signed-in account and its employee. */
  getCurrentActor(): Promise<{ data: CurrentActor }>;
  /** The number of plans of a period, in all and per status (totals only). */
  countPlansByStatus(periodId: Identifier): Promise<{ data: PlanStatusCounts }>;
};

export const planMethods: PlanMethods = {
  async generatePlans(periodId, unitId) {
    const data = await request<GeneratePlansMutation, GeneratePlansMutationVariables>(GENERATE_PLANS, {
      input: { periodId: String(periodId), ...(unitId ? { unitId: String(unitId) } : {}) },
    });
    return { data: data.generatePlans };
  },

  async setPlanTargets(planId, version, targets) {
    const data = await request<SetPlanTargetsMutation, SetPlanTargetsMutationVariables>(SET_PLAN_TARGETS + PLAN_AFTER_STEP, {
      input: { planId: String(planId), version, targets },
    });
    return { data: data.setPlanTargets.plan };
  },

  async submitPlan(id, version) {
    const data = await request<SubmitPlanMutation, SubmitPlanMutationVariables>(SUBMIT_PLAN + PLAN_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.submitPlan.plan };
  },

  async approvePlan(id, version) {
    const data = await request<ApprovePlanMutation, ApprovePlanMutationVariables>(APPROVE_PLAN + PLAN_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.approvePlan.plan };
  },

  async returnPlan(id, version, comment) {
    const data = await request<ReturnPlanMutation, ReturnPlanMutationVariables>(RETURN_PLAN + PLAN_AFTER_STEP, {
      input: { id: String(id), version, comment },
    });
    return { data: data.returnPlan.plan };
  },

  async recordRealization(input) {
    const data = await request<RecordRealizationMutation, RecordRealizationMutationVariables>(RECORD_REALIZATION, { input });
    return { data: data.recordRealization.realization };
  },

  async deleteRealization(id, version) {
    const data = await request<DeleteRealizationMutation, DeleteRealizationMutationVariables>(DELETE_REALIZATION, {
      input: { id: String(id), ...(version !== undefined ? { version } : {}) },
    });
    return { data: data.deleteRealization };
  },

  async getCurrentActor() {
    const data = await request<CurrentActorQuery, CurrentActorQueryVariables>(CURRENT_ACTOR, {});
    return { data: data.me };
  },

  async countPlansByStatus(periodId) {
    const data = await request<PlanStatusCountsQuery, PlanStatusCountsQueryVariables>(PLAN_STATUS_COUNTS, { periodId: String(periodId) });
    return {
      data: {
        total: data.all.totalCount,
        DRAFT: data.draft.totalCount,
        SUBMITTED: data.submitted.totalCount,
        RETURNED: data.returned.totalCount,
        APPROVED: data.approved.totalCount,
      },
    };
  },
};
