import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CASE_STATUS_COLORS, LEVEL_COLORS, type CaseStatus, type SanctionLevel } from './case-rules';

export const CaseStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={CASE_STATUS_COLORS[status as CaseStatus] ?? 'default'}
      label={translate(`resources.disciplinaryCases.statuses.${status}`, { _: status })}
      data-testid="case-status"
    />
  );
};

export const CaseStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record?.status ? <CaseStatusChip status={String(record.status)} /> : null;
};

export const SanctionLevelChip = ({ level }: { level: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={LEVEL_COLORS[level as SanctionLevel] ?? 'default'}
      label={translate(`resources.disciplinaryCases.levels.${level}`, { _: level })}
    />
  );
};

export type SanctionTypeRef = { id?: string; code: string; name: string; level: string };

/** A sanction type's name in the console's language (the catalogue's own name as fallback). */
export const useSanctionName = () => {
  const translate = useTranslate();
  return (type: { code: string; name: string }) => translate(`resources.disciplinaryCases.sanctionTypes.${type.code}`, { _: type.name });
};

/** The sanction decided (`sanctionType { code name level }` selected with the record): its level and name. */
export const SanctionField = ({ source = 'sanctionType' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const sanctionName = useSanctionName();
  const type = record?.[source] as SanctionTypeRef | null | undefined;
  if (!type) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="case-sanction">
      <SanctionLevelChip level={type.level} />
      <Typography variant="body2">{sanctionName(type)}</Typography>
    </Stack>
  );
};

/** The employee (`employee { fullName nipFormatted }` selected with the record): name over NIP. */
export const EmployeeNameField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const employee = record?.employee as { fullName: string; nipFormatted?: string } | null | undefined;
  if (!employee) return null;
  return (
    <>
      <Typography variant="body2">{employee.fullName}</Typography>
      {employee.nipFormatted ? (
        <Typography variant="caption" color="text.secondary">
          {employee.nipFormatted}
        </Typography>
      ) : null}
    </>
  );
};
