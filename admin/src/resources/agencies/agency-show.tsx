import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { agencyKindChoices } from './agency-choices';
import { AgencyUnitsField } from './agency-units-field';

export const AgencyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={agencyKindChoices} />
      <TextField source="region" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <AgencyUnitsField label="resources.agencies.units.title" />
    </SimpleShowLayout>
  </Show>
);
