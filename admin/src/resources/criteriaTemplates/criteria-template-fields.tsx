import LockIcon from '@mui/icons-material/Lock';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { positionTypeLabel } from './criteria-template-choices';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** The position types a template names, as chips; "any type" when it names none. */
export const PositionTypesField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const types = Array.isArray(record?.positionTypes) ? (record.positionTypes as string[]) : [];
  if (types.length === 0) return <Typography variant="body2">{translate('resources.criteriaTemplates.show.anyPositionType')}</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {types.map((type) => (
        <Chip key={type} size="small" label={translate(positionTypeLabel(type), { _: type })} />
      ))}
    </Stack>
  );
};

/** "rev. 2", and whether this is the latest revision. */
export const RevisionField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {translate('resources.criteriaTemplates.show.revision', { revision: record.revision })}
      </Typography>
      {record.current === false ? (
        <Chip size="small" variant="outlined" label={translate('resources.criteriaTemplates.show.superseded')} />
      ) : null}
    </Stack>
  );
};

/** A "dipakai periode" chip once a period has adopted the revision (it then changes only by a new revision). */
export const FrozenField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.frozen) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      icon={<LockIcon />}
      label={translate('resources.criteriaTemplates.show.frozen')}
      data-testid="frozen-chip"
    />
  );
};
