import {
  AutocompleteInput,
  BooleanInput,
  maxLength,
  minLength,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
  type RaRecord,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { orgUnitKindChoices } from './org-unit-choices';

// The API's rules (api/src/modules/organization/org-unit.types.ts), mirrored so that most mistakes
// never leave the browser. The API stays the authority: its BAD_USER_INPUT errors (a duplicate
// code, a parent in another agency) mark the field too.
export const UNIT_CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

const validateCode = [required(), regex(UNIT_CODE, 'resources.orgUnits.validation.code')];
const validateName = [required(), minLength(2), maxLength(200)];
const validateKind = [required()];

/** A top unit needs its agency; a sub-unit takes its parent's. */
const agencyRequiredWithoutParent: Validator = (value, values: { parentId?: unknown }) =>
  !value && !values.parentId ? 'resources.orgUnits.validation.agencyRequired' : undefined;

/** Codes are upper case: type "pkm-1" and get "PKM-1". */
const parseCode = (value: string) => (value ? value.toUpperCase() : null);

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/** Code, name, kind and active: what create and edit share. */
export const OrgUnitFields = () => (
  <>
    <TextInput source="code" validate={validateCode} parse={parseCode} helperText="resources.orgUnits.helpers.code" autoComplete="off" />
    <TextInput source="name" validate={validateName} fullWidth />
    <SelectInput source="kind" choices={orgUnitKindChoices} validate={validateKind} />
    <BooleanInput source="active" helperText="resources.orgUnits.helpers.active" />
  </>
);

/**
 * Agency and parent of a new unit. The parent is searched in the chosen agency (in all the
 * actor's units while none is chosen); choosing a parent fills in its agency.
 */
export const AgencyAndParentInputs = () => {
  const agencyId = useWatch({ name: 'agencyId' }) as string | null | undefined;
  const { setValue } = useFormContext();
  const chooseParent = (_value: unknown, parent: RaRecord | '') => {
    if (parent && parent.agencyId) setValue('agencyId', parent.agencyId, { shouldValidate: true });
  };
  return (
    <>
      <ReferenceInput source="agencyId" reference="agencies">
        <AutocompleteInput
          validate={agencyRequiredWithoutParent}
          parse={parseId}
          helperText="resources.orgUnits.helpers.agencyId"
          sx={{ minWidth: 360 }}
        />
      </ReferenceInput>
      <ReferenceInput source="parentId" reference="orgUnits" filter={agencyId ? { agencyId } : {}}>
        <AutocompleteInput
          parse={parseId}
          onChange={chooseParent}
          helperText="resources.orgUnits.helpers.parentId"
          sx={{ minWidth: 360 }}
        />
      </ReferenceInput>
    </>
  );
};
