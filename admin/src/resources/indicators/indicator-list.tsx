import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { OWNER_AGENCY_COLUMN } from '../../common/export';
import { listExporter } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { dataSourceChoices, directionChoices, measureUnitChoices, perspectiveChoices } from './indicator-choices';
import { useBulkDelete } from '../../access';

// `q` searches code and name; the selects are equality filters; `agencyId_isNull` becomes
// `agencyId: { isNull: true }`: the national catalogue only (dataProvider/filters.ts).
const indicatorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="perspective" source="perspective" choices={perspectiveChoices} alwaysOn />,
  <SelectInput key="direction" source="direction" choices={directionChoices} />,
  <SelectInput key="dataSource" source="dataSource" choices={dataSourceChoices} />,
  <NullableBooleanInput key="active" source="active" />,
  <QuickFilter key="national" source="agencyId_isNull" label="resources.indicators.filters.national" defaultValue={true} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Katalog Indikator: the national indicators and the agency's own. */
export const IndicatorList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteIndicator, configuration.manage).
  const bulkActionButtons = useBulkDelete('configuration.manage');
  return (
    <List
      filters={indicatorFilters}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'indicators',
        [
          { source: 'code' },
          { source: 'name' },
          { source: 'perspective', choices: perspectiveChoices },
          { source: 'direction', choices: directionChoices },
          { source: 'unit', choices: measureUnitChoices },
          { source: 'dataSource', choices: dataSourceChoices },
          OWNER_AGENCY_COLUMN,
          { source: 'active', boolean: true },
        ],
        'indikator',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="code" sx={noWrap} />
        <DataTable.Col source="name" />
        <DataTable.Col source="perspective" sx={noWrap}>
          <SelectField source="perspective" choices={perspectiveChoices} />
        </DataTable.Col>
        <DataTable.Col source="direction" disableSort sx={noWrap}>
          <SelectField source="direction" choices={directionChoices} />
        </DataTable.Col>
        <DataTable.Col source="unit" disableSort sx={noWrap}>
          <SelectField source="unit" choices={measureUnitChoices} />
        </DataTable.Col>
        <DataTable.Col source="dataSource" disableSort sx={noWrap}>
          <SelectField source="dataSource" choices={dataSourceChoices} />
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
