import { Create, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { employmentTypeChoices } from './employee-choices';
import {
  EffectiveDateInput,
  NameInputs,
  PlacementInputs,
  RankInput,
  StatusAndContactInputs,
  validateNip,
  withoutEmptyValues,
} from './employee-inputs';

const defaults = { employmentType: 'PNS', status: 'AKTIF' };

const RankForType = () => <RankInput employmentType={useWatch({ name: 'employmentType' }) as string | undefined} />;

/** Only the rank that fits the kind of employee is sent: golongan for a PNS, grade for a PPPK. */
const transform = (data: Record<string, unknown>) => {
  const values = withoutEmptyValues(data);
  if (values.employmentType === 'PPPK') delete values.golongan;
  else delete values.pppkGrade;
  return values;
};

export const EmployeeCreate = () => (
  <Create redirect="show" transform={transform}>
    <SimpleForm defaultValues={defaults}>
      <TextInput
        source="nip"
        validate={validateNip}
        helperText="resources.employees.helpers.nip"
        autoComplete="off"
        sx={{ minWidth: 280 }}
      />
      <SelectInput source="employmentType" choices={employmentTypeChoices} validate={validateNip.slice(0, 1)} />
      <NameInputs />
      <PlacementInputs />
      <RankForType />
      <StatusAndContactInputs />
      <EffectiveDateInput helperText="resources.employees.helpers.effectiveDateCreate" />
    </SimpleForm>
  </Create>
);
