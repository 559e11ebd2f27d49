import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { roleLabel } from './user-roles';

/** The roles of an account as chips with their translated labels. */
export const RolesField = ({ source = 'roles' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const roles = (record?.[source] ?? []) as string[];
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {roles.map((role) => (
        <Chip key={role} size="small" label={translate(roleLabel(role), { _: role })} />
      ))}
    </Stack>
  );
};
