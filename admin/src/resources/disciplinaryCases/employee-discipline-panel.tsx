import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ListIcon from '@mui/icons-material/List';
import { Button, Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { RecordLink } from '../../common/record-link';
import { formatDay } from '../../common/format';
import { SanctionLevelChip, useSanctionName, type SanctionTypeRef } from './case-fields';

/** The sanctions in force with the employee (employee-show.tsx `meta.fields`). */
export const EMPLOYEE_DISCIPLINE_FIELDS =
  'activeSanctions { id status decreeNumber effectiveFrom endDate sanctionType { id code name level } }';

type ActiveSanction = {
  id: string;
  status: string;
  decreeNumber: string | null;
  effectiveFrom: string | null;
  endDate: string | null;
  sanctionType: SanctionTypeRef | null;
};

type RewardRow = {
  id: string;
  grantedOn: string;
  decreeNumber: string | null;
  reason: string;
  rewardType?: { name: string } | null;
};

const ActiveSanctions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const sanctionName = useSanctionName();
  const sanctions = (record?.activeSanctions as ActiveSanction[] | undefined) ?? [];
  if (sanctions.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="employee-no-sanctions">
        {translate('resources.disciplinaryCases.employeePanel.noSanctions')}
      </Typography>
    );
  return (
    <Stack spacing={1} data-testid="employee-active-sanctions">
      {sanctions.map((sanction) => (
        <Stack key={sanction.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {sanction.sanctionType ? <SanctionLevelChip level={sanction.sanctionType.level} /> : null}
          <RecordLink resource="disciplinaryCases" id={sanction.id}>
            {sanction.sanctionType ? sanctionName(sanction.sanctionType) : sanction.id}
          </RecordLink>
          <Typography variant="body2" color="text.secondary">
            {translate(
              sanction.endDate ? 'resources.disciplinaryCases.show.inForce' : 'resources.disciplinaryCases.show.inForcePermanent',
              {
                effectiveFrom: formatDay(sanction.effectiveFrom),
                endDate: formatDay(sanction.endDate),
              },
            )}
            {sanction.decreeNumber ? ` — ${sanction.decreeNumber}` : ''}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
};

const EmployeeRewards = ({ employeeId }: { employeeId: string }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<RewardRow & { id: string }>('rewards', {
    filter: { employeeId },
    pagination: { page: 1, perPage: 50 },
    meta: { fields: 'rewardType { id name }' },
  });
  if (isPending) return null;
  if (!data || data.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.disciplinaryCases.employeePanel.noRewards')}
      </Typography>
    );
  const column = (name: string) => translate(`resources.rewards.fields.${name}`);
  return (
    <Table size="small" data-testid="employee-rewards">
      <TableHead>
        <TableRow>
          <TableCell>{column('grantedOn')}</TableCell>
          <TableCell>{column('rewardTypeId')}</TableCell>
          <TableCell>{column('decreeNumber')}</TableCell>
          <TableCell>{column('reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((reward) => (
          <TableRow key={reward.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(reward.grantedOn)}</TableCell>
            <TableCell>
              <RecordLink resource="rewards" id={reward.id}>
                {reward.rewardType?.name ?? ''}
              </RecordLink>
            </TableCell>
            <TableCell>{reward.decreeNumber ?? '—'}</TableCell>
            <TableCell>{reward.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Disiplin dan penghargaan: on the employee's page, the sanctions in force today and the rewards granted. */
export const EmployeeDisciplinePanel = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  // null: the actor may not see this employee's cases, so the panel says nothing about them.
  const casesShown = record.activeSanctions !== null;
  return (
    <Card variant="outlined" data-testid="employee-discipline">
      <CardContent>
        {casesShown ? (
          <>
            <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="subtitle1">{translate('resources.disciplinaryCases.employeePanel.activeSanctions')}</Typography>
              <Button
                component={Link}
                to={`/disciplinaryCases?filter=${encodeURIComponent(JSON.stringify({ employeeId: record.id }))}`}
                label="resources.disciplinaryCases.employeePanel.allCases"
                data-testid="employee-cases-link"
              >
                <ListIcon />
              </Button>
            </Stack>
            <ActiveSanctions />
          </>
        ) : null}
        <Typography variant="subtitle1" sx={{ mt: casesShown ? 2 : 0, mb: 1 }}>
          {translate('resources.disciplinaryCases.employeePanel.rewards')}
        </Typography>
        <EmployeeRewards employeeId={String(record.id)} />
      </CardContent>
    </Card>
  );
};
