import type { SurveyIkm } from '../../dataProvider';

// Pure rules of the survey pages: the IKM chart's bars, the public link, the colours.

export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

export const surveyStatusChoices = (['DRAFT', 'OPEN', 'CLOSED'] as const).map((id) => ({ id, name: `resources.surveys.statuses.${id}` }));

export const SURVEY_STATUS_COLORS: Record<SurveyStatus, 'default' | 'success' | 'info'> = {
  DRAFT: 'default',
  OPEN: 'success',
  CLOSED: 'info',
};

/** Quality categories of PermenPANRB 14/2017: A Sangat Baik ... D Tidak Baik. */
export const IKM_CATEGORY_COLORS: Record<string, string> = { A: '#2e7d32', B: '#0288d1', C: '#ed6c02', D: '#d32f2f' };

export type IkmBar = { code: string; name: string; average: number; count: number };

/** One bar per element with answers: its average (NRR) on the scale 1-4, rounded to 2 decimals. */
export const ikmBars = (ikm: Pick<SurveyIkm, 'elements'>): IkmBar[] =>
  ikm.elements
    .filter((element) => element.average != null)
    .map((element) => ({
      code: element.code,
      name: element.name,
      average: Math.round((element.average ?? 0) * 100) / 100,
      count: element.count,
    }));

/** The citizen's page for a survey (outside the console's login), for a link or a QR code. */
export const publicSurveyUrl = (surveyId: string, origin: string, basePath = '/admin/'): string =>
  `${origin}${basePath}public.html?survey=${encodeURIComponent(surveyId)}`;
