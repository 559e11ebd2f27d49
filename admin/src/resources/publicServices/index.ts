import StorefrontIcon from '@mui/icons-material/Storefront';
import type { RaRecord } from 'react-admin';
import { PublicServiceCreate, PublicServiceEdit, PublicServiceList } from './public-service-pages';

/** Layanan publik (publicServices): created and changed by administrators and HR. */
export const publicServices = {
  list: PublicServiceList,
  create: PublicServiceCreate,
  edit: PublicServiceEdit,
  icon: StorefrontIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
