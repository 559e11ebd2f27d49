import { DataTable, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { PeriodStatusField } from './period-fields';
import { statusChoices, typeChoices } from './period-lifecycle';
import { useBulkDelete } from '../../access';

/** The annual period each one is part of, in the list's own query (build-query.ts `meta.fields`). */
const LIST_FIELDS = 'parent { id name }';

// The selects are equality filters; `parentId_isNull` keeps the top-level periods (dataProvider/filters.ts).
const appraisalPeriodFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={typeChoices} />,
  <QuickFilter key="topOnly" source="parentId_isNull" label="resources.appraisalPeriods.filters.topOnly" defaultValue={true} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Periode Penilaian: latest first, with where each stands in its lifecycle. */
export const AppraisalPeriodList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteAppraisalPeriod, configuration.manage).
  const bulkActionButtons = useBulkDelete('configuration.manage');
  return (
    <List
      filters={appraisalPeriodFilters}
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={25}
      queryOptions={{ meta: { fields: LIST_FIELDS } }}
      exporter={listExporter(
        'appraisalPeriods',
        [
          { source: 'name' },
          { source: 'type', choices: typeChoices },
          { source: 'startDate' },
          { source: 'endDate' },
          { source: 'status', choices: statusChoices },
          { source: 'parentId', path: 'parent.name' },
        ],
        'periode-penilaian',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="name" />
        <DataTable.Col source="type" sx={noWrap}>
          <SelectField source="type" choices={typeChoices} />
        </DataTable.Col>
        <DataTable.Col source="startDate" sx={noWrap}>
          <CalendarDateField source="startDate" />
        </DataTable.Col>
        <DataTable.Col source="endDate" sx={noWrap}>
          <CalendarDateField source="endDate" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <PeriodStatusField />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <TextField source="parent.name" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
