import LockIcon from '@mui/icons-material/Lock';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** "rev. 2", marked when a later revision superseded it. */
export const SchemeRevisionField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {translate('resources.scoringSchemes.show.revision', { revision: record.revision })}
      </Typography>
      {record.current === false ? (
        <Chip size="small" variant="outlined" label={translate('resources.scoringSchemes.show.superseded')} />
      ) : null}
    </Stack>
  );
};

/** A chip once a closed period used the revision (it then changes only by a new revision). */
export const SchemeFrozenField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.frozen) return null;
  return (
    <Chip size="small" color="warning" variant="outlined" icon={<LockIcon />} label={translate('resources.scoringSchemes.show.frozen')} />
  );
};
