import { Create, DateInput, Edit, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { holidayKindChoices } from './holiday-choices';

const Inputs = () => (
  <>
    <DateInput source="date" validate={required()} />
    <TextInput source="name" validate={required()} sx={{ minWidth: 420 }} />
    <SelectInput source="kind" choices={holidayKindChoices} validate={required()} />
  </>
);

/** A day off: the agency's own (HR), or a national one (platform administrators, no agency). */
export const HolidayCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ kind: 'LIBUR_DAERAH' }}>
      <OwnerAgencyInput national />
      <Inputs />
    </SimpleForm>
  </Create>
);

export const HolidayEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm>
      <Inputs />
    </SimpleForm>
  </Edit>
);
