import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { listExporter } from '../../common/export-buttons';
import { agencyKindChoices } from './agency-choices';
import { useBulkDelete } from '../../access';

const agencyFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={agencyKindChoices} />];

const noWrap = { whiteSpace: 'nowrap' } as const;

export const AgencyList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteAgency, agencies.create).
  const bulkActionButtons = useBulkDelete('agencies.create');
  return (
    <List
      filters={agencyFilters}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'agencies',
        [
          { source: 'code' },
          { source: 'name' },
          { source: 'kind', choices: agencyKindChoices },
          { source: 'region' },
          { source: 'updatedAt', dateTime: true },
        ],
        'instansi',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="code" sx={noWrap} />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" sx={noWrap}>
          <SelectField source="kind" choices={agencyKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="region" />
        <DataTable.Col source="updatedAt" sx={noWrap}>
          <DateTimeField source="updatedAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
