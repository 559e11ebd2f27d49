import EventSeatIcon from '@mui/icons-material/EventSeat';
import type { RaRecord } from 'react-admin';
import { TrainingSessionCreate, TrainingSessionEdit, TrainingSessionList } from './training-session-pages';
import { TrainingSessionShow } from './training-session-show';

/**
 * Sesi pelatihan (trainingSessions): everyone of the agency reads them; HR schedules and changes
 * them, enrols employees (seats, then the waiting list), cancels enrolments and records results.
 */
export const trainingSessions = {
  list: TrainingSessionList,
  show: TrainingSessionShow,
  create: TrainingSessionCreate,
  edit: TrainingSessionEdit,
  icon: EventSeatIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
