import { can } from '../../access';
import AssignmentIcon from '@mui/icons-material/Assignment';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, AlertTitle, Box, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link, useDataProvider, usePermissions, useRecordContext, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { RecordLink } from '../../common/record-link';
import type { GeneratedPlans, KinerjaDataProvider } from '../../dataProvider';
import { PlanStatusChip } from '../performancePlans/plan-fields';
import { PLAN_STATUSES } from '../performancePlans/plan-rules';
import { PeriodUnitDialog } from './period-unit-dialog';

/** The plans list filtered on the period (and a status), as react-admin reads it from the address. */
export const plansListPath = (periodId: Identifier, status?: string): string =>
  `/performancePlans?filter=${encodeURIComponent(JSON.stringify(status ? { periodId, status } : { periodId }))}`;

/** What generating made: how many plans, who has none of the templates, how many have no appraiser. */
const GeneratedReport = ({ result, onClose }: { result: GeneratedPlans; onClose: () => void }) => {
  const translate = useTranslate();
  const warn = result.withoutTemplate.length > 0 || result.withoutAppraiser > 0;
  return (
    <Alert severity={warn ? 'warning' : 'success'} onClose={onClose} sx={{ width: '100%' }} data-testid="generate-plans-result">
      <AlertTitle>
        {translate('resources.appraisalPeriods.plans.generated', { created: result.created, existing: result.existing })}
      </AlertTitle>
      {result.withoutAppraiser > 0 ? (
        <Typography variant="body2">
          {translate('resources.appraisalPeriods.plans.withoutAppraiser', { count: result.withoutAppraiser })}
        </Typography>
      ) : null}
      {result.withoutTemplate.length > 0 ? (
        <>
          <Typography variant="body2">
            {translate('resources.appraisalPeriods.plans.withoutTemplate', { count: result.withoutTemplate.length })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {result.withoutTemplate.map((employee) => (
              <li key={employee.id}>
                <RecordLink resource="employees" id={employee.id}>{`${employee.name} (${employee.nip})`}</RecordLink>
              </li>
            ))}
          </Box>
        </>
      ) : null}
    </Alert>
  );
};

/**
 * The period's performance plans: how many per status (a link each to the filtered list), the
 * link to all of them, and "Buat rencana kinerja" for editors while the period is PLANNING, for
 * the whole agency or a unit and those below it. Generating twice creates nothing new.
 */
export const PeriodPlansPanel = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<GeneratedPlans | null>(null);
  const periodId = record?.id;
  const counts = useQuery({
    queryKey: ['performancePlans', 'countByStatus', periodId, record?.version],
    queryFn: async () => (await dataProvider.countPlansByStatus(periodId!)).data,
    enabled: !!periodId,
  });
  if (!record) return null;
  const canGenerate = can(permissions, 'configuration.manage') && record.status === 'PLANNING';

  const generate = async (values: { unitId?: string | null }) => {
    const { data } = await dataProvider.generatePlans(record.id, values.unitId || null);
    setOpen(false);
    setResult(data);
    void counts.refetch();
    refresh();
  };

  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="period-plans">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{translate('resources.appraisalPeriods.plans.title')}:</Typography>
        <MuiLink component={Link} to={plansListPath(record.id)} underline="hover" variant="body2" data-testid="period-plans-link">
          {translate('resources.appraisalPeriods.plans.all', { count: counts.data?.total ?? '…' })}
        </MuiLink>
        {counts.data
          ? PLAN_STATUSES.filter((status) => counts.data[status] > 0).map((status) => (
              <Link key={status} to={plansListPath(record.id, status)} data-testid={`period-plans-${status}`}>
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <PlanStatusChip status={status} />
                  <Chip size="small" variant="outlined" label={counts.data[status]} sx={{ cursor: 'pointer' }} />
                </Stack>
              </Link>
            ))
          : null}
        {canGenerate ? (
          <Button
            label="resources.appraisalPeriods.plans.generate"
            variant="outlined"
            onClick={() => setOpen(true)}
            data-testid="generate-plans"
          >
            <PlaylistAddIcon />
          </Button>
        ) : null}
      </Stack>
      {result ? (
        <Box sx={{ mt: 1 }}>
          <GeneratedReport result={result} onClose={() => setResult(null)} />
        </Box>
      ) : null}
      <PeriodUnitDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.appraisalPeriods.plans.dialogTitle"
        description="resources.appraisalPeriods.plans.description"
        submitLabel="resources.appraisalPeriods.plans.submit"
        record={record}
        icon={<AssignmentIcon />}
        onSubmit={generate}
      />
    </Box>
  );
};
