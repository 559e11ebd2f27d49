import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { RaRecord } from 'react-admin';
import { HolidayCreate, HolidayEdit } from './holiday-forms';
import { HolidayList } from './holiday-list';

export { WorkCalendarEditor } from './work-calendar-editor';

/** Hari libur dan cuti bersama: data per year, national (platform administrators) or the agency's own (HR). */
export const holidays = {
  list: HolidayList,
  create: HolidayCreate,
  edit: HolidayEdit,
  icon: EventBusyIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.date)} — ${String(record.name)}`,
};
