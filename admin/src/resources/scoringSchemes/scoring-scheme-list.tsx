import { DataTable, List, NullableBooleanInput, NumberField, SearchInput } from 'react-admin';
import { OWNER_AGENCY_COLUMN } from '../../common/export';
import { listExporter } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { SchemeFrozenField, SchemeRevisionField } from './scoring-scheme-fields';
import { DATE_LOCALE } from '../../i18n';

// `current` keeps the latest revisions (the default); `agencyId_isNull` the national default.
const scoringSchemeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="current" source="current" alwaysOn />,
  <QuickFilter key="national" source="agencyId_isNull" label="resources.scoringSchemes.filters.national" defaultValue={true} />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Skema Penilaian: the national default and the agency's own schemes. */
export const ScoringSchemeList = () => (
  <List
    filters={scoringSchemeFilters}
    filterDefaultValues={{ current: true }}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    exporter={listExporter(
      'scoringSchemes',
      [
        { source: 'name' },
        { source: 'revision' },
        OWNER_AGENCY_COLUMN,
        { source: 'cap' },
        { source: 'aboveFrom' },
        { source: 'asExpectedFrom' },
        { source: 'frozen', boolean: true },
      ],
      'skema-penilaian',
    )}
  >
    {/* No bulk delete: the API has no operation deleting a scheme (versions are kept). */}
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="revision" sx={noWrap}>
        <SchemeRevisionField />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <OwnerAgencyField />
      </DataTable.Col>
      <DataTable.Col source="cap" disableSort>
        <NumberField locales={DATE_LOCALE} source="cap" />
      </DataTable.Col>
      <DataTable.Col source="aboveFrom" disableSort>
        <NumberField locales={DATE_LOCALE} source="aboveFrom" />
      </DataTable.Col>
      <DataTable.Col source="asExpectedFrom" disableSort>
        <NumberField locales={DATE_LOCALE} source="asExpectedFrom" />
      </DataTable.Col>
      <DataTable.Col source="frozen" disableSort>
        <SchemeFrozenField />
      </DataTable.Col>
    </DataTable>
  </List>
);
