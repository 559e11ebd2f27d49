import { GRAPHQL_URL } from '../config';
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

/** What went wrong, in Indonesian, for the citizen (the API's own messages are in English). */
export const publicErrorMessage = (error: unknown): string => {
  if (!(error instanceof PublicApiError)) return 'Terjadi kesalahan. Silakan coba lagi.';
  switch (error.code) {
    case 'TOO_MANY_REQUESTS': {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return `Terlalu banyak kiriman dari alamat Anda. Silakan coba lagi dalam ${minutes} menit.`;
    }
    case 'CONFLICT':
      if (error.reason === 'DUPLICATE') return 'Isian yang sama sudah kami terima dari alamat Anda hari ini.';
      if (error.reason === 'TOKEN_USED') return 'Formulir ini sudah dikirim. Muat ulang halaman untuk mengisi lagi.';
      if (error.reason === 'SURVEY_NOT_OPEN') return 'Survei ini sedang tidak dibuka.';
      return `Permintaan ditolak: ${error.message}`;
    case 'NOT_FOUND':
      return 'Data tidak ditemukan. Periksa kembali tautan atau kode Anda.';
    case 'BAD_USER_INPUT':
      if (error.field === 'input.token') return 'Formulir sudah kedaluwarsa. Muat ulang halaman untuk mengisi lagi.';
      return `Isian belum benar: ${error.message}`;
    case 'NETWORK':
      return 'Tidak dapat terhubung ke server. Periksa koneksi Anda.';
    default:
      return 'Terjadi kesalahan. Silakan coba lagi.';
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
