import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, UserMenu } from 'react-admin';
import { GraphiqlMenuItem } from './graphiql-link';

const AppUserMenu = () => (
  <UserMenu>
    <GraphiqlMenuItem />
    <Logout />
  </UserMenu>
);

// The default toolbar already holds the LocalesMenuButton (two locales) and the theme toggle.
const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppAppBar}>{children}</Layout>;
