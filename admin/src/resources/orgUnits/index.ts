import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { OrgUnitCreate } from './org-unit-create';
import { OrgUnitEdit } from './org-unit-edit';
import { OrgUnitList } from './org-unit-list';
import { OrgUnitShow } from './org-unit-show';

export { orgUnitKindChoices } from './org-unit-choices';
export { OrgUnitImport } from './org-unit-import';

/** Unit kerja: the tree of organisational units of each agency. */
export const orgUnits = {
  list: OrgUnitList,
  show: OrgUnitShow,
  edit: OrgUnitEdit,
  create: OrgUnitCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.name}`,
};
