import { can } from '../../access';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { usePhone } from '../../common/phone';
import { formatDay, formatDecimal } from '../../common/format';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter } from '../../common/export-buttons';
import { DATE_LOCALE } from '../../i18n';
import { PersonField } from '../performancePlans/plan-fields';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { TargetField, WorkReportStatusField, WorkTimeField } from './work-report-fields';
import { workReportStatusChoices } from './work-report-rules';

/** The employee, the target (build-query.ts `meta.fields`). */
export const WORK_REPORT_LIST_FIELDS = 'employee { id fullName nipFormatted } target { id indicator { code name } }';

// `q` searches the activity and output; `status` is an equality filter; `date_gte`/`date_lte` a
// range of days; `employeeId` only for those who read employees (dataProvider/filters.ts).
const useFilters = () => {
  const { permissions } = usePermissions();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={workReportStatusChoices} alwaysOn />,
    <DateInput key="date_gte" source="date_gte" label="resources.workReports.filters.from" alwaysOn />,
    <DateInput key="date_lte" source="date_lte" label="resources.workReports.filters.to" alwaysOn />,
    ...(can(permissions, 'employees.readAgency')
      ? [
          <ReferenceInput key="employeeId" source="employeeId" reference="employees">
            <AutocompleteInput sx={{ minWidth: 280 }} />
          </ReferenceInput>,
        ]
      : []),
  ];
};

/** Only an account linked to an employee files reports. */
const WorkReportListActions = () => {
  const actor = useCurrentActor();
  return (
    <TopToolbar>
      <FilterButton />
      {actor?.employeeId ? <CreateButton /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

type ReportRow = {
  id: string;
  activity: string;
  date: string;
  hours: number;
  status: string;
  employee?: { fullName: string } | null;
};

/** On a phone: one card per report, what was done first, then the day, the person, the hours and the status. */
const WorkReportCards = () => {
  const translate = useTranslate();
  return (
    <SimpleList<ReportRow>
      rowClick="show"
      primaryText={(record) => record.activity}
      secondaryText={(record) =>
        [formatDay(record.date), record.employee?.fullName, translate('app.home.reports.hours', { hours: formatDecimal(record.hours) })]
          .filter(Boolean)
          .join(' · ')
      }
      tertiaryText={(record) => translate(`resources.workReports.statuses.${record.status}`)}
      sx={{ '& .MuiListItemText-primary': { overflowWrap: 'anywhere' } }}
    />
  );
};

/** Laporan Kerja Harian: the reports the actor may see, newest day first; cards on a phone. */
export const WorkReportList = () => {
  const phone = usePhone();
  return (
    <List
      filters={useFilters()}
      actions={<WorkReportListActions />}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      queryOptions={{ meta: { fields: WORK_REPORT_LIST_FIELDS } }}
      exporter={listExporter(
        'workReports',
        [
          { source: 'date' },
          { source: 'employeeId', path: 'employee.fullName' },
          { source: 'nip', label: 'resources.employees.fields.nip', path: 'employee.nipFormatted' },
          { source: 'activity' },
          { source: 'hours' },
          { source: 'targetId', path: 'target.indicator.name' },
          { source: 'status', choices: workReportStatusChoices },
        ],
        'laporan-kerja-harian',
      )}
    >
      {phone ? (
        <WorkReportCards />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date">
            <CalendarDateField source="date" />
          </DataTable.Col>
          <DataTable.Col source="employeeName" label="resources.workReports.fields.employeeId">
            <PersonField source="employee" />
          </DataTable.Col>
          <DataTable.Col source="activity" disableSort />
          <DataTable.Col source="hours" disableSort sx={{ textAlign: 'right' }}>
            <NumberField source="hours" locales={DATE_LOCALE} />
          </DataTable.Col>
          <DataTable.Col source="minutes" disableSort sx={{ textAlign: 'right' }}>
            <NumberField source="minutes" locales={DATE_LOCALE} />
          </DataTable.Col>
          <DataTable.Col source="startTime" label="resources.workReports.fields.time" disableSort>
            <WorkTimeField />
          </DataTable.Col>
          <DataTable.Col source="targetId" disableSort>
            <TargetField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <WorkReportStatusField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
