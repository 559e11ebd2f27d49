import { BooleanInput, maxLength, maxValue, minLength, minValue, NumberInput, regex, required, SelectInput, TextInput } from 'react-admin';
import {
  aggregationChoices,
  dataSourceChoices,
  directionChoices,
  INDICATOR_CODE,
  measureUnitChoices,
  perspectiveChoices,
} from './indicator-choices';

// The API's rules (api/src/modules/indicators/indicator.types.ts), mirrored so that most mistakes
// never leave the browser. Its BAD_USER_INPUT and CONFLICT errors (a duplicate code, a direction
// changed after a period adopted a template using the indicator) are shown too.
const validateCode = [required(), regex(INDICATOR_CODE, 'resources.indicators.validation.code')];
const validateName = [required(), minLength(3), maxLength(200)];
const validateDescription = [maxLength(2000)];
const validateCap = [minValue(100), maxValue(1000)];
const validateRequired = [required()];

/** Codes are upper case: type "waktu-layanan" and get "WAKTU-LAYANAN". */
const parseCode = (value: string) => (value ? value.toUpperCase() : '');

/** What create and edit share: everything but the agency. */
export const IndicatorInputs = () => (
  <>
    <TextInput source="code" validate={validateCode} parse={parseCode} helperText="resources.indicators.helpers.code" autoComplete="off" />
    <TextInput source="name" validate={validateName} fullWidth />
    <TextInput source="description" validate={validateDescription} multiline minRows={2} fullWidth />
    <SelectInput source="perspective" choices={perspectiveChoices} validate={validateRequired} />
    <SelectInput
      source="direction"
      choices={directionChoices}
      validate={validateRequired}
      helperText="resources.indicators.helpers.direction"
    />
    <SelectInput source="unit" choices={measureUnitChoices} validate={validateRequired} />
    <SelectInput
      source="aggregation"
      choices={aggregationChoices}
      validate={validateRequired}
      helperText="resources.indicators.helpers.aggregation"
    />
    <SelectInput source="dataSource" choices={dataSourceChoices} validate={validateRequired} />
    <NumberInput source="cap" validate={validateCap} min={100} max={1000} helperText="resources.indicators.helpers.cap" />
    <BooleanInput source="active" helperText="resources.indicators.helpers.active" />
  </>
);
