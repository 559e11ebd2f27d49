import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { listExporter } from '../../common/export-buttons';
import { CsvImportListActions, CsvImportListEmpty } from '../../common/csv-import';
import { positionTypeChoices } from './position-choices';
import { useBulkDelete } from '../../access';

/** Names of the unit and the superior, in the list's own query (build-query.ts `meta.fields`). */
const LIST_FIELDS = 'unit { id name } superior { id name }';

// `inUnitSubtree` is an ID, sent as it is; the others are equality filters (dataProvider/filters.ts).
const positionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies">
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <ReferenceInput key="inUnitSubtree" source="inUnitSubtree" reference="orgUnits" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <SelectInput key="type" source="type" choices={positionTypeChoices} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

export const PositionList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deletePosition, organization.manage).
  const bulkActionButtons = useBulkDelete('organization.manage');
  return (
    <List
      actions={<CsvImportListActions canImport="organization.manage" />}
      empty={<CsvImportListEmpty canImport="organization.manage" />}
      filters={positionFilters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      queryOptions={{ meta: { fields: LIST_FIELDS } }}
      exporter={listExporter(
        'positions',
        [
          { source: 'name' },
          { source: 'type', choices: positionTypeChoices },
          { source: 'grade' },
          { source: 'unitId', path: 'unit.name' },
          { source: 'superiorId', path: 'superior.name' },
          { source: 'active', boolean: true },
        ],
        'jabatan',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="name" />
        <DataTable.Col source="type" sx={noWrap}>
          <SelectField source="type" choices={positionTypeChoices} />
        </DataTable.Col>
        <DataTable.NumberCol source="grade" />
        <DataTable.Col source="unitId" disableSort>
          <TextField source="unit.name" />
        </DataTable.Col>
        <DataTable.Col source="superiorId" disableSort>
          <TextField source="superior.name" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
