import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  AppBar,
  Layout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  ToggleThemeButton,
  useLocales,
  useLocaleState,
  UserMenu,
  useTranslate,
} from 'react-admin';
import { usePhone } from '../common/phone';
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

/** On a phone: the language as its two letters, so that the page title keeps its room in the bar. */
const CompactLocalesButton = () => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={translate('app.menu.language')}
        aria-haspopup="true"
        sx={{ minWidth: 0, flexShrink: 0 }}
      >
        {locale.toUpperCase()}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            selected={language.locale === locale}
            onClick={() => {
              setAnchor(null);
              setLocale(language.locale);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

/** The language (compact on a phone), the theme toggle (not on a phone, where the bar is narrow) and the loading indicator. */
const AppToolbar = () => {
  const phone = usePhone();
  return (
    <>
      {phone ? <CompactLocalesButton /> : <LocalesMenuButton />}
      {phone ? null : <ToggleThemeButton />}
      <LoadingIndicator />
    </>
  );
};

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} toolbar={<AppToolbar />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    {children}
  </Layout>
);
