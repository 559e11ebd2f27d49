import {
  AutocompleteInput,
  BooleanInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useGetOne,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { GRADE_MAX, GRADE_MIN, positionTypeChoices } from './position-choices';

// The API's rules (api/src/modules/organization/position.types.ts), mirrored so that most mistakes
// never leave the browser. Its BAD_USER_INPUT errors (a superior in another agency, a cycle) mark
// the field too.
const validateName = [required(), minLength(2), maxLength(200)];
const validateGrade = [required(), minValue(GRADE_MIN), maxValue(GRADE_MAX)];
const validateRequired = [required()];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/**
 * The superior, among the positions of the chosen unit's agency (the API refuses another agency,
 * and a superior below the position itself).
 */
const SuperiorInput = () => {
  const unitId = useWatch({ name: 'unitId' }) as string | null | undefined;
  const { data: unit } = useGetOne('orgUnits', { id: unitId ?? '' }, { enabled: !!unitId });
  const filter: Record<string, unknown> = {};
  if (unit?.agencyId) filter.agencyId = unit.agencyId;
  return (
    <ReferenceInput source="superiorId" reference="positions" filter={filter} sort={{ field: 'grade', order: 'DESC' }}>
      <AutocompleteInput parse={parseId} helperText="resources.positions.helpers.superiorId" sx={{ minWidth: 420 }} />
    </ReferenceInput>
  );
};

/** Everything a position has: unit, superior, name, type, class and active. */
export const PositionInputs = () => (
  <>
    <ReferenceInput source="unitId" reference="orgUnits">
      <AutocompleteInput validate={validateRequired} parse={parseId} sx={{ minWidth: 420 }} />
    </ReferenceInput>
    <SuperiorInput />
    <TextInput source="name" validate={validateName} fullWidth />
    <SelectInput source="type" choices={positionTypeChoices} validate={validateRequired} />
    <NumberInput
      source="grade"
      validate={validateGrade}
      min={GRADE_MIN}
      max={GRADE_MAX}
      step={1}
      helperText="resources.positions.helpers.grade"
    />
    <BooleanInput source="active" helperText="resources.positions.helpers.active" />
  </>
);
