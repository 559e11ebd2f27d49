import type { PreviewScoreInput, PreviewScoreQuery, PreviewScoreQueryVariables } from '../gql/graphql';
import { request } from './request';

// What-if scoring (a query, no resource's CRUD): lines, a behaviour rating and a scheme's rules,
// with unsaved rule changes tried on top, answered with every step of the computation.

const PREVIEW_SCORE = /* GraphQL */ `
  query PreviewScore($input: PreviewScoreInput!) {
    previewScore(input: $input) {
      lines {
        key
        label
        category
        weight
        achievement
        rawAchievement
        capped
        contribution
        step
        problem
      }
      mainWeight
      mainScore
      additionalScore
      score
      resultRating
      behaviourRating
      predicate
      complete
      steps
      problems
    }
  }
`;

export type ScorePreview = PreviewScoreQuery['previewScore'];
export type { PreviewScoreInput };

export type ScoringMethods = {
  /**
   * Scores sample lines with a scheme (`schemeId`, default the national one) and, in `rules`,
   * changes not saved yet. Writes nothing. Rules the API refuses (e.g. thresholds in the wrong
   * order) come back as an HttpError with field errors under `rules.*`.
   */
  previewScore(input: PreviewScoreInput): Promise<{ data: ScorePreview }>;
};

export const scoringMethods: ScoringMethods = {
  async previewScore(input) {
    const data = await request<PreviewScoreQuery, PreviewScoreQueryVariables>(PREVIEW_SCORE, { input });
    return { data: data.previewScore };
  },
};
