import { can } from '../../access';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router';
import {
  ArrayField,
  DataTable,
  EditButton,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { NestedLinkField, RecordLink } from '../../common/record-link';
import { EMPLOYEE_DISCIPLINE_FIELDS, EmployeeDisciplinePanel } from '../disciplinaryCases';
import { employmentTypeChoices, genderChoices, statusChoices } from './employee-choices';
import { CalendarDateField, MonthField, RankField } from './employee-fields';
import { TrainingHoursField } from './employee-training-hours';
import { DATE_LOCALE } from '../../i18n';

/** Unit, position, supervisor and placement history, beyond the generic record's fields (build-query.ts `meta.fields`). */
export const EMPLOYEE_SHOW_FIELDS =
  'unit { id name } position { id name } supervisor { id fullName } ' +
  'assignments { id validFrom validTo reason golongan pppkGrade unit { name } position { name } supervisor { fullName } } ' +
  'supervisorChain { id fullName } subordinates { id fullName nipFormatted } ' +
  EMPLOYEE_DISCIPLINE_FIELDS;

const EmployeeShowActions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'employees.manage') ? <EditButton /> : null}</TopToolbar>;
};

const noWrap = { whiteSpace: 'nowrap' } as const;

/** A list of the console filtered to one employee (react-admin reads `filter` from the address). */
const filteredList = (resource: string, employeeId: Identifier) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify({ employeeId }))}`;

const lastMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

/** Where the person's work is recorded: their plans and evaluations, reports, attendance and allowance. */
const EmployeeRecordsField = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: Identifier }>();
  const translate = useTranslate();
  if (!record) return null;
  const links = [
    ['plans', filteredList('performancePlans', record.id)],
    ['workReports', filteredList('workReports', record.id)],
    ['attendance', filteredList('attendanceRecords', record.id)],
    ['allowance', `/allowanceBreakdown/${encodeURIComponent(String(record.id))}/${lastMonth()}`],
  ] as const;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="employee-records">
      {links.map(([key, to]) => (
        <Button key={key} size="small" variant="outlined" component={Link} to={to} data-testid={`employee-records-${key}`}>
          {translate(`resources.employees.records.${key}`)}
        </Button>
      ))}
    </Stack>
  );
};

/** The placement history, newest first (the API's order). */
const AssignmentsField = (_props: { source?: string; label?: string }) => (
  <ArrayField source="assignments">
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="validFrom" label="resources.employees.assignments.validFrom" disableSort sx={noWrap}>
        <CalendarDateField source="validFrom" />
      </DataTable.Col>
      <DataTable.Col source="validTo" label="resources.employees.assignments.validTo" disableSort sx={noWrap}>
        <CalendarDateField source="validTo" emptyText="resources.employees.assignments.current" />
      </DataTable.Col>
      <DataTable.Col source="unit.name" label="resources.employees.assignments.unit" disableSort />
      <DataTable.Col source="position.name" label="resources.employees.assignments.position" disableSort>
        <TextField source="position.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="supervisor.fullName" label="resources.employees.assignments.supervisor" disableSort>
        <TextField source="supervisor.fullName" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="golongan" label="resources.employees.assignments.rank" disableSort>
        <RankField />
      </DataTable.Col>
      <DataTable.Col source="reason" label="resources.employees.assignments.reason" disableSort>
        <TextField source="reason" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);

type EmployeeRef = { id: Identifier; fullName: string; nipFormatted?: string };

const useEmployeeRefs = (source: string): EmployeeRef[] => {
  const record = useRecordContext();
  const value = record?.[source];
  return Array.isArray(value) ? (value as EmployeeRef[]) : [];
};

/** Atasan berjenjang: the supervisors up the line, nearest first (the API's order). */
const SupervisorChainField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const chain = useEmployeeRefs('supervisorChain');
  if (chain.length === 0) return <Typography variant="body2">{translate('resources.employees.supervisorChain.empty')}</Typography>;
  return (
    <Stack component="ol" spacing={0.5} sx={{ m: 0, pl: 3 }} aria-label={translate('resources.employees.fields.supervisorChain')}>
      {chain.map((employee) => (
        <li key={employee.id}>
          <RecordLink resource="employees" id={employee.id}>
            {employee.fullName}
          </RecordLink>
        </li>
      ))}
    </Stack>
  );
};

/** Bawahan langsung: the employees this one supervises directly. */
const SubordinatesField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const subordinates = useEmployeeRefs('subordinates');
  if (subordinates.length === 0) return <Typography variant="body2">{translate('resources.employees.subordinates.empty')}</Typography>;
  return (
    <Table size="small" aria-label={translate('resources.employees.fields.subordinates')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.employees.fields.fullName')}</TableCell>
          <TableCell>{translate('resources.employees.fields.nipFormatted')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {subordinates.map((employee) => (
          <TableRow key={employee.id}>
            <TableCell>
              <RecordLink resource="employees" id={employee.id}>
                {employee.fullName}
              </RecordLink>
            </TableCell>
            <TableCell sx={noWrap}>
              <RecordLink resource="employees" id={employee.id}>
                {employee.nipFormatted ?? ''}
              </RecordLink>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const EmployeeShow = () => (
  <Show actions={<EmployeeShowActions />} queryOptions={{ meta: { fields: EMPLOYEE_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="nipFormatted" />
      <TextField source="fullName" />
      <SelectField source="employmentType" choices={employmentTypeChoices} />
      <RankField label="resources.employees.fields.rank" />
      <SelectField source="status" choices={statusChoices} />
      <CalendarDateField source="birthDate" />
      <SelectField source="gender" choices={genderChoices} />
      <MonthField source="tmtCpns" />
      <NumberField locales={DATE_LOCALE} source="appointmentYear" options={{ useGrouping: false }} emptyText="—" />
      <ReferenceField source="agencyId" reference="agencies" link="show">
        <TextField source="name" />
      </ReferenceField>
      <NestedLinkField source="unit" reference="orgUnits" label="resources.employees.fields.unitId" />
      <NestedLinkField source="position" reference="positions" label="resources.employees.fields.positionId" />
      <NestedLinkField source="supervisor" reference="employees" text="fullName" label="resources.employees.fields.supervisor" />
      <EmployeeRecordsField label="resources.employees.records.title" />
      <TextField source="email" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <TextField source="bankAccount" emptyText="—" />
      <TrainingHoursField source="trainingHours" label="resources.employees.fields.trainingHours" />
      <AssignmentsField source="assignments" />
      <SupervisorChainField source="supervisorChain" label="resources.employees.fields.supervisorChain" />
      <SubordinatesField source="subordinates" label="resources.employees.fields.subordinates" />
      <EmployeeDisciplinePanel label="resources.disciplinaryCases.employeePanel.title" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
