import type { Identifier } from 'react-admin';
import type {
  AcknowledgeEvaluationMutation,
  AcknowledgeEvaluationMutationVariables,
  BehaviourValuesOfAgencyQuery,
  BehaviourValuesOfAgencyQueryVariables,
  ConfirmEvaluationMutation,
  ConfirmEvaluationMutationVariables,
  ConfirmEvaluationsMutation,
  ConfirmEvaluationsMutationVariables,
  DecideObjectionInput,
  DecideObjectionMutation,
  DecideObjectionMutationVariables,
  ObjectToEvaluationMutation,
  ObjectToEvaluationMutationVariables,
  OrgAchievement,
  PredicateDistributionQuery,
  PredicateDistributionQueryVariables,
  PublishedResultsQuery,
  PublishedResultsQueryVariables,
  PublishResultsMutation,
  PublishResultsMutationVariables,
  ReviewEvaluationMutation,
  ReviewEvaluationMutationVariables,
  SaveEvaluationInput,
  SaveEvaluationMutation,
  SaveEvaluationMutationVariables,
  SetUnitAchievementMutation,
  SetUnitAchievementMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// Evaluations of performance plans and what follows from them: the appraiser's draft and
// confirmation, the employee's acknowledgement or objection, the superior's decision and review,
// confirming a period's complete drafts at once, the distribution curve with the units'
// achievements, and publishing a closed period. A refused step becomes an HttpError (errors.ts);
// a CONFLICT carries what keeps it in `body.blockers` (`blockersOf`).

const EVALUATION_AFTER_STEP = /* GraphQL */ `
  fragment EvaluationAfterStep on Evaluation {
    id
    planId
    status
    version
    score
    predicate
    updatedAt
  }
`;

const SAVE_EVALUATION = /* GraphQL */ `
  mutation SaveEvaluation($input: SaveEvaluationInput!) {
    saveEvaluation(input: $input) {
      evaluation {
        ...EvaluationAfterStep
        behaviourRating
      }
    }
  }
`;

const CONFIRM_EVALUATION = /* GraphQL */ `
  mutation ConfirmEvaluation($input: EvaluationStepInput!) {
    confirmEvaluation(input: $input) {
      evaluation {
        ...EvaluationAfterStep
      }
    }
  }
`;

const ACKNOWLEDGE_EVALUATION = /* GraphQL */ `
  mutation AcknowledgeEvaluation($input: EvaluationStepInput!) {
    acknowledgeEvaluation(input: $input) {
      evaluation {
        ...EvaluationAfterStep
      }
    }
  }
`;

const OBJECT_TO_EVALUATION = /* GraphQL */ `
  mutation ObjectToEvaluation($input: ObjectToEvaluationInput!) {
    objectToEvaluation(input: $input) {
      evaluation {
        ...EvaluationAfterStep
      }
    }
  }
`;

const DECIDE_OBJECTION = /* GraphQL */ `
  mutation DecideObjection($input: DecideObjectionInput!) {
    decideObjection(input: $input) {
      evaluation {
        ...EvaluationAfterStep
      }
    }
  }
`;

const REVIEW_EVALUATION = /* GraphQL */ `
  mutation ReviewEvaluation($input: ReviewEvaluationInput!) {
    reviewEvaluation(input: $input) {
      evaluation {
        ...EvaluationAfterStep
      }
    }
  }
`;

const CONFIRM_EVALUATIONS = /* GraphQL */ `
  mutation ConfirmEvaluations($input: ConfirmEvaluationsInput!) {
    confirmEvaluations(input: $input) {
      confirmed
      skippedCount
      skipped {
        planId
        employeeName
        problems
      }
    }
  }
`;

const BEHAVIOUR_VALUES_OF_AGENCY = /* GraphQL */ `
  query BehaviourValuesOfAgency($agencyId: ID) {
    effectiveBehaviourValues(agencyId: $agencyId) {
      id
      code
      name
      description
      guides
      sortOrder
    }
  }
`;

const PREDICATE_DISTRIBUTION = /* GraphQL */ `
  query PredicateDistribution($periodId: ID!, $unitId: ID) {
    predicateDistribution(periodId: $periodId, unitId: $unitId) {
      employeeCount
      deviatingUnits
      counts {
        predicate
        count
        share
      }
      units {
        unit {
          id
          name
          code
        }
        achievement
        achievementVersion
        employeeCount
        deviates
        deviations
        counts {
          predicate
          count
          share
        }
      }
    }
  }
`;

const SET_UNIT_ACHIEVEMENT = /* GraphQL */ `
  mutation SetUnitAchievement($input: SetUnitAchievementInput!) {
    setUnitAchievement(input: $input) {
      unitAchievement {
        id
        unitId
        periodId
        achievement
        note
        version
      }
    }
  }
`;

const PUBLISH_RESULTS = /* GraphQL */ `
  mutation PublishResults($input: PublishResultsInput!) {
    publishResults(input: $input) {
      units
      suppressed
    }
  }
`;

const PUBLISHED_RESULTS = /* GraphQL */ `
  query PublishedResults($agencyCode: String!, $periodId: ID) {
    publishedResults(agencyCode: $agencyCode, periodId: $periodId) {
      unitName
      periodName
      publishedAt
      employeeCount
      suppressed
      predicateCounts {
        predicate
        count
      }
      indicators {
        code
        name
        averageAchievement
        plans
      }
      employees {
        name
        position
        predicate
      }
    }
  }
`;

/** What a page needs back after a step: the new status and version (it reloads the rest). */
export type EvaluationAfterStep = ConfirmEvaluationMutation['confirmEvaluation']['evaluation'];
export type ConfirmedEvaluations = ConfirmEvaluationsMutation['confirmEvaluations'];
export type BehaviourValueChoice = BehaviourValuesOfAgencyQuery['effectiveBehaviourValues'][number];
export type PredicateDistribution = PredicateDistributionQuery['predicateDistribution'];
export type UnitDistribution = PredicateDistribution['units'][number];
export type PublishedUnitResult = PublishedResultsQuery['publishedResults'][number];
export type { DecideObjectionInput, SaveEvaluationInput };

export type EvaluationMethods = {
  /** Saves the appraiser's draft (a new one, or a change based on `version`). */
  saveEvaluation(input: SaveEvaluationInput): Promise<{ data: EvaluationAfterStep & { behaviourRating?: string | null } }>;
  /** DRAFT -> CONFIRMED: computes and stores the result; refused with the blockers when incomplete. */
  confirmEvaluation(id: Identifier, version: number): Promise<{ data: EvaluationAfterStep }>;
  /** CONFIRMED -> ACKNOWLEDGED (the employee). */
  acknowledgeEvaluation(id: Identifier, version: number): Promise<{ data: EvaluationAfterStep }>;
  /** CONFIRMED -> OBJECTED with the reason, before the deadline (the employee). */
  objectToEvaluation(id: Identifier, version: number, reason: string): Promise<{ data: EvaluationAfterStep }>;
  /** OBJECTED -> DECIDED: upheld with a new predicate, or rejected (the appraiser's superior; HR when none). */
  decideObjection(input: DecideObjectionInput): Promise<{ data: EvaluationAfterStep }>;
  /** The superior's review note. */
  reviewEvaluation(id: Identifier, version: number, note: string): Promise<{ data: EvaluationAfterStep }>;
  /** Confirms every complete draft the actor appraises in the period (optionally a unit subtree). */
  confirmEvaluations(periodId: Identifier, unitId?: Identifier | null): Promise<{ data: ConfirmedEvaluations }>;
  /** The core values an agency appraises, in order. */
  getBehaviourValues(agencyId?: Identifier | null): Promise<{ data: BehaviourValueChoice[] }>;
  /** The distribution curve of a period for the agency or a unit subtree. */
  getPredicateDistribution(periodId: Identifier, unitId?: Identifier | null): Promise<{ data: PredicateDistribution }>;
  /** Records a unit's achievement in a period (HR), based on the `version` loaded (0: none was recorded). */
  setUnitAchievement(
    periodId: Identifier,
    unitId: Identifier,
    achievement: OrgAchievement,
    note?: string | null,
    version?: number,
  ): Promise<{ data: SetUnitAchievementMutation['setUnitAchievement']['unitAchievement'] }>;
  /** Publishes a CLOSED period's results per unit (HR). */
  publishResults(periodId: Identifier, includeEmployees: boolean): Promise<{ data: PublishResultsMutation['publishResults'] }>;
  /** What an agency has published (public). */
  getPublishedResults(agencyCode: string, periodId?: Identifier | null): Promise<{ data: PublishedUnitResult[] }>;
};

const step = async <Data, Variables>(document: string, variables: Variables, pick: (data: Data) => { evaluation: EvaluationAfterStep }) => {
  const data = await request<Data, Variables>(document + EVALUATION_AFTER_STEP, variables);
  return { data: pick(data).evaluation };
};

export const evaluationMethods: EvaluationMethods = {
  async saveEvaluation(input) {
    const data = await request<SaveEvaluationMutation, SaveEvaluationMutationVariables>(SAVE_EVALUATION + EVALUATION_AFTER_STEP, { input });
    return { data: data.saveEvaluation.evaluation };
  },

  confirmEvaluation: (id, version) =>
    step<ConfirmEvaluationMutation, ConfirmEvaluationMutationVariables>(
      CONFIRM_EVALUATION,
      { input: { id: String(id), version } },
      (data) => data.confirmEvaluation,
    ),

  acknowledgeEvaluation: (id, version) =>
    step<AcknowledgeEvaluationMutation, AcknowledgeEvaluationMutationVariables>(
      ACKNOWLEDGE_EVALUATION,
      { input: { id: String(id), version } },
      (data) => data.acknowledgeEvaluation,
    ),

  objectToEvaluation: (id, version, reason) =>
    step<ObjectToEvaluationMutation, ObjectToEvaluationMutationVariables>(
      OBJECT_TO_EVALUATION,
      { input: { id: String(id), version, reason } },
      (data) => data.objectToEvaluation,
    ),

  decideObjection: (input) =>
    step<DecideObjectionMutation, DecideObjectionMutationVariables>(DECIDE_OBJECTION, { input }, (data) => data.decideObjection),

  reviewEvaluation: (id, version, note) =>
    step<ReviewEvaluationMutation, ReviewEvaluationMutationVariables>(
      REVIEW_EVALUATION,
      { input: { id: String(id), version, note } },
      (data) => data.reviewEvaluation,
    ),

  async confirmEvaluations(periodId, unitId) {
    const data = await request<ConfirmEvaluationsMutation, ConfirmEvaluationsMutationVariables>(CONFIRM_EVALUATIONS, {
      input: { periodId: String(periodId), ...(unitId ? { unitId: String(unitId) } : {}) },
    });
    return { data: data.confirmEvaluations };
  },

  async getBehaviourValues(agencyId) {
    const data = await request<BehaviourValuesOfAgencyQuery, BehaviourValuesOfAgencyQueryVariables>(BEHAVIOUR_VALUES_OF_AGENCY, {
      agencyId: agencyId ? String(agencyId) : null,
    });
    return { data: [...data.effectiveBehaviourValues].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)) };
  },

  async getPredicateDistribution(periodId, unitId) {
    const data = await request<PredicateDistributionQuery, PredicateDistributionQueryVariables>(PREDICATE_DISTRIBUTION, {
      periodId: String(periodId),
      unitId: unitId ? String(unitId) : null,
    });
    return { data: data.predicateDistribution };
  },

  async setUnitAchievement(periodId, unitId, achievement, note, version) {
    const data = await request<SetUnitAchievementMutation, SetUnitAchievementMutationVariables>(SET_UNIT_ACHIEVEMENT, {
      input: {
        periodId: String(periodId),
        unitId: String(unitId),
        achievement,
        ...(note ? { note } : {}),
        ...(version != null ? { version } : {}),
      },
    });
    return { data: data.setUnitAchievement.unitAchievement };
  },

  async publishResults(periodId, includeEmployees) {
    const data = await request<PublishResultsMutation, PublishResultsMutationVariables>(PUBLISH_RESULTS, {
      input: { periodId: String(periodId), includeEmployees },
    });
    return { data: data.publishResults };
  },

  async getPublishedResults(agencyCode, periodId) {
    const data = await request<PublishedResultsQuery, PublishedResultsQueryVariables>(PUBLISHED_RESULTS, {
      agencyCode,
      periodId: periodId ? String(periodId) : null,
    });
    return { data: data.publishedResults };
  },
};
