import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditEntryList } from './audit-entry-list';
import { AuditEntryShow } from './audit-entry-show';

/** Jejak audit: who changed what, read-only. */
export const auditEntries = {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `${record.entityType} · ${record.operation ?? record.action}`,
};
