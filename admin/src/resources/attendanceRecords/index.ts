import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { RaRecord } from 'react-admin';
import { AttendanceList } from './attendance-list';

export { AttendanceCorrections } from './attendance-corrections';
export { AttendanceGrid } from './attendance-grid';
export { AttendanceImport } from './attendance-import';

/**
 * Kehadiran: the attendance records the actor may see, a unit's month as a grid
 * (/attendanceRecords/grid) and, for HR, the fingerprint-machine import (/attendanceRecords/import).
 */
export const attendanceRecords = {
  list: AttendanceList,
  icon: EventAvailableIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.date)} — ${String(record.status)}`,
};
