import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSourceContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CELLS, TABLE_BOX } from '../allowanceSheets/line-base';
import { useMoneyFormat } from '../allowanceSheets/money';
import { AllowancePreviewPanel } from './allowance-preview';
import { DEDUCTION_BASES, DEDUCTION_TABLES, POSITION_CLASSES, weightsTotal } from './scheme-rules';

// The API's rules (api/src/modules/allowance/allowance.ts, schemeProblems), mirrored so that most
// mistakes never leave the browser; its BAD_USER_INPUT errors mark the same fields.
const wholeNumber: Validator = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value))
    ? 'resources.allowanceSchemes.validation.whole'
    : undefined;
const validateAmount = [required(), minValue(0), wholeNumber];
const validateBasisPoints = [required(), minValue(0), maxValue(10_000), wholeNumber];
const validateMinutes = [required(), minValue(1), wholeNumber];
const validateWeight = [required(), minValue(0), maxValue(100), wholeNumber];
const firstOfMonth: Validator = (value: unknown) =>
  typeof value === 'string' && value && !value.endsWith('-01') ? 'resources.allowanceSchemes.validation.firstOfMonth' : undefined;
const weightsAddUp: Validator = (_value: unknown, values: Record<string, unknown>) =>
  weightsTotal(values) !== 100 ? 'resources.allowanceSchemes.validation.weights' : undefined;

const modeChoices = ['MINUTES', 'PREDICATE', 'MINUTES_AND_PREDICATE'].map((id) => ({ id, name: `resources.allowanceSchemes.modes.${id}` }));
const roundingChoices = ['FLOOR', 'HALF_UP'].map((id) => ({ id, name: `resources.allowanceSchemes.roundings.${id}` }));
/** A chosen option's text wraps on a phone instead of widening the page. */
const WRAP = { '& .MuiSelect-select': { whiteSpace: 'normal' } } as const;
const baseChoices = DEDUCTION_BASES.map((id) => ({ id, name: `resources.allowanceSchemes.bases.${id}` }));
const missingPredicateChoices = ['PAY', 'WITHHOLD', 'LAST_CONFIRMED'].map((id) => ({
  id,
  name: `resources.allowanceSchemes.missingPredicates.${id}`,
}));
const missingAttendanceChoices = ['PRESENT', 'UNEXCUSED'].map((id) => ({
  id,
  name: `resources.allowanceSchemes.missingAttendances.${id}`,
}));

/** A component with weight 0 does not exist in the scheme, so it cannot be a base (the API refuses it too). */
const baseExists: Validator = (value: unknown, values: Record<string, unknown>) =>
  (value === 'DISCIPLINE' && Number(values.disciplineWeight) === 0) || (value === 'PRODUCTIVITY' && Number(values.productivityWeight) === 0)
    ? 'resources.allowanceSchemes.validation.base'
    : undefined;
const validateBase = [required(), baseExists];

/** What a deduction rule is a percentage of. */
const BaseInput = ({ source = 'base', compact = false }: { source?: string; compact?: boolean }) => (
  <SelectInput
    source={source}
    label="resources.allowanceSchemes.fields.base"
    choices={baseChoices}
    validate={validateBase}
    helperText={false}
    sx={{ minWidth: compact ? 170 : 260, maxWidth: '100%', ...WRAP }}
  />
);

const Section = ({ title, helper }: { title: string; helper?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 3, mb: 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      {helper ? (
        <Typography variant="body2" color="text.secondary">
          {translate(helper)}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The fixed key of a row of a table (a predicate, a status), shown as text: it is not edited. */
const RowLabel = ({ source, prefix }: { source: string; prefix: string }) => {
  const translate = useTranslate();
  const value = useWatch({ name: useSourceContext().getSource(source) }) as string | undefined;
  return (
    <Typography variant="body2" sx={{ minWidth: { sm: 200 }, alignSelf: 'center' }}>
      {value ? translate(`${prefix}.${value}`) : ''}
    </Typography>
  );
};

/** The amount typed in a row, as the console writes money (id-ID / en-GB). */
const AmountEcho = ({ index }: { index: number }) => {
  const value = useWatch({ name: `baseAmounts.${index}` }) as unknown;
  const { rupiah } = useMoneyFormat();
  const amount = Number(value);
  return <>{value === null || value === '' || value === undefined || !Number.isInteger(amount) ? '' : rupiah(amount)}</>;
};

/** Base amount per position class (kelas jabatan) 1-17, one row each. */
const BaseAmountTable = () => {
  const translate = useTranslate();
  return (
    <Box sx={TABLE_BOX}>
      <Table size="small" sx={{ maxWidth: 640, ...CELLS }} data-testid="base-amounts">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.allowanceSchemes.fields.grade')}</TableCell>
            <TableCell>{translate('resources.allowanceSchemes.fields.baseAmount')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {POSITION_CLASSES.map((grade, index) => (
            <TableRow key={grade}>
              <TableCell>{grade}</TableCell>
              <TableCell>
                <NumberInput
                  source={`baseAmounts.${index}`}
                  label={false}
                  aria-label={translate('resources.allowanceSchemes.baseAmountOf', { grade })}
                  validate={validateAmount}
                  step={1}
                  min={0}
                  helperText={false}
                  size="small"
                />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <AmountEcho index={index} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The two weights and their live total, which must be 100. */
const Weights = () => {
  const translate = useTranslate();
  const values = useWatch({ name: ['disciplineWeight', 'productivityWeight'] }) as unknown[];
  const total = weightsTotal({ disciplineWeight: values[0], productivityWeight: values[1] });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <NumberInput source="disciplineWeight" validate={validateWeight} min={0} max={100} step={1} />
      <NumberInput source="productivityWeight" validate={[...validateWeight, weightsAddUp]} min={0} max={100} step={1} />
      <Alert severity={total === 100 ? 'success' : 'error'} data-testid="weights-total" sx={{ alignSelf: 'center' }}>
        {translate('resources.allowanceSchemes.weightsTotal', { total })}
      </Alert>
    </Stack>
  );
};

/** A table of minute bands: code, from, to (empty: open-ended, the last band), percentage and cap. */
const BandTable = ({ source }: { source: string }) => (
  <ArrayInput source={source} label={false}>
    <SimpleFormIterator inline disableReordering>
      <TextInput source="code" validate={[required(), maxLength(20)]} helperText={false} sx={{ width: 100 }} />
      <NumberInput source="fromMinutes" validate={validateMinutes} helperText={false} step={1} sx={{ width: 120 }} />
      <NumberInput source="toMinutes" validate={wholeNumber} helperText={false} step={1} sx={{ width: 120 }} />
      <NumberInput source="basisPoints" validate={validateBasisPoints} helperText={false} step={1} sx={{ width: 150 }} />
      <NumberInput source="capBasisPoints" validate={validateBasisPoints} helperText={false} step={1} sx={{ width: 150 }} />
      <BaseInput compact />
    </SimpleFormIterator>
  </ArrayInput>
);

/**
 * Every rule of a scheme version: base amounts per class, the weights (live total), the
 * productivity rule and predicate bands, the deduction tables, what leave, sickness, official
 * duty and study assignment do, the rounding; then the live preview of one employee's month.
 * Percentages are basis points (100 = 1 %), as the API keeps them: exact integers.
 */
export const AllowanceSchemeInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    {creating ? (
      <DateInput source="validFrom" validate={[required(), firstOfMonth]} helperText="resources.allowanceSchemes.helpers.validFrom" />
    ) : null}
    <TextInput source="note" validate={[maxLength(500)]} fullWidth />
    <Section title="resources.allowanceSchemes.sections.baseAmounts" />
    <BaseAmountTable />
    <Section title="resources.allowanceSchemes.sections.weights" />
    <Weights />
    <Section title="resources.allowanceSchemes.sections.productivity" helper="resources.allowanceSchemes.helpers.basisPoints" />
    <SelectInput
      source="productivityMode"
      choices={modeChoices}
      validate={required()}
      sx={{ minWidth: { sm: 360 }, maxWidth: '100%', ...WRAP }}
    />
    <SelectInput
      source="missingPredicate"
      choices={missingPredicateChoices}
      validate={required()}
      helperText="resources.allowanceSchemes.helpers.missingPredicate"
      sx={{ maxWidth: 520, width: '100%', ...WRAP }}
    />
    <ArrayInput source="predicateShares" label={false}>
      <SimpleFormIterator inline disableReordering disableAdd disableRemove>
        <RowLabel source="predicate" prefix="resources.allowanceSchemes.predicates" />
        <NumberInput source="basisPoints" validate={validateBasisPoints} helperText={false} step={1} sx={{ width: 160 }} />
      </SimpleFormIterator>
    </ArrayInput>
    {DEDUCTION_TABLES.map((table) => (
      <Box key={table.source}>
        <Section title={table.title} helper="resources.allowanceSchemes.helpers.bands" />
        <BandTable source={table.source} />
      </Box>
    ))}
    <Section title="resources.allowanceSchemes.sections.unexcused" />
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <NumberInput source="unexcusedDayBasisPoints" validate={validateBasisPoints} step={1} />
      <NumberInput source="unexcusedCapBasisPoints" validate={validateBasisPoints} step={1} />
      <BaseInput source="unexcusedBase" />
    </Stack>
    <SelectInput
      source="missingAttendance"
      choices={missingAttendanceChoices}
      validate={required()}
      helperText="resources.allowanceSchemes.helpers.missingAttendance"
      sx={{ maxWidth: 520, width: '100%', ...WRAP }}
    />
    <Section title="resources.allowanceSchemes.sections.ceremony" />
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <NumberInput source="ceremonyBasisPoints" validate={validateBasisPoints} step={1} />
      <NumberInput source="ceremonyCapBasisPoints" validate={validateBasisPoints} step={1} />
      <BaseInput source="ceremonyBase" />
    </Stack>
    <Section title="resources.allowanceSchemes.sections.statusRules" helper="resources.allowanceSchemes.helpers.statusRules" />
    <ArrayInput source="statusRules" label={false}>
      <SimpleFormIterator inline disableReordering disableAdd disableRemove>
        <RowLabel source="status" prefix="resources.attendanceRecords.status" />
        <NumberInput source="basisPointsPerDay" validate={validateBasisPoints} helperText={false} step={1} sx={{ width: 160 }} />
        <NumberInput source="capBasisPoints" validate={validateBasisPoints} helperText={false} step={1} sx={{ width: 160 }} />
        <BooleanInput source="excusedFromMinutes" helperText={false} />
        <BaseInput compact />
      </SimpleFormIterator>
    </ArrayInput>
    <Section title="resources.allowanceSchemes.sections.rounding" />
    <SelectInput
      source="rounding"
      choices={roundingChoices}
      validate={required()}
      sx={{ minWidth: { sm: 360 }, maxWidth: '100%', ...WRAP }}
    />
    <AllowancePreviewPanel />
  </>
);
