import FactCheckIcon from '@mui/icons-material/FactCheck';
import InboxIcon from '@mui/icons-material/Inbox';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { Menu, usePermissions } from 'react-admin';
import { canEditEmployees } from '../resources/employees';

/**
 * Every resource, then "Persetujuan SKP" (the plans waiting for the signed-in appraiser's decision)
 * and "Antrian laporan" (the daily reports of their direct staff waiting for review); "SIASN" for
 * those who keep employees.
 */
export const AppMenu = () => {
  const { permissions } = usePermissions();
  return (
    <Menu>
      <Menu.ResourceItems />
      <Menu.Item to="/performancePlans/approvals" primaryText="resources.performancePlans.approvals.menu" leftIcon={<FactCheckIcon />} />
      <Menu.Item to="/workReports/queue" primaryText="resources.workReports.queue.menu" leftIcon={<InboxIcon />} />
      {canEditEmployees(permissions) && <Menu.Item to="/siasn" primaryText="app.siasn.menu" leftIcon={<SyncAltIcon />} />}
    </Menu>
  );
};
