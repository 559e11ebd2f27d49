import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { AgencyCreate } from './agency-create';
import { AgencyEdit } from './agency-edit';
import { AgencyList } from './agency-list';
import { AgencyShow } from './agency-show';

/** Instansi: central ministries/agencies (PUSAT) and regional governments (DAERAH). */
export const agencies = {
  list: AgencyList,
  show: AgencyShow,
  edit: AgencyEdit,
  create: AgencyCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.name}`,
};
