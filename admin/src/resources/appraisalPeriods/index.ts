import EventNoteIcon from '@mui/icons-material/EventNote';
import type { RaRecord } from 'react-admin';
import { AppraisalPeriodCreate } from './appraisal-period-create';
import { AppraisalPeriodEdit } from './appraisal-period-edit';
import { AppraisalPeriodList } from './appraisal-period-list';
import { AppraisalPeriodShow } from './appraisal-period-show';

export { PeriodDistribution } from './period-distribution';

/** Periode Penilaian: annual periods and their semesters, quarters or months, through their lifecycle. */
export const appraisalPeriods = {
  list: AppraisalPeriodList,
  show: AppraisalPeriodShow,
  edit: AppraisalPeriodEdit,
  create: AppraisalPeriodCreate,
  icon: EventNoteIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
