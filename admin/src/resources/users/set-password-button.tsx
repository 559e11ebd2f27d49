import KeyIcon from '@mui/icons-material/Key';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  PasswordInput,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  type Identifier,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { validatePassword } from './user-inputs';

/**
 * "Set password" for the account on the page: an administrator gives it a new password, and its
 * sessions end. Not offered for one's own account, whose password is changed from the user menu
 * (with the current password, keeping the session).
 */
export const SetPasswordButton = () => {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { mutateAsync } = useMutation({
    mutationFn: ({ id, password }: { id: Identifier; password: string }) => dataProvider.setUserPassword(id, password),
  });

  if (!record || !identity || identity.id === record.id) return null;

  const setPassword = async (values: { password?: string }) => {
    await mutateAsync({ id: record.id, password: values.password ?? '' });
    setOpen(false);
    notify('resources.users.setPassword.success', { type: 'success', messageArgs: { username: record.username } });
    // The record's version went up: reload it, or the next edit would be refused as stale.
    refresh();
  };

  return (
    <>
      <Button label="resources.users.setPassword.action" onClick={() => setOpen(true)}>
        <KeyIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.users.setPassword.title"
        description="resources.users.setPassword.description"
        messageArgs={{ username: record.username }}
        submitLabel="resources.users.setPassword.submit"
        submitIcon={<KeyIcon />}
        onSubmit={setPassword}
      >
        <PasswordInput
          source="password"
          label="resources.users.setPassword.password"
          validate={validatePassword}
          helperText="resources.users.helpers.password"
          autoComplete="new-password"
          fullWidth
        />
      </FormDialog>
    </>
  );
};
