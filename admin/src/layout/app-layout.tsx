import { useState, type ReactNode } from 'react';
import { AppBar, Layout, Logout, UserMenu } from 'react-admin';
import { AppMenu } from './app-menu';
import { ChangePasswordDialog, ChangePasswordMenuItem } from './change-password';
import { GraphiqlMenuItem } from './graphiql-link';

const AppUserMenu = () => {
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <UserMenu>
        <ChangePasswordMenuItem onOpen={() => setChangingPassword(true)} />
        <GraphiqlMenuItem />
        <Logout />
      </UserMenu>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
};

// The default toolbar already holds the LocalesMenuButton (two locales) and the theme toggle.
const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    {children}
  </Layout>
);
