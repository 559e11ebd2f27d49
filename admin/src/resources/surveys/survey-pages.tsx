import { Chip } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
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
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter } from '../../common/export-buttons';
import { DATE_LOCALE } from '../../i18n';
import { SURVEY_STATUS_COLORS, surveyStatusChoices, type SurveyStatus } from './survey-rules';

/** The elements' text (build-query.ts `meta.fields`). */
export const SURVEY_FIELDS = 'elements { code name question }';

export const SurveyStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={SURVEY_STATUS_COLORS[status as SurveyStatus] ?? 'default'}
      label={translate(`resources.surveys.statuses.${status}`, { _: status })}
      data-testid="survey-status"
    />
  );
};

export const SurveyStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record?.status ? <SurveyStatusChip status={String(record.status)} /> : null;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={surveyStatusChoices} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="orgUnits">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

/** Survei kepuasan masyarakat: the agency's surveys, latest first. */
export const SurveyList = () => (
  <List
    filters={filters}
    perPage={25}
    sort={{ field: 'startDate', order: 'DESC' }}
    exporter={listExporter(
      'surveys',
      [
        { source: 'title' },
        { source: 'unitId', reference: 'orgUnits' },
        { source: 'serviceId', reference: 'publicServices' },
        { source: 'startDate' },
        { source: 'endDate' },
        { source: 'status', choices: surveyStatusChoices },
        { source: 'responseCount' },
      ],
      'survei',
    )}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="unitId" disableSort>
        <ReferenceField source="unitId" reference="orgUnits" link={false} />
      </DataTable.Col>
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="publicServices" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="startDate">
        <CalendarDateField source="startDate" />
      </DataTable.Col>
      <DataTable.Col source="endDate">
        <CalendarDateField source="endDate" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SurveyStatusField />
      </DataTable.Col>
      <DataTable.Col source="responseCount" disableSort sx={{ textAlign: 'right' }}>
        <NumberField source="responseCount" locales={DATE_LOCALE} />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** The elements (unsur): the nine standard ones when left empty on creation; editable while DRAFT. */
const ElementsInput = () => (
  <ArrayInput source="elements" helperText="resources.surveys.helpers.elements">
    <SimpleFormIterator inline disableReordering>
      <TextInput source="code" validate={required()} sx={{ width: 90 }} />
      <TextInput source="name" validate={required()} sx={{ width: 220 }} />
      <TextInput source="question" validate={required()} sx={{ minWidth: 420 }} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** An empty list of elements means "the standard nine": not sent. */
const withoutEmptyElements = (data: Record<string, unknown>) => {
  const elements = data.elements as unknown[] | undefined;
  const { elements: _drop, ...rest } = data;
  return elements && elements.length > 0 ? data : rest;
};

export const SurveyCreate = () => (
  <Create redirect="show" transform={withoutEmptyElements}>
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <ReferenceInput source="serviceId" reference="publicServices">
        <AutocompleteInput fullWidth helperText="resources.surveys.helpers.serviceId" />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="orgUnits">
        <AutocompleteInput fullWidth helperText="resources.surveys.helpers.unitId" />
      </ReferenceInput>
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={required()} />
      <NumberInput source="minimumSample" validate={minValue(1)} helperText="resources.surveys.helpers.minimumSample" />
      <ElementsInput />
    </SimpleForm>
  </Create>
);

export const SurveyEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" queryOptions={{ meta: { fields: SURVEY_FIELDS } }} transform={withoutEmptyElements}>
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={required()} />
      <NumberInput source="minimumSample" validate={minValue(1)} helperText="resources.surveys.helpers.minimumSample" />
      <ElementsInput />
    </SimpleForm>
  </Edit>
);
