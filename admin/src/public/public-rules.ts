import type { AgeBand, Education, Gender, Occupation, SubmitSurveyResponseInput } from '../gql/graphql';
import { intlLocaleOf, type PublicLocale } from './public-i18n';

// Pure pieces of the citizen's page: the response a filled-in survey becomes, and dates as the
// page's language writes them (the labels are in public-i18n.ts).

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

/** A date (YYYY-MM-DD) or timestamp in the page's language, e.g. "24 November 2026". */
export const formatDay = (value: string | null | undefined, locale: PublicLocale = 'id'): string =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00` : value).toLocaleDateString(intlLocaleOf(locale), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : '-';
