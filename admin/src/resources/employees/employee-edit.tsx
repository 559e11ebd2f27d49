import {
  AutocompleteInput,
  Edit,
  maxLength,
  ReferenceInput,
  SaveButton,
  ShowButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EffectiveDateInput, NameInputs, PlacementInputs, RankInput, StatusAndContactInputs, withoutEmptyValues } from './employee-inputs';

const EmployeeEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Save only: employees are never deleted; they leave with the status PENSIUN or BERHENTI.
const EmployeeEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** An empty choice returns the supervisor to the position tree (null), not an empty ID. */
const parseId = (value: string) => value || null;

/** The fields that depend on the record: agency scope, the kind's rank and the supervisor override. */
const EmployeeEditInputs = () => {
  const record = useRecordContext();
  const agencyId = record?.agencyId;
  const scope = agencyId ? { agencyId } : {};
  return (
    <>
      <TextInput source="nipFormatted" readOnly />
      <NameInputs />
      <PlacementInputs agencyId={agencyId} />
      <RankInput employmentType={record?.employmentType as string | undefined} />
      <ReferenceInput source="supervisorOverrideId" reference="employees" filter={scope}>
        <AutocompleteInput parse={parseId} helperText="resources.employees.helpers.supervisorOverrideId" sx={{ minWidth: 420 }} />
      </ReferenceInput>
      <StatusAndContactInputs />
      <EffectiveDateInput helperText="resources.employees.helpers.effectiveDate" />
      <TextInput source="reason" validate={[maxLength(500)]} helperText="resources.employees.helpers.reason" fullWidth />
    </>
  );
};

// Pessimistic: the API checks the record's version and the placement rules, and its field errors
// can only be shown while the form is still open. Only changed fields are sent (build-query.ts),
// plus the effective date and reason of a placement change when given.
export const EmployeeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EmployeeEditActions />} transform={withoutEmptyValues}>
    <SimpleForm toolbar={<EmployeeEditToolbar />}>
      <EmployeeEditInputs />
    </SimpleForm>
  </Edit>
);
