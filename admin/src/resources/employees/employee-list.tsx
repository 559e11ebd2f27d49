import { can } from '../../access';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  Empty,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
  useResourceDefinition,
} from 'react-admin';
import type { CsvColumn } from '../../common/export';
import { listExporter, XlsxExportButton } from '../../common/export-buttons';
import { employmentTypeChoices, golonganChoices, statusChoices } from './employee-choices';
import { RankField } from './employee-fields';
import { ImportEmployeesButton } from './employee-import';

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

/** The usual actions, plus "Impor CSV" for those who may create employees. */
const EmployeeListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      {can(permissions, 'employees.manage') && <ImportEmployeesButton />}
      <ExportButton />
      <XlsxExportButton />
    </TopToolbar>
  );
};

/** No employees yet: react-admin's invitation to create one, and the import for a whole file. */
const EmployeeListEmpty = () => {
  const { permissions } = usePermissions();
  return (
    <Box>
      <Empty />
      {can(permissions, 'employees.manage') && (
        <Box sx={{ textAlign: 'center', mb: 2 }}>
          <ImportEmployeesButton />
        </Box>
      )}
    </Box>
  );
};

const noWrap = { whiteSpace: 'nowrap' } as const;

/** The CSV export: the list's columns, with the unit and the position by name. */
export const EMPLOYEE_CSV_COLUMNS: CsvColumn[] = [
  { source: 'nip' },
  { source: 'fullName' },
  { source: 'employmentType', choices: employmentTypeChoices },
  { source: 'golongan', choices: golonganChoices },
  { source: 'pppkGrade' },
  { source: 'positionId', path: 'position.name' },
  { source: 'unitId', path: 'unit.name' },
  { source: 'status', choices: statusChoices },
];

// Employees leave through their status (PENSIUN, BERHENTI), never deleted: no bulk actions.
export const EmployeeList = () => (
  <List
    filters={employeeFilters}
    actions={<EmployeeListActions />}
    empty={<EmployeeListEmpty />}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    queryOptions={{ meta: { fields: LIST_FIELDS } }}
    exporter={listExporter('employees', EMPLOYEE_CSV_COLUMNS, 'pegawai')}
  >
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
