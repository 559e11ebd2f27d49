import { BooleanField, DataTable, List, NullableBooleanInput, NumberField, SearchInput, SelectInput } from 'react-admin';
import { listExporter } from '../../common/export-buttons';
import { DateTimeField } from '../../common/date-time-field';
import { positionTypeChoices } from './criteria-template-choices';
import { FrozenField, PositionTypesField, RevisionField } from './criteria-template-fields';
import { DATE_LOCALE } from '../../i18n';
import { useBulkDelete } from '../../access';

// `current` and `frozen` are yes/no filters; `positionTypes` finds templates naming that type
// (dataProvider/filters.ts). By default only the latest revision of each template shows.
const criteriaTemplateFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="current" source="current" alwaysOn />,
  <SelectInput key="positionTypes" source="positionTypes" choices={positionTypeChoices} />,
  <NullableBooleanInput key="frozen" source="frozen" />,
  <NullableBooleanInput key="active" source="active" />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Templat Kriteria: the latest revisions by default, with whether a period uses them. */
export const CriteriaTemplateList = () => {
  // Selection checkboxes and bulk delete only for those who may delete (deleteCriteriaTemplate, configuration.manage).
  const bulkActionButtons = useBulkDelete('configuration.manage');
  return (
    <List
      filters={criteriaTemplateFilters}
      filterDefaultValues={{ current: true }}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'criteriaTemplates',
        [
          { source: 'name' },
          { source: 'revision' },
          { source: 'positionTypes', choices: positionTypeChoices },
          { source: 'mainWeight' },
          { source: 'frozen', boolean: true },
          { source: 'active', boolean: true },
          { source: 'updatedAt', dateTime: true },
        ],
        'templat-kriteria',
      )}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="name" />
        <DataTable.Col source="revision" sx={noWrap}>
          <RevisionField />
        </DataTable.Col>
        <DataTable.Col source="positionTypes" disableSort>
          <PositionTypesField />
        </DataTable.Col>
        <DataTable.Col source="mainWeight" disableSort>
          <NumberField locales={DATE_LOCALE} source="mainWeight" />
        </DataTable.Col>
        <DataTable.Col source="frozen" disableSort>
          <FrozenField />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" sx={noWrap}>
          <DateTimeField source="updatedAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
