import GridOnIcon from '@mui/icons-material/GridOn';
import {
  AutocompleteInput,
  Button,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  Link,
  List,
  NumberField,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { CsvImportListEmpty } from '../../common/csv-import';
import { can } from '../../access';
import { listExporter } from '../../common/export-buttons';
import { PersonField } from '../performancePlans/plan-fields';
import { ImportAttendanceButton } from './attendance-import';
import { attendanceStatusChoices } from './attendance-status';
import { DATE_LOCALE } from '../../i18n';

/** The employee (build-query.ts `meta.fields`). */
export const ATTENDANCE_LIST_FIELDS = 'employee { id fullName nipFormatted }';

// `status` is an equality filter; `date_gte`/`date_lte` a range of days; `inUnitSubtree` a unit and the units below it.
const filters = [
  <SelectInput key="status" source="status" choices={attendanceStatusChoices} alwaysOn />,
  <DateInput key="date_gte" source="date_gte" label="resources.attendanceRecords.filters.from" alwaysOn />,
  <DateInput key="date_lte" source="date_lte" label="resources.attendanceRecords.filters.to" alwaysOn />,
  <ReferenceInput key="inUnitSubtree" source="inUnitSubtree" reference="orgUnits">
    <AutocompleteInput sx={{ minWidth: 280 }} label="resources.attendanceRecords.filters.unit" />
  </ReferenceInput>,
];

const AttendanceListActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={Link} to="/attendanceRecords/grid" label="resources.attendanceRecords.grid.title">
        <GridOnIcon />
      </Button>
      {can(permissions, 'attendance.manage') ? <ImportAttendanceButton /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

/** Kehadiran: the records the actor may see, newest day first. */
export const AttendanceList = () => (
  <List
    filters={filters}
    actions={<AttendanceListActions />}
    empty={<CsvImportListEmpty canImport="attendance.manage" />}
    sort={{ field: 'date', order: 'DESC' }}
    perPage={25}
    queryOptions={{ meta: { fields: ATTENDANCE_LIST_FIELDS } }}
    exporter={listExporter(
      'attendanceRecords',
      [
        { source: 'date' },
        { source: 'employeeId', path: 'employee.fullName' },
        { source: 'status', choices: attendanceStatusChoices },
        { source: 'checkIn' },
        { source: 'checkOut' },
        { source: 'lateMinutes' },
        { source: 'earlyLeaveMinutes' },
        { source: 'source' },
      ],
      'kehadiran',
    )}
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="date">
        <CalendarDateField source="date" />
      </DataTable.Col>
      <DataTable.Col source="employeeName" label="resources.attendanceRecords.fields.employeeId">
        <PersonField source="employee" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={attendanceStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="checkIn" disableSort>
        <TextField source="checkIn" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="checkOut" disableSort>
        <TextField source="checkOut" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="lateMinutes" disableSort sx={{ textAlign: 'right' }}>
        <NumberField locales={DATE_LOCALE} source="lateMinutes" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="earlyLeaveMinutes" disableSort sx={{ textAlign: 'right' }}>
        <NumberField locales={DATE_LOCALE} source="earlyLeaveMinutes" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="source" disableSort />
    </DataTable>
  </List>
);
