import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import type { RaRecord } from 'react-admin';
import { WorkReportCreate } from './work-report-create';
import { WorkReportEdit } from './work-report-edit';
import { WorkReportList } from './work-report-list';
import { WorkReportShow } from './work-report-show';

export { WorkReportQueue } from './work-report-queue';

/**
 * Laporan Kerja Harian: an employee files a day's work (fileWorkReport) and changes it until it
 * is approved; the direct supervisor approves or returns it, from its page or from the queue
 * (/workReports/queue); both sides comment on its page.
 */
export const workReports = {
  list: WorkReportList,
  show: WorkReportShow,
  create: WorkReportCreate,
  edit: WorkReportEdit,
  icon: WorkHistoryIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.date)} — ${String(record.activity ?? '').slice(0, 60)}`,
};
