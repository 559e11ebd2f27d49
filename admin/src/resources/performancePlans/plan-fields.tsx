import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useResourceDefinitions, useTranslate, type Identifier } from 'react-admin';
import { RecordLink } from '../../common/record-link';
import { PLAN_STATUS_COLORS, planStatusLabel, type PlanStatus } from './plan-rules';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** A person as the plans load them: `employee { id fullName nipFormatted }`. */
export type PersonRef = { id: Identifier; fullName: string; nipFormatted: string };

/** A plan status as a coloured chip: Draf, Diajukan, Dikembalikan, Disetujui. */
export const PlanStatusChip = ({ status, testId }: { status: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={PLAN_STATUS_COLORS[status as PlanStatus] ?? 'default'}
      variant={status === 'DRAFT' ? 'outlined' : 'filled'}
      label={translate(planStatusLabel(status), { _: status })}
      data-testid={testId}
    />
  );
};

/** The record's status as a chip. */
export const PlanStatusField = (_props: FieldProps) => {
  const record = useRecordContext();
  if (!record?.status) return null;
  return <PlanStatusChip status={String(record.status)} />;
};

/**
 * A person's name with the NIP below it; a link to the employee's page when `link` and the actor
 * has that page (an employee's account has no employee pages).
 */
export const PersonText = ({ person, link = false }: { person: PersonRef | null | undefined; link?: boolean }) => {
  const resources = useResourceDefinitions();
  if (!person) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0}>
      {link && resources.employees?.hasShow ? (
        <RecordLink resource="employees" id={person.id}>
          {person.fullName}
        </RecordLink>
      ) : (
        <Typography variant="body2">{person.fullName}</Typography>
      )}
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {person.nipFormatted}
      </Typography>
    </Stack>
  );
};

/** A nested person of the record (`employee`, `appraiser`, ...): name and NIP. */
export const PersonField = ({ source, link = false }: FieldProps & { source: string; link?: boolean }) => {
  const record = useRecordContext();
  return <PersonText person={record?.[source] as PersonRef | null | undefined} link={link} />;
};

/** How many targets the plan has (`targets { id }`). */
export const TargetCountField = (_props: FieldProps) => {
  const record = useRecordContext();
  const targets = Array.isArray(record?.targets) ? record.targets : [];
  return <Typography variant="body2">{targets.length}</Typography>;
};

/** A caption (an i18n key) above a value, for the plan page's cards. */
export const Labelled = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.25} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box>{children}</Box>
    </Stack>
  );
};
