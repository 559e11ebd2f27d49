import FactCheckIcon from '@mui/icons-material/FactCheck';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import GridOnIcon from '@mui/icons-material/GridOn';
import InboxIcon from '@mui/icons-material/Inbox';
import { Menu } from 'react-admin';

/**
 * Every resource, then "Persetujuan SKP" (the plans waiting for the signed-in appraiser's decision)
 * "Antrian laporan" (the daily reports of their direct staff waiting for review) and "Rekap kehadiran"
 * (a unit's month of attendance as a grid) and "Koreksi kehadiran" (corrections waiting for a decision).
 */
export const AppMenu = () => (
  <Menu>
    <Menu.ResourceItems />
    <Menu.Item to="/performancePlans/approvals" primaryText="resources.performancePlans.approvals.menu" leftIcon={<FactCheckIcon />} />
    <Menu.Item to="/workReports/queue" primaryText="resources.workReports.queue.menu" leftIcon={<InboxIcon />} />
    <Menu.Item to="/attendanceRecords/grid" primaryText="resources.attendanceRecords.grid.menu" leftIcon={<GridOnIcon />} />
    <Menu.Item
      to="/attendanceRecords/corrections"
      primaryText="resources.attendanceRecords.corrections.menu"
      leftIcon={<EditCalendarIcon />}
    />
  </Menu>
);
