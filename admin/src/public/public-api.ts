import { GRAPHQL_URL } from '../config';
import { translatorFor, type Translate } from './public-i18n';
import type {
  ComplaintStatusQuery,
  ComplaintStatusQueryVariables,
  ServiceDirectoryQuery,
  ServiceDirectoryQueryVariables,
  SubmitComplaintInput,
  SubmitComplaintMutation,
  SubmitComplaintMutationVariables,
  SubmitSurveyResponseInput,
  SubmitSurveyResponseMutation,
  SubmitSurveyResponseMutationVariables,
  SurveyFormQuery,
  SurveyFormQueryVariables,
} from '../gql/graphql';

// The citizen's side of surveys and complaints: public operations, no login, no token sent.

const SERVICE_DIRECTORY = /* GraphQL */ `
  query ServiceDirectory($agencyCode: String!) {
    serviceDirectory(agencyCode: $agencyCode) {
      id
      name
      description
      unitId
      unitName
    }
  }
`;

const SURVEY_FORM = /* GraphQL */ `
  query SurveyForm($id: ID!) {
    surveyForm(id: $id) {
      surveyId
      title
      agencyName
      unitName
      serviceName
      endDate
      elements {
        code
        name
        question
      }
      scale {
        value
        label
      }
      staff {
        id
        name
      }
      token
      tokenExpiresAt
    }
  }
`;

const SUBMIT_SURVEY_RESPONSE = /* GraphQL */ `
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      message
      submittedOn
    }
  }
`;

const SUBMIT_COMPLAINT = /* GraphQL */ `
  mutation SubmitComplaint($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      trackingCode
      status
      dueDate
    }
  }
`;

const COMPLAINT_STATUS = /* GraphQL */ `
  query ComplaintStatus($trackingCode: String!) {
    complaintStatus(trackingCode: $trackingCode) {
      trackingCode
      agencyName
      subject
      category
      status
      receivedOn
      dueDate
      verifiedAt
      resolvedAt
      closedAt
      rejectedAt
      rejectionReason
      responses {
        createdAt
        text
      }
    }
  }
`;

export type DirectoryService = ServiceDirectoryQuery['serviceDirectory'][number];
export type SurveyFormData = SurveyFormQuery['surveyForm'];
export type ComplaintStatusView = ComplaintStatusQuery['complaintStatus'];
export type SubmittedComplaint = SubmitComplaintMutation['submitComplaint'];

type PublicErrorShape = { message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number; field?: string } };

/** A refused public call: the API's code, reason and wait, for a message a citizen understands. */
export class PublicApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
    readonly retryAfterSeconds?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

const call = async <Data, Variables>(query: string, variables: Variables): Promise<Data> => {
  let body: { data?: Data | null; errors?: PublicErrorShape[] };
  try {
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new PublicApiError((error as Error).message, 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first || !body.data) {
    const extensions = first?.extensions ?? {};
    throw new PublicApiError(
      first?.message ?? 'No answer',
      extensions.code ?? 'INTERNAL_SERVER_ERROR',
      extensions.reason,
      extensions.retryAfterSeconds,
      extensions.field,
    );
  }
  return body.data;
};

/** What went wrong, in the page's language, for the citizen (the API's own messages are in English). */
export const publicErrorMessage = (error: unknown, translate: Translate = translatorFor('id')): string => {
  if (!(error instanceof PublicApiError)) return translate('error.unknown');
  switch (error.code) {
    case 'TOO_MANY_REQUESTS':
      return translate('error.tooMany', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    case 'CONFLICT':
      if (error.reason === 'DUPLICATE') return translate('error.duplicate');
      if (error.reason === 'TOKEN_USED') return translate('error.tokenUsed');
      if (error.reason === 'SURVEY_NOT_OPEN') return translate('error.surveyNotOpen');
      return translate('error.refused', { message: error.message });
    case 'NOT_FOUND':
      return translate('error.notFound');
    case 'BAD_USER_INPUT':
      if (error.field === 'input.token') return translate('error.expired');
      if (error.field === 'trackingCode') return translate('error.trackingFormat');
      return translate('error.badInput', { message: error.message });
    case 'NETWORK':
      return translate('error.network');
    default:
      return translate('error.unknown');
  }
};

export const publicApi = {
  async serviceDirectory(agencyCode: string): Promise<DirectoryService[]> {
    const data = await call<ServiceDirectoryQuery, ServiceDirectoryQueryVariables>(SERVICE_DIRECTORY, { agencyCode });
    return data.serviceDirectory;
  },
  async surveyForm(id: string): Promise<SurveyFormData> {
    const data = await call<SurveyFormQuery, SurveyFormQueryVariables>(SURVEY_FORM, { id });
    return data.surveyForm;
  },
  async submitSurveyResponse(input: SubmitSurveyResponseInput): Promise<string> {
    const data = await call<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>(SUBMIT_SURVEY_RESPONSE, { input });
    return data.submitSurveyResponse.message;
  },
  async submitComplaint(input: SubmitComplaintInput): Promise<SubmittedComplaint> {
    const data = await call<SubmitComplaintMutation, SubmitComplaintMutationVariables>(SUBMIT_COMPLAINT, { input });
    return data.submitComplaint;
  },
  async complaintStatus(trackingCode: string): Promise<ComplaintStatusView> {
    const data = await call<ComplaintStatusQuery, ComplaintStatusQueryVariables>(COMPLAINT_STATUS, { trackingCode });
    return data.complaintStatus;
  },
};
