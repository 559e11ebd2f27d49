import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { UserCreate } from './user-create';
import { UserEdit } from './user-edit';
import { UserList } from './user-list';
import { UserShow } from './user-show';

/** Pengguna: login accounts and their roles, for platform and agency administrators. No delete: accounts are deactivated. */
export const users = {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => `${record.displayName} (${record.username})`,
};
