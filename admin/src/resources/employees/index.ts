import BadgeIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { EmployeeCreate } from './employee-create';
import { EmployeeEdit } from './employee-edit';
import { EmployeeList } from './employee-list';
import { EmployeeShow } from './employee-show';

export { EmployeeImport } from './employee-import';

/** Pegawai: PNS and PPPK with their placement history. No delete: status PENSIUN or BERHENTI instead. */
export const employees = {
  list: EmployeeList,
  show: EmployeeShow,
  edit: EmployeeEdit,
  create: EmployeeCreate,
  icon: BadgeIcon,
  recordRepresentation: (record: RaRecord) => `${record.fullName} (${record.nipFormatted})`,
};
