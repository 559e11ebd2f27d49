import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Menu } from 'react-admin';

/** Every resource, then "Persetujuan SKP": the plans waiting for the signed-in appraiser's decision. */
export const AppMenu = () => (
  <Menu>
    <Menu.ResourceItems />
    <Menu.Item to="/performancePlans/approvals" primaryText="resources.performancePlans.approvals.menu" leftIcon={<FactCheckIcon />} />
  </Menu>
);
