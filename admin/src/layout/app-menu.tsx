import { can } from '../access';
import AssignmentIcon from '@mui/icons-material/Assignment';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import GavelIcon from '@mui/icons-material/Gavel';
import GridOnIcon from '@mui/icons-material/GridOn';
import HomeIcon from '@mui/icons-material/Home';
import InboxIcon from '@mui/icons-material/Inbox';
import InsightsIcon from '@mui/icons-material/Insights';
import PaymentsIcon from '@mui/icons-material/Payments';
import SchoolIcon from '@mui/icons-material/School';
import StarIcon from '@mui/icons-material/Star';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import type { ReactElement } from 'react';
import { Menu, usePermissions } from 'react-admin';
import { personalMenu } from './menu-entries';

const ICONS: Record<string, ReactElement> = {
  home: <HomeIcon />,
  queue: <InboxIcon />,
  approvals: <FactCheckIcon />,
  teamDashboard: <InsightsIcon />,
  workReports: <EventNoteIcon />,
  plans: <AssignmentIcon />,
  evaluation: <StarIcon />,
  allowance: <PaymentsIcon />,
  training: <SchoolIcon />,
  corrections: <EditCalendarIcon />,
  attendanceGrid: <GridOnIcon />,
  discipline: <GavelIcon />,
};

/**
 * Employees and supervisors get a short menu of their own screens (menu-entries.ts). The agency's
 * offices get every resource registered for them, then "Persetujuan SKP" (the plans waiting for the
 * signed-in appraiser's decision) and "Antrian laporan" (the daily reports of their direct staff
 * waiting for review), "Rekap kehadiran" (a unit's month of attendance as a grid) and "Koreksi
 * kehadiran" (corrections waiting for a decision), "Tunjangan saya" (the signed-in employee's
 * allowance of a month); for HR and the evaluation team also "Tindak lanjut" (the recommendations of the
 * latest closed period) and "Kepatuhan JP" (competence development hours per unit); "SIASN" for
 * those who keep employees.
 */
export const AppMenu = () => {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <Menu />;
  const personal = personalMenu(permissions);
  if (personal) {
    return (
      <Menu data-testid="personal-menu">
        {personal.map((entry) => (
          <Menu.Item
            key={entry.key}
            to={entry.to}
            primaryText={entry.label}
            leftIcon={ICONS[entry.key]}
            data-testid={`menu-${entry.key}`}
          />
        ))}
      </Menu>
    );
  }
  return (
    <Menu>
      <Menu.DashboardItem />
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
