import { can } from '../../access';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  AutocompleteInput,
  Form,
  Loading,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  usePermissions,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import { FormDialog } from '../../common/form-dialog';
import { RecordLink } from '../../common/record-link';
import type { KinerjaDataProvider, UnitDistribution } from '../../dataProvider';
import { predicateLabel } from '../scoringSchemes/scoring-scheme-choices';
import { PREDICATES } from '../scoringSchemes/scoring-rules';
import { achievementChoices, achievementLabel, countText, distributionBars, shareText } from './distribution-rules';
import { StatusChip } from './period-fields';

/** Bar colours, best to worst (the predicate chips' palette). */
const BAR_COLORS: Record<string, string> = {
  SANGAT_BAIK: '#2e7d32',
  BAIK: '#0288d1',
  BUTUH_PERBAIKAN: '#ed6c02',
  KURANG: '#d32f2f',
  SANGAT_KURANG: '#7b1fa2',
};

const validateAchievement = [required()];
const validateNote = [maxLength(2000)];

/** Sets a unit's achievement in the period (HR): it decides the pattern the unit's predicates are held to. */
const SetAchievementButton = ({ periodId, unit, onDone }: { periodId: Identifier; unit: UnitDistribution; onDone: () => void }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit = async (values: { achievement?: string; note?: string }) => {
    await dataProvider.setUnitAchievement(
      periodId,
      unit.unit.id,
      values.achievement as never,
      values.note?.trim() || null,
      unit.achievementVersion,
    );
    setOpen(false);
    notify('resources.appraisalPeriods.distribution.achievementSaved', { type: 'success', messageArgs: { unit: unit.unit.name } });
    onDone();
  };
  return (
    <>
      <Tooltip title={translate('resources.appraisalPeriods.distribution.setAchievement')}>
        <IconButton
          size="small"
          aria-label={translate('resources.appraisalPeriods.distribution.setAchievement')}
          onClick={() => setOpen(true)}
          data-testid="set-unit-achievement"
        >
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.appraisalPeriods.distribution.achievementTitle"
        description="resources.appraisalPeriods.distribution.achievementDescription"
        messageArgs={{ unit: unit.unit.name }}
        submitLabel="ra.action.save"
        onSubmit={submit}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <SelectInput
          source="achievement"
          label="resources.appraisalPeriods.distribution.achievement"
          choices={achievementChoices}
          defaultValue={unit.achievement ?? undefined}
          validate={validateAchievement}
          fullWidth
        />
        <TextInput source="note" label="resources.appraisalPeriods.distribution.note" validate={validateNote} multiline fullWidth />
      </FormDialog>
    </>
  );
};

/** The chart: employees per predicate, the share on top of each bar; n in the title. */
const DistributionChart = ({ bars }: { bars: ReturnType<typeof distributionBars> }) => {
  const translate = useTranslate();
  const data = bars.map((bar) => ({ ...bar, label: translate(predicateLabel(bar.predicate)), shareLabel: shareText(bar.share) }));
  return (
    <Box sx={{ width: '100%', height: 300 }} data-testid="distribution-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <ChartTooltip
            formatter={(value, _name, item) => [
              `${String(value)} (${(item.payload as { shareLabel: string }).shareLabel})`,
              translate('resources.appraisalPeriods.distribution.employees'),
            ]}
          />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((bar) => (
              <Cell key={bar.predicate} fill={BAR_COLORS[bar.predicate]} />
            ))}
            <LabelList dataKey="shareLabel" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** Hands the chosen unit to the page whenever it changes. */
const UnitWatcher = ({ onChange }: { onChange: (unitId: string | null) => void }) => {
  const unitId = useWatch({ name: 'unitId' }) as string | null | undefined;
  useEffect(() => onChange(unitId || null), [unitId, onChange]);
  return null;
};

/** Narrows to a unit subtree: an autocomplete whose value the page reads. */
const UnitFilter = ({ agencyId, onChange }: { agencyId: Identifier; onChange: (unitId: string | null) => void }) => (
  <Form>
    <ReferenceInput source="unitId" reference="orgUnits" filter={{ agencyId }}>
      <AutocompleteInput
        label="resources.appraisalPeriods.distribution.unit"
        helperText="resources.appraisalPeriods.distribution.unitHelper"
        sx={{ minWidth: 360 }}
      />
    </ReferenceInput>
    <UnitWatcher onChange={onChange} />
  </Form>
);

/**
 * Kurva distribusi: the predicates of a period's evaluated employees (the agency, or a unit and
 * the units below it) as a bar chart with counts and shares, n = the employees evaluated; then
 * each unit against the pattern of its achievement, deviating units highlighted. HR records a
 * unit's achievement from the table while the period is open. /appraisalPeriods/:id/distribution
 */
export const PeriodDistribution = () => {
  const { id } = useParams<{ id: string }>();
  const periodId = id ? decodeURIComponent(id) : undefined;
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const [unitId, setUnitId] = useState<string | null>(null);
  const period = useGetOne('appraisalPeriods', { id: periodId! }, { enabled: !!periodId });
  const distribution = useQuery({
    queryKey: ['predicateDistribution', periodId, unitId],
    queryFn: async () => (await dataProvider.getPredicateDistribution(periodId!, unitId)).data,
    enabled: !!periodId,
  });
  if (!periodId || period.isPending) return <Loading />;
  if (period.error || !period.data) return <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  const canSetAchievement = can(permissions, 'configuration.manage') && period.data.status !== 'CLOSED';
  const data = distribution.data;
  const bars = distributionBars(data?.counts);
  return (
    <Box sx={{ mt: 2 }} data-testid="period-distribution">
      <Title title={translate('resources.appraisalPeriods.distribution.title', { name: period.data.name })} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
            <Typography variant="h6">{translate('resources.appraisalPeriods.distribution.heading')}</Typography>
            <RecordLink resource="appraisalPeriods" id={period.data.id}>
              {period.data.name}
            </RecordLink>
            <StatusChip status={String(period.data.status)} />
          </Stack>
          <UnitFilter agencyId={period.data.agencyId} onChange={setUnitId} />
          {distribution.error ? (
            <Alert severity="error">{(distribution.error as Error).message}</Alert>
          ) : !data ? (
            <Loading />
          ) : (
            <>
              <Stack direction="row" spacing={2} sx={{ my: 1, flexWrap: 'wrap' }} useFlexGap>
                <Typography variant="body1" data-testid="distribution-n">
                  {translate('resources.appraisalPeriods.distribution.n', { count: data.employeeCount })}
                </Typography>
                <Chip
                  size="small"
                  color={data.deviatingUnits > 0 ? 'warning' : 'success'}
                  label={translate('resources.appraisalPeriods.distribution.deviating', { count: data.deviatingUnits })}
                  data-testid="distribution-deviating"
                />
              </Stack>
              {data.employeeCount === 0 ? (
                <Alert severity="info">{translate('resources.appraisalPeriods.distribution.empty')}</Alert>
              ) : null}
              <DistributionChart bars={bars} />
              <Table size="small" sx={{ mt: 1 }} data-testid="distribution-counts">
                <TableHead>
                  <TableRow>
                    {bars.map((bar) => (
                      <TableCell key={bar.predicate} align="center">
                        {translate(predicateLabel(bar.predicate))}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  <TableRow>
                    {bars.map((bar) => (
                      <TableCell key={bar.predicate} align="center" data-testid={`distribution-count-${bar.predicate}`}>
                        {countText(bar)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableBody>
              </Table>
              <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
                {translate('resources.appraisalPeriods.distribution.units')}
              </Typography>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="distribution-units">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('resources.appraisalPeriods.distribution.unit')}</TableCell>
                      <TableCell>{translate('resources.appraisalPeriods.distribution.achievement')}</TableCell>
                      <TableCell align="right">n</TableCell>
                      {PREDICATES.map((predicate) => (
                        <TableCell key={predicate} align="center">
                          {translate(predicateLabel(predicate))}
                        </TableCell>
                      ))}
                      <TableCell>{translate('resources.appraisalPeriods.distribution.deviations')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.units.map((unit) => {
                      const counts = distributionBars(unit.counts);
                      return (
                        <TableRow
                          key={unit.unit.id}
                          data-testid="distribution-unit"
                          data-deviates={unit.deviates ? 'true' : 'false'}
                          sx={unit.deviates ? { bgcolor: 'warning.light', '& td': { fontWeight: 500 } } : undefined}
                        >
                          <TableCell>
                            <RecordLink resource="orgUnits" id={unit.unit.id}>
                              {unit.unit.name}
                            </RecordLink>
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            <span data-testid="unit-achievement">
                              {unit.achievement ? translate(achievementLabel(unit.achievement)) : '—'}
                            </span>
                            {canSetAchievement ? (
                              <SetAchievementButton periodId={periodId} unit={unit} onDone={() => void distribution.refetch()} />
                            ) : null}
                          </TableCell>
                          <TableCell align="right">{unit.employeeCount}</TableCell>
                          {counts.map((entry) => (
                            <TableCell key={entry.predicate} align="center">
                              {countText(entry)}
                            </TableCell>
                          ))}
                          <TableCell data-testid="unit-deviations">
                            {unit.deviations.length > 0
                              ? unit.deviations.join('; ')
                              : unit.achievement
                                ? translate('resources.appraisalPeriods.distribution.fits')
                                : '—'}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Box>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
