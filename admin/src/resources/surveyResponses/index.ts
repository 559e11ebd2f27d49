import RateReviewIcon from '@mui/icons-material/RateReview';
import { SurveyResponseList } from './survey-response-list';

/** Jawaban survei (surveyResponses): what citizens answered, read-only. */
export const surveyResponses = {
  list: SurveyResponseList,
  icon: RateReviewIcon,
};
