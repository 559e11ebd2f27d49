import type { Identifier } from 'react-admin';
import type {
  AssignComplaintMutation,
  AssignComplaintMutationVariables,
  CloseComplaintMutation,
  CloseComplaintMutationVariables,
  CloseSurveyMutation,
  CloseSurveyMutationVariables,
  ComplaintCategory,
  OpenSurveyMutation,
  OpenSurveyMutationVariables,
  RejectComplaintMutation,
  RejectComplaintMutationVariables,
  ResolveComplaintMutation,
  ResolveComplaintMutationVariables,
  RespondToComplaintMutation,
  RespondToComplaintMutationVariables,
  StartComplaintMutation,
  StartComplaintMutationVariables,
  SurveyIkmQuery,
  SurveyIkmQueryVariables,
  VerifyComplaintMutation,
  VerifyComplaintMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// Surveys and complaints beyond their CRUD: a survey's lifecycle (open, close) and its live IKM,
// and the steps of a complaint's workflow (verify, assign, start, respond, resolve, close, reject).

const SURVEY_AFTER_STEP = /* GraphQL */ `
  fragment SurveyAfterStep on Survey {
    id
    status
    version
    openedAt
    closedAt
    updatedAt
  }
`;

const OPEN_SURVEY = /* GraphQL */ `
  mutation OpenSurvey($input: SurveyStepInput!) {
    openSurvey(input: $input) {
      survey {
        ...SurveyAfterStep
      }
    }
  }
`;

const CLOSE_SURVEY = /* GraphQL */ `
  mutation CloseSurvey($input: SurveyStepInput!) {
    closeSurvey(input: $input) {
      realizationsUpdated
      survey {
        ...SurveyAfterStep
      }
    }
  }
`;

const SURVEY_IKM = /* GraphQL */ `
  query SurveyIkm($surveyId: ID!) {
    ikm(surveyId: $surveyId) {
      ikm
      ikmRounded
      weightedValue
      category
      categoryLabel
      respondents
      minimumSample
      belowMinimumSample
      from
      to
      elements {
        code
        name
        average
        count
        weight
        weightedAverage
      }
    }
  }
`;

const COMPLAINT_AFTER_STEP = /* GraphQL */ `
  fragment ComplaintAfterStep on Complaint {
    id
    status
    version
    dueDate
    overdue
    updatedAt
  }
`;

const VERIFY_COMPLAINT = /* GraphQL */ `
  mutation VerifyComplaint($input: VerifyComplaintInput!) {
    verifyComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const ASSIGN_COMPLAINT = /* GraphQL */ `
  mutation AssignComplaint($input: AssignComplaintInput!) {
    assignComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const START_COMPLAINT = /* GraphQL */ `
  mutation StartComplaint($input: ComplaintStepInput!) {
    startComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const RESOLVE_COMPLAINT = /* GraphQL */ `
  mutation ResolveComplaint($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const CLOSE_COMPLAINT = /* GraphQL */ `
  mutation CloseComplaint($input: ComplaintStepInput!) {
    closeComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const REJECT_COMPLAINT = /* GraphQL */ `
  mutation RejectComplaint($input: RejectComplaintInput!) {
    rejectComplaint(input: $input) {
      complaint {
        ...ComplaintAfterStep
      }
    }
  }
`;

const RESPOND_TO_COMPLAINT = /* GraphQL */ `
  mutation RespondToComplaint($input: RespondToComplaintInput!) {
    respondToComplaint(input: $input) {
      response {
        id
        complaintId
        authorName
        text
        isPublic
        createdAt
      }
    }
  }
`;

export type SurveyAfterStep = OpenSurveyMutation['openSurvey']['survey'];
export type SurveyIkm = SurveyIkmQuery['ikm'];
export type ComplaintAfterStep = VerifyComplaintMutation['verifyComplaint']['complaint'];
export type GivenComplaintResponse = RespondToComplaintMutation['respondToComplaint']['response'];

/** Corrections a handler may make while verifying a complaint. */
export type VerifyComplaintChanges = { category?: ComplaintCategory | null; unitId?: Identifier | null; employeeId?: Identifier | null };

export type CommunityMethods = {
  /** DRAFT -> OPEN: the public form answers from its first day. */
  openSurvey(id: Identifier, version: number): Promise<{ data: SurveyAfterStep }>;
  /** OPEN -> CLOSED, feeding the IKM to SURVEY indicators; says how many realisations changed. */
  closeSurvey(id: Identifier, version: number): Promise<{ data: SurveyAfterStep; realizationsUpdated: number }>;
  /** The survey's IKM over its own days, computed now. */
  getSurveyIkm(surveyId: Identifier): Promise<{ data: SurveyIkm }>;
  verifyComplaint(id: Identifier, version: number, changes?: VerifyComplaintChanges): Promise<{ data: ComplaintAfterStep }>;
  assignComplaint(
    id: Identifier,
    version: number,
    unitId: Identifier,
    officerId?: Identifier | null,
  ): Promise<{ data: ComplaintAfterStep }>;
  startComplaint(id: Identifier, version: number): Promise<{ data: ComplaintAfterStep }>;
  resolveComplaint(id: Identifier, version: number, resolution: string): Promise<{ data: ComplaintAfterStep }>;
  closeComplaint(id: Identifier, version: number): Promise<{ data: ComplaintAfterStep }>;
  rejectComplaint(id: Identifier, version: number, reason: string): Promise<{ data: ComplaintAfterStep }>;
  /** An answer to the reporter (public, shown by complaintStatus) or a note for the handlers. */
  respondToComplaint(complaintId: Identifier, text: string, isPublic: boolean): Promise<{ data: GivenComplaintResponse }>;
};

const withIds = (changes: VerifyComplaintChanges = {}) => {
  const result: { category?: ComplaintCategory; unitId?: string; employeeId?: string } = {};
  if (changes.category) result.category = changes.category;
  if (changes.unitId) result.unitId = String(changes.unitId);
  if (changes.employeeId) result.employeeId = String(changes.employeeId);
  return result;
};

export const communityMethods: CommunityMethods = {
  async openSurvey(id, version) {
    const data = await request<OpenSurveyMutation, OpenSurveyMutationVariables>(OPEN_SURVEY + SURVEY_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.openSurvey.survey };
  },

  async closeSurvey(id, version) {
    const data = await request<CloseSurveyMutation, CloseSurveyMutationVariables>(CLOSE_SURVEY + SURVEY_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.closeSurvey.survey, realizationsUpdated: data.closeSurvey.realizationsUpdated };
  },

  async getSurveyIkm(surveyId) {
    const data = await request<SurveyIkmQuery, SurveyIkmQueryVariables>(SURVEY_IKM, { surveyId: String(surveyId) });
    return { data: data.ikm };
  },

  async verifyComplaint(id, version, changes) {
    const data = await request<VerifyComplaintMutation, VerifyComplaintMutationVariables>(VERIFY_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version, ...withIds(changes) },
    });
    return { data: data.verifyComplaint.complaint };
  },

  async assignComplaint(id, version, unitId, officerId) {
    const data = await request<AssignComplaintMutation, AssignComplaintMutationVariables>(ASSIGN_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version, unitId: String(unitId), ...(officerId ? { officerId: String(officerId) } : {}) },
    });
    return { data: data.assignComplaint.complaint };
  },

  async startComplaint(id, version) {
    const data = await request<StartComplaintMutation, StartComplaintMutationVariables>(START_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.startComplaint.complaint };
  },

  async resolveComplaint(id, version, resolution) {
    const data = await request<ResolveComplaintMutation, ResolveComplaintMutationVariables>(RESOLVE_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version, resolution },
    });
    return { data: data.resolveComplaint.complaint };
  },

  async closeComplaint(id, version) {
    const data = await request<CloseComplaintMutation, CloseComplaintMutationVariables>(CLOSE_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version },
    });
    return { data: data.closeComplaint.complaint };
  },

  async rejectComplaint(id, version, reason) {
    const data = await request<RejectComplaintMutation, RejectComplaintMutationVariables>(REJECT_COMPLAINT + COMPLAINT_AFTER_STEP, {
      input: { id: String(id), version, reason },
    });
    return { data: data.rejectComplaint.complaint };
  },

  async respondToComplaint(complaintId, text, isPublic) {
    const data = await request<RespondToComplaintMutation, RespondToComplaintMutationVariables>(RESPOND_TO_COMPLAINT, {
      input: { complaintId: String(complaintId), text, isPublic },
    });
    return { data: data.respondToComplaint.response };
  },
};
