import type { AgeBand, ComplaintCategory, ComplaintStatus, Education, Gender, Occupation, SubmitSurveyResponseInput } from '../gql/graphql';

// Pure pieces of the citizen's page: Indonesian labels for the API's values, and the response
// a filled-in survey becomes.

export const AGE_BANDS: [AgeBand, string][] = [
  ['UNDER_20', 'Di bawah 20 tahun'],
  ['AGE_20_29', '20-29 tahun'],
  ['AGE_30_39', '30-39 tahun'],
  ['AGE_40_49', '40-49 tahun'],
  ['AGE_50_59', '50-59 tahun'],
  ['AGE_60_PLUS', '60 tahun ke atas'],
];

export const GENDERS: [Gender, string][] = [
  ['MALE', 'Laki-laki'],
  ['FEMALE', 'Perempuan'],
];

export const EDUCATIONS: [Education, string][] = [
  ['SD', 'SD'],
  ['SMP', 'SMP'],
  ['SMA', 'SMA/SMK'],
  ['DIPLOMA', 'Diploma'],
  ['S1', 'S1'],
  ['S2', 'S2'],
  ['S3', 'S3'],
];

export const OCCUPATIONS: [Occupation, string][] = [
  ['PNS', 'PNS'],
  ['TNI', 'TNI'],
  ['POLRI', 'POLRI'],
  ['SWASTA', 'Swasta'],
  ['WIRAUSAHA', 'Wirausaha'],
  ['PELAJAR_MAHASISWA', 'Pelajar/Mahasiswa'],
  ['LAINNYA', 'Lainnya'],
];

export const COMPLAINT_CATEGORIES: [ComplaintCategory, string][] = [
  ['PENGADUAN', 'Pengaduan'],
  ['ASPIRASI', 'Aspirasi'],
  ['PERMINTAAN_INFORMASI', 'Permintaan informasi'],
];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  RECEIVED: 'Diterima',
  VERIFIED: 'Diverifikasi',
  ASSIGNED: 'Diteruskan ke unit',
  IN_PROGRESS: 'Sedang ditindaklanjuti',
  RESOLVED: 'Selesai ditindaklanjuti',
  CLOSED: 'Ditutup',
  REJECTED: 'Ditolak',
};

/** The most a comment may hold (the API refuses more). */
export const MAX_COMMENT = 1000;

export type SurveyProfile = {
  ageBand?: AgeBand | '';
  gender?: Gender | '';
  education?: Education | '';
  occupation?: Occupation | '';
  servedById?: string;
  comment?: string;
};

/** The codes of the elements not answered yet, in the form's order. */
export const unansweredElements = (codes: string[], answers: Record<string, number | undefined>): string[] =>
  codes.filter((code) => !answers[code]);

/** The response to send: one answer per element, the profile only where given, a trimmed comment. */
export const surveyResponseInput = (
  surveyId: string,
  token: string,
  codes: string[],
  answers: Record<string, number | undefined>,
  profile: SurveyProfile,
): SubmitSurveyResponseInput => {
  const input: SubmitSurveyResponseInput = {
    surveyId,
    token,
    answers: codes.map((element) => ({ element, value: answers[element] ?? 0 })),
  };
  if (profile.ageBand) input.ageBand = profile.ageBand;
  if (profile.gender) input.gender = profile.gender;
  if (profile.education) input.education = profile.education;
  if (profile.occupation) input.occupation = profile.occupation;
  if (profile.servedById) input.servedById = profile.servedById;
  const comment = profile.comment?.trim();
  if (comment) input.comment = comment;
  return input;
};

/** A date (YYYY-MM-DD) or timestamp in Indonesian, e.g. "24 November 2026". */
export const formatDay = (value: string | null | undefined): string =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00` : value).toLocaleDateString('id-ID', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : '-';
