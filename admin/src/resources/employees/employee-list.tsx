import { AutocompleteInput, DataTable, List, ReferenceInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { employmentTypeChoices, golonganChoices, statusChoices } from './employee-choices';
import { RankField } from './employee-fields';

/** Names of the unit and the position, in the list's own query (build-query.ts `meta.fields`). */
const LIST_FIELDS = 'unit { id name } position { id name }';

// `q` finds by NIP (with or without spaces) or by name; `inUnitSubtree` is an ID, sent as it is;
// the others are equality filters (dataProvider/filters.ts).
const employeeFilters = [
  <TextInput key="q" source="q" label="resources.employees.filters.q" alwaysOn resettable />,
  <ReferenceInput key="inUnitSubtree" source="inUnitSubtree" reference="orgUnits" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <SelectInput key="employmentType" source="employmentType" choices={employmentTypeChoices} />,
  <SelectInput key="golongan" source="golongan" choices={golonganChoices} translateChoice={false} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

// Employees leave through their status (PENSIUN, BERHENTI), never deleted: no bulk actions.
export const EmployeeList = () => (
  <List filters={employeeFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} queryOptions={{ meta: { fields: LIST_FIELDS } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="nip" sx={noWrap}>
        <TextField source="nipFormatted" />
      </DataTable.Col>
      <DataTable.Col source="name" label="resources.employees.fields.fullName">
        <TextField source="fullName" />
      </DataTable.Col>
      <DataTable.Col source="golongan" label="resources.employees.fields.rank" sx={noWrap}>
        <RankField />
      </DataTable.Col>
      <DataTable.Col source="positionId" disableSort>
        <TextField source="position.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort sx={noWrap}>
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
