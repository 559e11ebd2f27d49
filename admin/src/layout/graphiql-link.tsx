import CodeIcon from '@mui/icons-material/Code';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTranslate, useUserMenu } from 'react-admin';

/** The bundled GraphiQL page, next to the console (same origin, so it can reuse the token). */
export const GRAPHIQL_URL = `${import.meta.env.BASE_URL}graphiql.html`;

export const GraphiqlMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component="a" href={GRAPHIQL_URL} target="_blank" rel="noopener" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <CodeIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.menu.graphiql')}</ListItemText>
    </MenuItem>
  );
};
