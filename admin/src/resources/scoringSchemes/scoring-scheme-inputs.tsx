import { Typography } from '@mui/material';
import {
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
  type Validator,
} from 'react-admin';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { MatrixGridInput } from './matrix-grid';
import { ScorePreviewPanel } from './score-preview';
import { formulaChoices } from './scoring-scheme-choices';

// The API's rules (api/src/modules/indicators/scoring-scheme.types.ts and .service.ts), mirrored
// so that most mistakes never leave the browser; its BAD_USER_INPUT errors mark the fields too.
const validateName = [required(), minLength(3), maxLength(200)];
const validateDescription = [maxLength(2000)];
const validateCap = [required(), minValue(100), maxValue(1000)];
const validateAdditionalMax = [required(), minValue(0), maxValue(50)];
const validateRequired = [required()];

const asExpectedAboveZero: Validator = (value: unknown) =>
  typeof value === 'number' && value <= 0 ? 'resources.scoringSchemes.validation.asExpectedFrom' : undefined;

/** Results are above expectation from a higher score than "as expected". */
const aboveAboveAsExpected: Validator = (value: unknown, values: { asExpectedFrom?: unknown }) =>
  typeof value === 'number' && typeof values.asExpectedFrom === 'number' && value <= values.asExpectedFrom
    ? { message: 'resources.scoringSchemes.validation.aboveFrom', args: { asExpectedFrom: values.asExpectedFrom } }
    : undefined;

const validateAsExpectedFrom = [required(), asExpectedAboveZero];
const validateAboveFrom = [required(), maxValue(1000), aboveAboveAsExpected];

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/**
 * The scheme's rules: the achievement cap and a formula per direction, the thresholds from score
 * to result rating, the points additional results may add, the predicate matrix as a grid, and a
 * live preview of what they give on sample lines.
 */
export const ScoringSchemeInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    {creating ? <OwnerAgencyInput national /> : null}
    <TextInput source="name" validate={validateName} fullWidth />
    <TextInput source="description" validate={validateDescription} multiline minRows={2} fullWidth />
    <Section title="resources.scoringSchemes.sections.achievement" />
    <NumberInput source="cap" validate={validateCap} min={100} max={1000} helperText="resources.scoringSchemes.helpers.cap" />
    <SelectInput
      source="higherIsBetterFormula"
      choices={formulaChoices('higherIsBetterFormula')}
      validate={validateRequired}
      sx={{ minWidth: 360 }}
    />
    <SelectInput
      source="lowerIsBetterFormula"
      choices={formulaChoices('lowerIsBetterFormula')}
      validate={validateRequired}
      sx={{ minWidth: 360 }}
    />
    <SelectInput
      source="targetRangeFormula"
      choices={formulaChoices('targetRangeFormula')}
      validate={validateRequired}
      sx={{ minWidth: 360 }}
    />
    <Section title="resources.scoringSchemes.sections.thresholds" />
    <NumberInput source="aboveFrom" validate={validateAboveFrom} helperText="resources.scoringSchemes.helpers.aboveFrom" />
    <NumberInput source="asExpectedFrom" validate={validateAsExpectedFrom} helperText="resources.scoringSchemes.helpers.asExpectedFrom" />
    <NumberInput
      source="additionalMax"
      validate={validateAdditionalMax}
      min={0}
      max={50}
      helperText="resources.scoringSchemes.helpers.additionalMax"
    />
    <Section title="resources.scoringSchemes.sections.matrix" />
    <MatrixGridInput source="matrixCells" />
    <ScorePreviewPanel />
  </>
);
