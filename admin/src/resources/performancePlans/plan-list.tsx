import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DataTable,
  downloadCSV,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { XlsxExportButton } from '../../common/export-buttons';
import { planCsvRows, type PlanListRecord } from './plan-export';
import { PersonField, PlanStatusField, TargetCountField } from './plan-fields';
import { predicateChoices } from '../scoringSchemes/scoring-scheme-choices';
import { planStatusChoices } from './plan-rules';
import { toCsv } from '../../common/export';
import { usePhone } from '../../common/phone';

/** Names of the people, unit, position and period, and the targets to count (build-query.ts `meta.fields`). */
export const PLAN_LIST_FIELDS =
  'employee { id fullName nipFormatted name nip } appraiser { id fullName nipFormatted name nip } ' +
  'unit { id name } position { id name } period { id name } targets { id }';

// `q` finds by name or NIP; `periodId`, `status` and `predicate` (of the settled evaluation) are equality filters; `inUnitSubtree` (an ID,
// sent as it is) keeps the plans of a unit and the units below it (dataProvider/filters.ts).
export const planFilters: ReactElement[] = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="periodId" source="periodId" reference="appraisalPeriods" sort={{ field: 'startDate', order: 'DESC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
  <SelectInput key="predicate" source="predicate" choices={predicateChoices} />,
  <ReferenceInput key="inUnitSubtree" source="inUnitSubtree" reference="orgUnits">
    <AutocompleteInput sx={{ minWidth: 300 }} />
  </ReferenceInput>,
];

/** The CSV export with names and the status in words, in the console's language. */
export const usePlanExporter = (): Exporter => {
  const translate = useTranslate();
  return (records) => downloadCSV(toCsv(planCsvRows(records as PlanListRecord[], translate)), 'rencana-kinerja');
};

const PlanListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
    <XlsxExportButton />
  </TopToolbar>
);

const noWrap = { whiteSpace: 'nowrap' } as const;

type PlanRow = {
  id: string;
  status: string;
  employee?: { fullName: string } | null;
  period?: { name: string } | null;
  unit?: { name: string } | null;
  targets?: unknown[];
};

/** On a phone: one card per plan, the person, then the period and unit, then the status and targets. */
const PlanCards = () => {
  const translate = useTranslate();
  return (
    <SimpleList<PlanRow>
      rowClick="show"
      primaryText={(record) => record.employee?.fullName ?? '—'}
      secondaryText={(record) => [record.period?.name, record.unit?.name].filter(Boolean).join(' · ')}
      tertiaryText={(record) => translate(`resources.performancePlans.statuses.${record.status}`)}
    />
  );
};

/** The columns of every plan list (all plans, the approvals queue); cards on a phone. */
export const PlanTable = ({ showPeriod = true }: { showPeriod?: boolean }) => {
  const phone = usePhone();
  if (phone) return <PlanCards />;
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="employeeName" label="resources.performancePlans.fields.employeeId">
        <PersonField source="employee" />
      </DataTable.Col>
      {showPeriod ? (
        <DataTable.Col source="periodId" disableSort>
          <TextField source="period.name" />
        </DataTable.Col>
      ) : null}
      <DataTable.Col source="unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="positionId" disableSort>
        <TextField source="position.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="appraiserId" disableSort>
        <PersonField source="appraiser" />
      </DataTable.Col>
      <DataTable.Col source="status" sx={noWrap}>
        <PlanStatusField />
      </DataTable.Col>
      <DataTable.Col source="targets" disableSort sx={{ textAlign: 'right' }}>
        <TargetCountField />
      </DataTable.Col>
    </DataTable>
  );
};

/** Rencana Kinerja (SKP): every plan the actor may see, by employee; filter by period, status, unit or name. */
export const PerformancePlanList = () => {
  const exporter = usePlanExporter();
  return (
    <List
      filters={planFilters}
      actions={<PlanListActions />}
      sort={{ field: 'employeeName', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
      queryOptions={{ meta: { fields: PLAN_LIST_FIELDS } }}
    >
      <PlanTable />
    </List>
  );
};
