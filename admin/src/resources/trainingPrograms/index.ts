import SchoolIcon from '@mui/icons-material/School';
import type { RaRecord } from 'react-admin';
import { TrainingProgramCreate, TrainingProgramEdit, TrainingProgramList } from './training-program-pages';

/** Katalog pelatihan (trainingPrograms): everyone of the agency reads it; HR creates and changes programmes. */
export const trainingPrograms = {
  list: TrainingProgramList,
  create: TrainingProgramCreate,
  edit: TrainingProgramEdit,
  icon: SchoolIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.title}`,
};
