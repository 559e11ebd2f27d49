import type { Identifier } from 'react-admin';
import type {
  ClosePeriodMutation,
  GenerateSubPeriodsMutation,
  GenerateSubPeriodsMutationVariables,
  PeriodStatus,
  PeriodTransitionInput,
  PeriodType,
  ReopenPeriodMutation,
  ReopenPeriodMutationVariables,
  StartEvaluationMutation,
  StartMonitoringMutation,
  StartPlanningMutation,
} from '../gql/graphql';
import { request } from './request';

// The lifecycle of an appraisal period (DRAFT -> PLANNING -> MONITORING -> EVALUATION -> CLOSED)
// and the sub-periods of an annual one: operations that are no CRUD. Each step is its own
// mutation; pages name the status they want to reach (the record's `nextStep.to`), and only this
// file knows which mutation takes it there. A step the API refuses (a blocker, a stale version)
// becomes an HttpError whose message says why (errors.ts).

const PERIOD_AFTER_STEP = /* GraphQL */ `
  fragment PeriodAfterStep on AppraisalPeriod {
    id
    status
    version
    updatedAt
  }
`;

const START_PLANNING = /* GraphQL */ `
  mutation StartPlanning($input: PeriodTransitionInput!) {
    startPlanning(input: $input) {
      period {
        ...PeriodAfterStep
      }
    }
  }
`;

const START_MONITORING = /* GraphQL */ `
  mutation StartMonitoring($input: PeriodTransitionInput!) {
    startMonitoring(input: $input) {
      period {
        ...PeriodAfterStep
      }
    }
  }
`;

const START_EVALUATION = /* GraphQL */ `
  mutation StartEvaluation($input: PeriodTransitionInput!) {
    startEvaluation(input: $input) {
      period {
        ...PeriodAfterStep
      }
    }
  }
`;

const CLOSE_PERIOD = /* GraphQL */ `
  mutation ClosePeriod($input: PeriodTransitionInput!) {
    closePeriod(input: $input) {
      period {
        ...PeriodAfterStep
      }
    }
  }
`;

const REOPEN_PERIOD = /* GraphQL */ `
  mutation ReopenPeriod($input: ReopenPeriodInput!) {
    reopenPeriod(input: $input) {
      period {
        ...PeriodAfterStep
      }
    }
  }
`;

const GENERATE_SUB_PERIODS = /* GraphQL */ `
  mutation GenerateSubPeriods($input: GenerateSubPeriodsInput!) {
    generateSubPeriods(input: $input) {
      created
      periods {
        id
        name
      }
    }
  }
`;

/** What a page needs back after a step: the new status and version (it reloads the rest). */
export type PeriodAfterStep = { id: Identifier; status: PeriodStatus; version: number; updatedAt: string };

type StepResult =
  | StartPlanningMutation['startPlanning']
  | StartMonitoringMutation['startMonitoring']
  | StartEvaluationMutation['startEvaluation']
  | ClosePeriodMutation['closePeriod'];

/** The forward steps: the status reached -> the mutation that takes the step, and its payload. */
const STEPS: Partial<Record<PeriodStatus, { document: string; payload: (data: Record<string, StepResult>) => StepResult }>> = {
  PLANNING: { document: START_PLANNING, payload: (data) => data.startPlanning },
  MONITORING: { document: START_MONITORING, payload: (data) => data.startMonitoring },
  EVALUATION: { document: START_EVALUATION, payload: (data) => data.startEvaluation },
  CLOSED: { document: CLOSE_PERIOD, payload: (data) => data.closePeriod },
};

export type PeriodMethods = {
  /**
   * Takes a period one step forward, to `to` (its `nextStep.to`), based on `version`. A step the
   * period cannot take now is refused with the blockers in the error's message.
   */
  takePeriodStep(id: Identifier, version: number, to: PeriodStatus): Promise<{ data: PeriodAfterStep }>;
  /** Takes a CLOSED period back to EVALUATION (platform administrators), with the reason kept in its history. */
  reopenPeriod(id: Identifier, version: number, reason: string): Promise<{ data: PeriodAfterStep }>;
  /** Creates the semesters, quarters or months of an annual period; those that exist are kept. */
  generateSubPeriods(id: Identifier, type: PeriodType): Promise<{ data: { created: number; periods: { id: Identifier; name: string }[] } }>;
};

export const periodMethods: PeriodMethods = {
  async takePeriodStep(id, version, to) {
    const step = STEPS[to];
    if (!step) throw new Error(`No lifecycle step leads to ${to}`);
    const data = await request<Record<string, StepResult>, { input: PeriodTransitionInput }>(step.document + PERIOD_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: step.payload(data).period };
  },

  async reopenPeriod(id, version, reason) {
    const data = await request<ReopenPeriodMutation, ReopenPeriodMutationVariables>(REOPEN_PERIOD + PERIOD_AFTER_STEP, {
      input: { id: String(id), version, reason },
    });
    return { data: data.reopenPeriod.period };
  },

  async generateSubPeriods(id, type) {
    const data = await request<GenerateSubPeriodsMutation, GenerateSubPeriodsMutationVariables>(GENERATE_SUB_PERIODS, {
      input: { id: String(id), type },
    });
    return { data: data.generateSubPeriods };
  },
};
