import {
  AutocompleteInput,
  DateInput,
  email,
  maxLength,
  minLength,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
  type RaRecord,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { golonganChoices, pppkGradeChoices, statusChoices } from './employee-choices';

// The API's rules (api/src/modules/employees/employee.types.ts and nip.ts), mirrored in part so
// that most mistakes never leave the browser. The API stays the authority: its BAD_USER_INPUT
// errors (an impossible birth date in the NIP, a NIP already taken) are shown on the field.
export const NIP = /^\s*(\d\s*){18}$/;

export const validateNip = [required(), regex(NIP, 'resources.employees.validation.nip')];
export const validateName = [required(), minLength(2), maxLength(120)];
const validateTitle = [maxLength(60)];
const validateEmail = [email(), maxLength(200)];
const validatePhone = [regex(/^\+?[0-9][0-9 -]{4,24}$/, 'resources.employees.validation.phone')];
const validateRequired = [required()];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/** Titles and name. */
export const NameInputs = () => (
  <>
    <TextInput source="frontTitle" validate={validateTitle} helperText="resources.employees.helpers.frontTitle" />
    <TextInput source="name" validate={validateName} helperText="resources.employees.helpers.name" sx={{ minWidth: 360 }} />
    <TextInput source="backTitle" validate={validateTitle} helperText="resources.employees.helpers.backTitle" />
  </>
);

/**
 * Unit and position: the positions offered are those of the chosen unit and the units below it;
 * choosing a position fills in its unit.
 */
export const PlacementInputs = ({ agencyId }: { agencyId?: unknown }) => {
  const unitId = useWatch({ name: 'unitId' }) as string | null | undefined;
  const { setValue } = useFormContext();
  const choosePosition = (_value: unknown, position: RaRecord | '') => {
    if (position && position.unitId && position.unitId !== unitId) setValue('unitId', position.unitId, { shouldDirty: true });
  };
  const scope = agencyId ? { agencyId } : {};
  return (
    <>
      <ReferenceInput source="unitId" reference="orgUnits" filter={scope}>
        <AutocompleteInput parse={parseId} helperText="resources.employees.helpers.unitId" sx={{ minWidth: 420 }} />
      </ReferenceInput>
      <ReferenceInput source="positionId" reference="positions" filter={unitId ? { ...scope, inUnitSubtree: unitId } : scope}>
        <AutocompleteInput parse={parseId} onChange={choosePosition} sx={{ minWidth: 420 }} />
      </ReferenceInput>
    </>
  );
};

/** Golongan for a PNS, grade for a PPPK. */
export const RankInput = ({ employmentType }: { employmentType?: string }) =>
  employmentType === 'PPPK' ? (
    <SelectInput source="pppkGrade" choices={pppkGradeChoices} translateChoice={false} validate={validateRequired} />
  ) : employmentType === 'PNS' ? (
    <SelectInput source="golongan" choices={golonganChoices} translateChoice={false} validate={validateRequired} />
  ) : null;

/** Status and contact details. */
export const StatusAndContactInputs = () => (
  <>
    <SelectInput source="status" choices={statusChoices} validate={validateRequired} />
    <TextInput source="email" type="email" validate={validateEmail} sx={{ minWidth: 360 }} />
    <TextInput source="phone" validate={validatePhone} />
    <TextInput
      source="bankAccount"
      validate={maxLength(100)}
      helperText="resources.employees.validation.bankAccount"
      sx={{ minWidth: 360 }}
    />
  </>
);

export const EffectiveDateInput = (props: { helperText?: string }) => <DateInput source="effectiveDate" {...props} />;

/** Empty texts become "not given" (undefined): the API would check an empty e-mail as an address. */
export const withoutEmptyValues = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value === '' ? undefined : value]));
