import InsightsIcon from '@mui/icons-material/Insights';
import type { RaRecord } from 'react-admin';
import { IndicatorCreate } from './indicator-create';
import { IndicatorEdit } from './indicator-edit';
import { IndicatorList } from './indicator-list';
import { IndicatorShow } from './indicator-show';

/** Katalog Indikator: national performance indicators and each agency's own. */
export const indicators = {
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: InsightsIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.name}`,
};
