import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { listExporter } from '../../common/export-buttons';
import { agencyKindChoices } from './agency-choices';

const agencyFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={agencyKindChoices} />];

const noWrap = { whiteSpace: 'nowrap' } as const;

export const AgencyList = () => (
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
    <DataTable rowClick="show">
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
