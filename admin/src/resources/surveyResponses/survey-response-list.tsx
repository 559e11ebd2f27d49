import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PROFILE_KEYS, SURVEY_RESPONSE_CSV_COLUMNS } from './survey-response-export';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter } from '../../common/export-buttons';

const filters = [
  <ReferenceInput key="surveyId" source="surveyId" reference="surveys" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <DateInput key="submittedOn_gte" source="submittedOn_gte" label="resources.surveyResponses.filters.from" alwaysOn />,
  <DateInput key="submittedOn_lte" source="submittedOn_lte" label="resources.surveyResponses.filters.to" alwaysOn />,
];

/** The answers 1-4 in the survey's element order, e.g. "4 3 3 4 3 4 4 3 3". */
const AnswersField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const answers = (record?.answers as number[] | undefined) ?? [];
  return <span style={{ fontFamily: 'monospace' }}>{answers.join(' ')}</span>;
};

/** The respondent's optional profile, translated. */
const ProfileField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const parts = PROFILE_KEYS.map((key) => record?.[key] as string | null | undefined)
    .filter((value): value is string => !!value)
    .map((value) => translate(`resources.surveyResponses.profile.${value}`, { _: value }));
  return <>{parts.length > 0 ? parts.join(', ') : '—'}</>;
};

/** Jawaban survei: read-only, newest first (the API's order), per survey. */
export const SurveyResponseList = () => (
  <List
    filters={filters}
    perPage={25}
    sort={{ field: '', order: 'DESC' }}
    exporter={listExporter('surveyResponses', SURVEY_RESPONSE_CSV_COLUMNS, 'jawaban-survei')}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="submittedOn" disableSort>
        <CalendarDateField source="submittedOn" />
      </DataTable.Col>
      <DataTable.Col source="surveyId" disableSort>
        <ReferenceField source="surveyId" reference="surveys" link="show" />
      </DataTable.Col>
      <DataTable.Col source="answers" disableSort>
        <AnswersField />
      </DataTable.Col>
      <DataTable.Col source="profile" disableSort>
        <ProfileField />
      </DataTable.Col>
      <DataTable.Col source="servedById" disableSort>
        <ReferenceField source="servedById" reference="employees" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="comment" disableSort>
        <TextField source="comment" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
