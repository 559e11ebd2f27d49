import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { OWNER_AGENCY_COLUMN } from '../../common/export';
import { listExporter } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { GuideCountField } from './behaviour-value-fields';
import { useBulkDelete } from '../../access';

// `q` searches code and name; `agencyId_isNull` keeps the national values only (dataProvider/filters.ts).
const behaviourValueFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
  <QuickFilter key="national" source="agencyId_isNull" label="resources.behaviourValues.filters.national" defaultValue={true} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Nilai BerAKHLAK: the national core values and the agency's own (which may replace a national one). */
export const BehaviourValueList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteBehaviourValue, configuration.manage).
  const bulkActionButtons = useBulkDelete('configuration.manage');
  return (
    <List
      filters={behaviourValueFilters}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'behaviourValues',
        [
          { source: 'sortOrder' },
          { source: 'code' },
          { source: 'name' },
          {
            source: 'guides',
            label: 'resources.behaviourValues.fields.guideCount',
            value: (record) => ((record.guides as unknown[] | undefined) ?? []).length,
          },
          OWNER_AGENCY_COLUMN,
          { source: 'active', boolean: true },
        ],
        'nilai-perilaku',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.NumberCol source="sortOrder" />
        <DataTable.Col source="code" sx={noWrap} />
        <DataTable.Col source="name" />
        <DataTable.Col source="guides" disableSort label="resources.behaviourValues.fields.guideCount">
          <GuideCountField />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <OwnerAgencyField />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
