import {
  ArrayInput,
  BooleanInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
  type Validator,
} from 'react-admin';
import { GUIDES_MAX, GUIDES_MIN } from './behaviour-value-choices';

// The API's rules (api/src/modules/indicators/behaviour-value.types.ts), mirrored so that most
// mistakes never leave the browser; the API's errors (a code that exists already) show too.
const validateName = [required(), minLength(2), maxLength(100)];
const validateDescription = [required(), maxLength(2000)];
const validateGuide = [required(), minLength(3), maxLength(500)];
const validateSortOrder = [minValue(1), maxValue(99)];

const validateGuides: Validator = (guides: unknown) => {
  const count = Array.isArray(guides) ? guides.length : 0;
  return count < GUIDES_MIN || count > GUIDES_MAX
    ? { message: 'resources.behaviourValues.validation.guides', args: { min: GUIDES_MIN, max: GUIDES_MAX } }
    : undefined;
};

/** Name, description, the behaviour guides (a list of texts), position and active. */
export const BehaviourValueInputs = () => (
  <>
    <TextInput source="name" validate={validateName} fullWidth />
    <TextInput source="description" validate={validateDescription} multiline minRows={2} fullWidth />
    <ArrayInput source="guides" validate={validateGuides} helperText="resources.behaviourValues.helpers.guides">
      <SimpleFormIterator fullWidth>
        <TextInput source="" label="resources.behaviourValues.guides.guide" validate={validateGuide} helperText={false} fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
    <NumberInput
      source="sortOrder"
      validate={validateSortOrder}
      min={1}
      max={99}
      step={1}
      helperText="resources.behaviourValues.helpers.sortOrder"
    />
    <BooleanInput source="active" helperText="resources.behaviourValues.helpers.active" />
  </>
);
