import { can } from '../../access';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SimpleForm,
  TextInput,
  usePermissions,
} from 'react-admin';

import { listExporter } from '../../common/export-buttons';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="orgUnits" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

/** Layanan publik: what the agency's units provide, surveyed and complained about by citizens. */
export const PublicServiceList = () => {
  const { permissions } = usePermissions();
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'publicServices',
        [{ source: 'name' }, { source: 'unitId', reference: 'orgUnits' }, { source: 'description' }, { source: 'active', boolean: true }],
        'layanan-publik',
      )}
    >
      <DataTable rowClick={can(permissions, 'configuration.manage') ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="unitId" disableSort>
          <ReferenceField source="unitId" reference="orgUnits" link={false} />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export const PublicServiceCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="unitId" reference="orgUnits">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="description" multiline minRows={2} fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  </Create>
);

/** The unit stays; name, description and whether it is offered change. */
export const PublicServiceEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceField source="unitId" reference="orgUnits" link={false} />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
