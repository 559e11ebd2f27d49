import WorkIcon from '@mui/icons-material/Work';
import type { RaRecord } from 'react-admin';
import { PositionCreate } from './position-create';
import { PositionEdit } from './position-edit';
import { PositionList } from './position-list';
import { PositionShow } from './position-show';

export { positionTypeChoices } from './position-choices';
export { PositionImport } from './position-import';

/** Jabatan: the positions of each agency, with their unit and reporting line. */
export const positions = {
  list: PositionList,
  show: PositionShow,
  edit: PositionEdit,
  create: PositionCreate,
  icon: WorkIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
