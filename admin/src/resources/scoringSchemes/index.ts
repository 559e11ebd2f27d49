import CalculateIcon from '@mui/icons-material/Calculate';
import type { RaRecord } from 'react-admin';
import { ScoringSchemeCreate } from './scoring-scheme-create';
import { ScoringSchemeEdit } from './scoring-scheme-edit';
import { ScoringSchemeList } from './scoring-scheme-list';
import { ScoringSchemeShow } from './scoring-scheme-show';

/** Skema Penilaian: achievement formulas, thresholds and the predicate matrix, in revisions. */
export const scoringSchemes = {
  list: ScoringSchemeList,
  show: ScoringSchemeShow,
  edit: ScoringSchemeEdit,
  create: ScoringSchemeCreate,
  icon: CalculateIcon,
  recordRepresentation: (record: RaRecord) => `${record.name} (rev. ${record.revision})`,
};
