import { maxLength, minLength, regex, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { agencyKindChoices } from './agency-choices';

// The API's rules (AGENCY_CODE and the inputs in api/src/modules/organization/agency.types.ts), mirrored so that most mistakes never leave the browser.
// The API stays the authority: its BAD_USER_INPUT errors (e.g. a duplicate code) mark the field too.
const validateCode = [required(), minLength(2), maxLength(32), regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'resources.agencies.validation.code')];
const validateName = [required(), minLength(3), maxLength(200)];
const validateKind = [required()];
const validateRegion = [maxLength(100)];

/** Codes are upper-case: type "bkn" and get "BKN". */
const parseCode = (value: string) => (value ? value.toUpperCase() : null);

export const AgencyForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={validateCode} parse={parseCode} helperText="resources.agencies.helpers.code" autoComplete="off" />
    <TextInput source="name" validate={validateName} fullWidth />
    <SelectInput source="kind" choices={agencyKindChoices} validate={validateKind} />
    <TextInput source="region" validate={validateRegion} />
  </SimpleForm>
);
