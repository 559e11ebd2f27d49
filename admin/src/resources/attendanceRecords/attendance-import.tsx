import { CsvImportButton, CsvImportPage, type CsvImportConfig } from '../../common/csv-import';

/** The columns of a fingerprint-machine export: a NIP or a device user number, and the punch's time. */
export const ATTENDANCE_IMPORT: CsvImportConfig = {
  resource: 'attendanceRecords',
  method: 'importAttendance',
  columns: ['nip', 'device_user_id', 'timestamp'],
  required: ['timestamp'],
};

/** Impor Kehadiran: /attendanceRecords/import. */
export const AttendanceImport = () => <CsvImportPage config={ATTENDANCE_IMPORT} />;

export const ImportAttendanceButton = () => <CsvImportButton resource="attendanceRecords" />;
