import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AutocompleteInput, Form, Loading, ReferenceInput, required, SelectInput, Title, useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { RecordLink } from '../../common/record-link';
import { formatDecimal } from '../../common/format';
import type { KinerjaDataProvider, TrainingComplianceReport } from '../../dataProvider';
import { shareText } from '../appraisalPeriods/distribution-rules';
import { todayInIndonesia } from '../performancePlans/plan-rules';

/** The current year in Western Indonesia, and a few before it and the next. */
const currentYear = () => Number(todayInIndonesia().slice(0, 4));
const yearChoices = () => {
  const year = currentYear();
  return [year + 1, year, year - 1, year - 2, year - 3].map((value) => ({ id: value, name: String(value) }));
};

type Choice = { year: number; unitId: string | null };

/** Hands the chosen year and unit to the page whenever they change. */
const ChoiceWatcher = ({ onChange }: { onChange: (choice: Choice) => void }) => {
  const year = useWatch({ name: 'year' }) as number | undefined;
  const unitId = (useWatch({ name: 'unitId' }) as string | null | undefined) || null;
  useEffect(() => {
    if (year) onChange({ year: Number(year), unitId });
  }, [year, unitId, onChange]);
  return null;
};

const Summary = ({ report }: { report: TrainingComplianceReport }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ my: 2, flexWrap: 'wrap' }} data-testid="compliance-summary">
      {(
        [
          ['employeeCount', report.employeeCount],
          ['compliantCount', report.compliantCount],
          ['belowCount', report.belowCount],
          ['compliantShare', shareText(report.compliantShare)],
          ['averageJp', formatDecimal(report.averageJp)],
        ] as const
      ).map(([name, value]) => (
        <Box key={name} data-testid={`compliance-${name}`}>
          <Typography variant="caption" color="text.secondary">
            {translate(`resources.trainingCompliance.fields.${name}`)}
          </Typography>
          <Typography variant="h5">{value}</Typography>
        </Box>
      ))}
    </Stack>
  );
};

const UnitsTable = ({ report }: { report: TrainingComplianceReport }) => {
  const translate = useTranslate();
  const column = (name: string) => translate(`resources.trainingCompliance.fields.${name}`);
  if (report.units.length === 0) return <Alert severity="info">{translate('resources.trainingCompliance.noEmployees')}</Alert>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="compliance-units">
        <TableHead>
          <TableRow>
            <TableCell>{column('unit')}</TableCell>
            <TableCell align="right">{column('employeeCount')}</TableCell>
            <TableCell align="right">{column('compliantCount')}</TableCell>
            <TableCell align="right">{column('belowCount')}</TableCell>
            <TableCell sx={{ minWidth: 200 }}>{column('compliantShare')}</TableCell>
            <TableCell align="right">{column('averageJp')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.units.map((row) => (
            <TableRow key={row.unit.id} data-testid="compliance-unit" data-unit={row.unit.name}>
              <TableCell>
                <RecordLink resource="orgUnits" id={row.unit.id}>
                  {row.unit.name}
                </RecordLink>
              </TableCell>
              <TableCell align="right" data-testid="unit-employees">
                {row.employeeCount}
              </TableCell>
              <TableCell align="right" data-testid="unit-compliant">
                {row.compliantCount}
              </TableCell>
              <TableCell align="right" data-testid="unit-below">
                {row.belowCount}
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <LinearProgress
                    variant="determinate"
                    value={Math.round(row.compliantShare * 100)}
                    color={row.compliantShare >= 1 ? 'success' : 'warning'}
                    sx={{ flex: 1, height: 8, borderRadius: 4 }}
                  />
                  <span data-testid="unit-share">{shareText(row.compliantShare)}</span>
                </Stack>
              </TableCell>
              <TableCell align="right">{formatDecimal(row.averageJp)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const BelowTable = ({ report }: { report: TrainingComplianceReport }) => {
  const translate = useTranslate();
  const column = (name: string) => translate(`resources.trainingCompliance.fields.${name}`);
  if (report.below.length === 0) return <Typography variant="body2">{translate('resources.trainingCompliance.noneBelow')}</Typography>;
  return (
    <Table size="small" data-testid="compliance-below">
      <TableHead>
        <TableRow>
          <TableCell>{column('employee')}</TableCell>
          <TableCell>{column('unit')}</TableCell>
          <TableCell align="right">{column('totalJp')}</TableCell>
          <TableCell align="right">{column('remainingJp')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.below.map((row) => (
          <TableRow key={row.employee.id} data-testid="compliance-below-row" data-employee={row.employee.fullName}>
            <TableCell>
              <RecordLink resource="employees" id={row.employee.id}>
                {row.employee.fullName}
              </RecordLink>
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {row.employee.nipFormatted}
              </Typography>
            </TableCell>
            <TableCell>{row.employee.unit.name}</TableCell>
            <TableCell align="right" data-testid="below-jp">
              {row.totalJp}
            </TableCell>
            <TableCell align="right">{row.remainingJp}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * Kepatuhan pengembangan kompetensi: the active PNS of a unit subtree (default the actor's
 * agency) against the yearly minimum of 20 JP, per unit, and who is below it, fewest JP first.
 * /trainingCompliance
 */
export const TrainingCompliancePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [choice, setChoice] = useState<Choice>({ year: currentYear(), unitId: null });
  const report = useQuery({
    queryKey: ['trainingCompliance', choice.year, choice.unitId],
    queryFn: async () => (await dataProvider.getTrainingCompliance(choice.year, choice.unitId, 200)).data,
    retry: false,
  });
  const data = report.data;
  return (
    <Box sx={{ mt: 2 }} data-testid="training-compliance">
      <Title title={translate('resources.trainingCompliance.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 2 }}>
            {translate('resources.trainingCompliance.heading')}
          </Typography>
          <Form defaultValues={{ year: choice.year, unitId: null }}>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <SelectInput source="year" label="resources.trainingCompliance.year" choices={yearChoices()} validate={required()} />
              <ReferenceInput source="unitId" reference="orgUnits">
                <AutocompleteInput
                  label="resources.trainingCompliance.unit"
                  helperText="resources.trainingCompliance.unitHelper"
                  sx={{ minWidth: 360 }}
                />
              </ReferenceInput>
            </Stack>
            <ChoiceWatcher onChange={setChoice} />
          </Form>
          {report.error ? (
            <Alert severity="error">{(report.error as Error).message}</Alert>
          ) : !data ? (
            <Loading />
          ) : (
            <>
              <Typography variant="body2" color="text.secondary">
                {translate('resources.trainingCompliance.rule', { required: data.requiredJp, year: data.year })}
              </Typography>
              <Summary report={data} />
              <UnitsTable report={data} />
              <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
                {translate('resources.trainingCompliance.belowTitle', { required: data.requiredJp })}
              </Typography>
              <BelowTable report={data} />
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
