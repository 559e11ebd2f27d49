import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DataTable,
  DateInput,
  Edit,
  List,
  minValue,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter } from '../../common/export-buttons';
import { SESSION_STATUS_COLORS, sessionStatusChoices, type TrainingSessionStatus } from './training-session-rules';
import { DATE_LOCALE } from '../../i18n';

export const SessionStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={SESSION_STATUS_COLORS[status as TrainingSessionStatus] ?? 'default'}
      label={translate(`resources.trainingSessions.statuses.${status}`, { _: status })}
      data-testid="session-status"
    />
  );
};

export const SessionStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record?.status ? <SessionStatusChip status={String(record.status)} /> : null;
};

/** Where it takes place: the location, or "Daring" for an online session. */
const PlaceField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <>{record.online ? translate('resources.trainingSessions.online') : String(record.location ?? '—')}</>;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={sessionStatusChoices} alwaysOn />,
  <ReferenceInput key="programId" source="programId" reference="trainingPrograms" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

/** Sesi pelatihan: the agency's sessions, latest first day first. */
export const TrainingSessionList = () => (
  <List
    filters={filters}
    perPage={25}
    sort={{ field: 'startDate', order: 'DESC' }}
    exporter={listExporter(
      'trainingSessions',
      [
        { source: 'name' },
        { source: 'programId', reference: 'trainingPrograms', field: 'title' },
        { source: 'startDate' },
        { source: 'endDate' },
        { source: 'online', boolean: true },
        { source: 'location' },
        { source: 'capacity' },
        { source: 'seatsTaken' },
        { source: 'waitlistCount' },
        { source: 'status', choices: sessionStatusChoices },
      ],
      'sesi-pelatihan',
    )}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="programId" disableSort>
        <ReferenceField source="programId" reference="trainingPrograms" link={false} />
      </DataTable.Col>
      <DataTable.Col source="startDate">
        <CalendarDateField source="startDate" />
      </DataTable.Col>
      <DataTable.Col source="endDate" disableSort>
        <CalendarDateField source="endDate" />
      </DataTable.Col>
      <DataTable.Col source="location" disableSort>
        <PlaceField />
      </DataTable.Col>
      <DataTable.Col source="capacity" disableSort sx={{ textAlign: 'right' }}>
        <NumberField locales={DATE_LOCALE} source="capacity" />
      </DataTable.Col>
      <DataTable.Col source="seatsTaken" disableSort sx={{ textAlign: 'right' }}>
        <NumberField locales={DATE_LOCALE} source="seatsTaken" />
      </DataTable.Col>
      <DataTable.Col source="waitlistCount" disableSort sx={{ textAlign: 'right' }}>
        <NumberField locales={DATE_LOCALE} source="waitlistCount" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SessionStatusField />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** Dates, place, seats and trainer: on creation and while the session has not completed. */
const SessionInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth helperText="resources.trainingSessions.helpers.name" />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={required()} />
    <BooleanInput source="online" />
    <TextInput source="location" fullWidth />
    <NumberInput source="capacity" validate={[required(), minValue(1)]} helperText="resources.trainingSessions.helpers.capacity" />
    <TextInput source="trainer" fullWidth />
  </>
);

export const TrainingSessionCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ online: false }}>
      <ReferenceInput source="programId" reference="trainingPrograms" filter={{ active: true }}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <SessionInputs />
    </SimpleForm>
  </Create>
);

/** The programme stays; its status moves on the session's page. */
export const TrainingSessionEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <ReferenceField source="programId" reference="trainingPrograms" link={false} />
      <SessionInputs />
    </SimpleForm>
  </Edit>
);
