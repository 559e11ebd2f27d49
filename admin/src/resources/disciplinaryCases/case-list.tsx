import SettingsIcon from '@mui/icons-material/Settings';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  DataTable,
  downloadCSV,
  ExportButton,
  FilterButton,
  Link,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { XlsxExportButton } from '../../common/export-buttons';
import { CalendarDateField } from '../../common/calendar-date-field';
import { caseCsvRows, type CaseListRecord } from './case-export';
import { CaseStatusField, EmployeeNameField, SanctionField } from './case-fields';
import { canProposeCase, caseStatusChoices, isDisciplineOfficer, sanctionLevelChoices } from './case-rules';
import { toCsv } from '../../common/export';

/** The employee and the sanction with the case (build-query.ts `meta.fields`). */
export const CASE_LIST_FIELDS = 'employee { id fullName nipFormatted nip } sanctionType { id code name level }';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
  <SelectInput key="level" source="level" choices={sanctionLevelChoices} alwaysOn />,
  <ReferenceInput key="employeeId" source="employeeId" reference="employees">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const useCaseExporter = (): Exporter => {
  const translate = useTranslate();
  return (records) => downloadCSV(toCsv(caseCsvRows(records as CaseListRecord[], translate)), 'kasus-disiplin');
};

const CaseListActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {isDisciplineOfficer(permissions) ? (
        <Button component={Link} to="/disciplinaryCases/authorities" label="resources.disciplinaryCases.authorities.menu">
          <SettingsIcon />
        </Button>
      ) : null}
      {canProposeCase(permissions) ? <CreateButton label="resources.disciplinaryCases.propose" /> : null}
      <ExportButton />
      <XlsxExportButton />
    </TopToolbar>
  );
};

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Kasus disiplin: the cases the actor may see, newest report first; filter by status, level, employee or text. */
export const DisciplinaryCaseList = () => {
  const exporter = useCaseExporter();
  return (
    <List
      filters={filters}
      actions={<CaseListActions />}
      perPage={25}
      sort={{ field: 'proposedAt', order: 'DESC' }}
      exporter={exporter}
      queryOptions={{ meta: { fields: CASE_LIST_FIELDS } }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="employeeName" label="resources.disciplinaryCases.fields.employee">
          <EmployeeNameField />
        </DataTable.Col>
        <DataTable.Col source="violationDate" sx={noWrap}>
          <CalendarDateField source="violationDate" />
        </DataTable.Col>
        <DataTable.Col source="violation" disableSort>
          <TextField
            source="violation"
            sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
          />
        </DataTable.Col>
        <DataTable.Col source="article" disableSort />
        <DataTable.Col source="status" disableSort>
          <CaseStatusField />
        </DataTable.Col>
        <DataTable.Col source="sanctionType" disableSort>
          <SanctionField />
        </DataTable.Col>
        <DataTable.Col source="decreeNumber" disableSort>
          <TextField source="decreeNumber" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="effectiveFrom" disableSort sx={noWrap}>
          <CalendarDateField source="effectiveFrom" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="endDate" disableSort sx={noWrap}>
          <CalendarDateField source="endDate" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
