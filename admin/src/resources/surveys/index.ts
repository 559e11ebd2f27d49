import PollIcon from '@mui/icons-material/Poll';
import type { RaRecord } from 'react-admin';
import { SurveyCreate, SurveyEdit, SurveyList } from './survey-pages';
import { SurveyShow } from './survey-show';

/**
 * Survei kepuasan masyarakat (surveys): created and changed while DRAFT, opened and closed by
 * administrators and HR; their page shows the live IKM and the link citizens answer through.
 */
export const surveys = {
  list: SurveyList,
  show: SurveyShow,
  create: SurveyCreate,
  edit: SurveyEdit,
  icon: PollIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? ''),
};
