import SubdirectoryArrowRightIcon from '@mui/icons-material/SubdirectoryArrowRight';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useRecordContext,
} from 'react-admin';
import { listExporter } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { CsvImportListActions, CsvImportListEmpty } from '../../common/csv-import';
import { orgUnitKindChoices } from './org-unit-choices';
import { useBulkDelete } from '../../access';

// Bare values are equality filters, `descendantOf` (an ID, not an operator object) is sent as it
// is, and `parentId_isNull` becomes `parentId: { isNull: true }` (dataProvider/filters.ts).
const orgUnitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference="agencies">
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={orgUnitKindChoices} />,
  <ReferenceInput key="descendantOf" source="descendantOf" reference="orgUnits">
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <QuickFilter key="topOnly" source="parentId_isNull" label="resources.orgUnits.filters.topOnly" defaultValue={true} />,
  <NullableBooleanInput key="active" source="active" />,
];

/** The name, indented by the unit's level in the tree. */
export const IndentedNameField = (_props: { source?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const depth = Number(record.depth ?? 0);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', pl: Math.max(0, depth - 1) * 2.5 }}>
      {depth > 0 ? <SubdirectoryArrowRightIcon fontSize="small" color="disabled" sx={{ mr: 0.5 }} /> : null}
      {String(record.name)}
    </Box>
  );
};

const noWrap = { whiteSpace: 'nowrap' } as const;

// No explicit sort: the API's default order is by level, then name, so top units come first.
export const OrgUnitList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteOrgUnit, organization.manage).
  const bulkActionButtons = useBulkDelete('organization.manage');
  return (
    <List
      actions={<CsvImportListActions canImport="organization.manage" />}
      empty={<CsvImportListEmpty canImport="organization.manage" />}
      filters={orgUnitFilters}
      perPage={25}
      exporter={listExporter(
        'orgUnits',
        [
          { source: 'code' },
          { source: 'name' },
          { source: 'kind', choices: orgUnitKindChoices },
          { source: 'agencyId', reference: 'agencies' },
          { source: 'parentId', reference: 'orgUnits' },
          { source: 'active', boolean: true },
        ],
        'unit-kerja',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="code" sx={noWrap} />
        <DataTable.Col source="name">
          <IndentedNameField source="name" />
        </DataTable.Col>
        <DataTable.Col source="kind" sx={noWrap}>
          <SelectField source="kind" choices={orgUnitKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <ReferenceField source="agencyId" reference="agencies" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <ReferenceField source="parentId" reference="orgUnits" link="show" emptyText="—">
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
