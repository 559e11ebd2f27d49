import { can } from '../../access';
import ScheduleIcon from '@mui/icons-material/Schedule';
import {
  Button,
  Link,
  CreateButton,
  DataTable,
  DeleteButton,
  EditButton,
  ExportButton,
  List,
  NumberInput,
  SelectField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { canEditSharedRecord } from '../../common/configuration';
import { OWNER_AGENCY_COLUMN } from '../../common/export';
import { listExporter } from '../../common/export-buttons';
import { holidayKindChoices } from './holiday-choices';

const filters = [<NumberInput key="year" source="year" label="resources.holidays.filters.year" alwaysOn />];

const Actions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {can(permissions, 'configuration.manage') ? <CreateButton /> : null}
      {can(permissions, 'configuration.manage') ? (
        <Button component={Link} to="/holidays/calendar" label="resources.holidays.calendar.title">
          <ScheduleIcon />
        </Button>
      ) : null}
      <ExportButton />
    </TopToolbar>
  );
};

/** National days are the platform administrators' to change; an agency's own, its HR's. */
const RowButtons = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!canEditSharedRecord(permissions, record)) return null;
  return (
    <>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </>
  );
};

const AgencyOrNational = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{translate(record?.agencyId ? 'resources.holidays.own' : 'resources.holidays.national')}</span>;
};

/** Hari libur dan cuti bersama of a year: the national days and the agency's own. */
export const HolidayList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ year: new Date().getFullYear() }}
    actions={<Actions />}
    sort={{ field: 'date', order: 'ASC' }}
    perPage={50}
    exporter={listExporter(
      'holidays',
      [{ source: 'date' }, { source: 'name' }, { source: 'kind', choices: holidayKindChoices }, OWNER_AGENCY_COLUMN],
      'hari-libur',
    )}
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="date" disableSort>
        <CalendarDateField source="date" />
      </DataTable.Col>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={holidayKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <AgencyOrNational />
      </DataTable.Col>
      <DataTable.Col>
        <RowButtons />
      </DataTable.Col>
    </DataTable>
  </List>
);
