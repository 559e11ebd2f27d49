import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  maxLength,
  minLength,
  PasswordInput,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  useUserMenu,
  type Validator,
} from 'react-admin';
import { FormDialog } from '../common/form-dialog';
import type { KinerjaDataProvider } from '../dataProvider';
import { PASSWORD_MIN } from '../resources/users/user-inputs';

type Values = { currentPassword?: string; newPassword?: string; repeatPassword?: string };

const differsFromCurrent: Validator = (value: string, values: Values) =>
  value && value === values.currentPassword ? 'app.changePassword.sameAsCurrent' : undefined;
const matchesNew: Validator = (value: string, values: Values) => (value !== values.newPassword ? 'app.changePassword.mismatch' : undefined);

const validateCurrent = [required(), maxLength(200)];
const validateNew = [required(), minLength(PASSWORD_MIN), maxLength(200), differsFromCurrent];
const validateRepeat = [required(), matchesNew];

/** User menu entry; the dialog lives outside the menu, which unmounts its items when it closes. */
export const ChangePasswordMenuItem = ({ onOpen }: { onOpen: () => void }) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.changePassword.menu')}</ListItemText>
    </MenuItem>
  );
};

/**
 * Changing one's own password. The API checks the current password (a wrong one is shown on its
 * field), revokes every older token and returns a new one; the data provider puts it into the
 * session, so the console stays signed in.
 */
export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutateAsync } = useMutation({
    mutationFn: ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) =>
      dataProvider.changePassword(currentPassword, newPassword),
  });

  const changePassword = async (values: Values) => {
    await mutateAsync({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' });
    onClose();
    notify('app.changePassword.success', { type: 'success' });
    // Your own account's version went up, should its page be open.
    refresh();
  };

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="app.changePassword.title"
      description="app.changePassword.description"
      submitLabel="app.changePassword.submit"
      submitIcon={<LockResetIcon />}
      onSubmit={changePassword}
    >
      <PasswordInput
        source="currentPassword"
        label="app.changePassword.currentPassword"
        validate={validateCurrent}
        autoComplete="current-password"
        fullWidth
      />
      <PasswordInput
        source="newPassword"
        label="app.changePassword.newPassword"
        validate={validateNew}
        helperText="app.changePassword.helper"
        autoComplete="new-password"
        fullWidth
      />
      <PasswordInput
        source="repeatPassword"
        label="app.changePassword.repeatPassword"
        validate={validateRepeat}
        autoComplete="new-password"
        fullWidth
      />
    </FormDialog>
  );
};
