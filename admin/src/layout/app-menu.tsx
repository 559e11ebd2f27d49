import { can } from '../access';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import GridOnIcon from '@mui/icons-material/GridOn';
import InboxIcon from '@mui/icons-material/Inbox';
import PaymentsIcon from '@mui/icons-material/Payments';
import SchoolIcon from '@mui/icons-material/School';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { Menu, usePermissions } from 'react-admin';

/**
 * Every resource, then "Persetujuan SKP" (the plans waiting for the signed-in appraiser's decision)
 * and "Antrian laporan" (the daily reports of their direct staff waiting for review), "Rekap
 * kehadiran" (a unit's month of attendance as a grid) and "Koreksi kehadiran" (corrections waiting
 * for a decision), "Tunjangan saya" (the signed-in employee's allowance of a month); for HR and the evaluation team also "Tindak lanjut" (the recommendations of the
 * latest closed period) and "Kepatuhan JP" (competence development hours per unit); "SIASN" for
 * those who keep employees.
 */
export const AppMenu = () => {
  const { permissions } = usePermissions();
  return (
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
      <Menu.Item to="/myAllowance" primaryText="resources.allowanceSheets.breakdown.menu" leftIcon={<PaymentsIcon />} />
      {can(permissions, 'followUps.read') ? (
        <Menu.Item to="/followUps" primaryText="resources.followUps.menu" leftIcon={<AssignmentTurnedInIcon />} />
      ) : null}
      {can(permissions, 'employees.readAgency') ? (
        <Menu.Item to="/trainingCompliance" primaryText="resources.trainingCompliance.menu" leftIcon={<SchoolIcon />} />
      ) : null}
      {can(permissions, 'siasn.manage') && <Menu.Item to="/siasn" primaryText="app.siasn.menu" leftIcon={<SyncAltIcon />} />}
    </Menu>
  );
};
