import { can } from '../../access';
import { Chip } from '@mui/material';
import { useEffect } from 'react';
import {
  AutocompleteInput,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  downloadCSV,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useGetList,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CalendarDateField } from '../../common/calendar-date-field';
import { RecordLink } from '../../common/record-link';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { predicateLabel } from '../scoringSchemes/scoring-scheme-choices';
import {
  COACHING_STATUS_COLORS,
  coachingCsvRows,
  coachingOutcomeLabel,
  coachingStatusChoices,
  coachingStatusLabel,
  goalsFromText,
  type CoachingPlanListRecord,
  type CoachingStatus,
} from './coaching-plan-rules';
import { toCsv } from '../../common/export';

/** The people, the evaluation with its period, and the meetings to count (build-query.ts `meta.fields`). */
export const COACHING_LIST_FIELDS =
  'employee { id fullName nipFormatted } mentor { id fullName } ' +
  'evaluation { id predicate planId period { id name } } sessions { date }';

export const CoachingStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COACHING_STATUS_COLORS[status as CoachingStatus] ?? 'default'}
      label={translate(coachingStatusLabel(status), { _: status })}
      data-testid="coaching-status"
    />
  );
};

export const CoachingStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <>
      <CoachingStatusChip status={String(record.status)} />
      {record.outcome ? ` ${translate(coachingOutcomeLabel(String(record.outcome)))}` : null}
    </>
  );
};

/** The goals, one per line. */
export const GoalsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const goals = (record?.goals as string[] | undefined) ?? [];
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {goals.map((goal) => (
        <li key={goal}>{goal}</li>
      ))}
    </ul>
  );
};

/** The period of the evaluation that triggered the plan, with its predicate; `link`: to the plan (SKP) evaluated. */
export const TriggerField = ({ link = false }: { source?: string; label?: string; link?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const evaluation = record?.evaluation as
    { predicate?: string | null; planId?: string; period?: { name: string } | null } | null | undefined;
  if (!evaluation) return <>—</>;
  const text = `${evaluation.period?.name ?? '—'}${evaluation.predicate ? ` (${translate(predicateLabel(evaluation.predicate))})` : ''}`;
  return link && evaluation.planId ? (
    <RecordLink resource="performancePlans" id={evaluation.planId}>
      {text}
    </RecordLink>
  ) : (
    <>{text}</>
  );
};

const useCoachingExporter = (): Exporter => {
  const translate = useTranslate();
  return (records) => downloadCSV(toCsv(coachingCsvRows(records as CoachingPlanListRecord[], translate)), 'rencana-pembinaan');
};

const CoachingListActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {can(permissions, 'discipline.manage') ? <CreateButton /> : null}
      <ExportButton meta={{ fields: COACHING_LIST_FIELDS }} />
    </TopToolbar>
  );
};

/**
 * Rencana pembinaan: the coaching plans the actor may see (HR the agency's; a supervisor those of
 * their staff; an employee their own, or those they mentor), newest first.
 */
export const CoachingPlanList = () => {
  const { permissions } = usePermissions();
  const exporter = useCoachingExporter();
  const filters = [
    <SelectInput key="status" source="status" choices={coachingStatusChoices} alwaysOn />,
    ...(can(permissions, 'employees.readAgency')
      ? [
          <ReferenceInput key="employeeId" source="employeeId" reference="employees" alwaysOn>
            <AutocompleteInput sx={{ minWidth: 280 }} />
          </ReferenceInput>,
        ]
      : []),
  ];
  return (
    <List
      filters={filters}
      actions={<CoachingListActions />}
      perPage={25}
      exporter={exporter}
      queryOptions={{ meta: { fields: COACHING_LIST_FIELDS } }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="employeeId" disableSort>
          <TextField source="employee.fullName" />
        </DataTable.Col>
        <DataTable.Col source="mentorId" disableSort>
          <TextField source="mentor.fullName" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="goals" disableSort>
          <GoalsField />
        </DataTable.Col>
        <DataTable.Col source="evaluationId" disableSort>
          <TriggerField />
        </DataTable.Col>
        <DataTable.Col source="startDate" disableSort>
          <CalendarDateField source="startDate" />
        </DataTable.Col>
        <DataTable.Col source="endDate" disableSort>
          <CalendarDateField source="endDate" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <CoachingStatusField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

type PlanWithEvaluation = { id: string; period?: { name: string } | null; evaluation?: { id: string; predicate?: string | null } | null };

/**
 * The evaluation that triggered the plan: the chosen employee's evaluated periods (from their
 * plans); emptied when another employee is chosen.
 */
const EvaluationInput = () => {
  const translate = useTranslate();
  const employeeId = useWatch({ name: 'employeeId' }) as string | undefined;
  const { setValue, getValues } = useFormContext();
  const { data } = useGetList<PlanWithEvaluation & { id: string }>(
    'performancePlans',
    {
      filter: { employeeId },
      pagination: { page: 1, perPage: 50 },
      meta: { fields: 'period { id name } evaluation { id predicate }' },
    },
    { enabled: !!employeeId },
  );
  const choices = (employeeId ? (data ?? []) : [])
    .filter((plan) => plan.evaluation)
    .map((plan) => ({
      id: plan.evaluation!.id,
      name: `${plan.period?.name ?? ''}${plan.evaluation!.predicate ? ` (${translate(predicateLabel(plan.evaluation!.predicate))})` : ''}`,
    }));
  const evaluationId = getValues('evaluationId') as string | undefined;
  useEffect(() => {
    if (data && evaluationId && !choices.some((choice) => choice.id === evaluationId)) setValue('evaluationId', null);
  }, [data, evaluationId, choices, setValue]);
  return (
    <SelectInput
      source="evaluationId"
      choices={choices}
      emptyText="resources.coachingPlans.noEvaluation"
      helperText="resources.coachingPlans.helpers.evaluationId"
      disabled={!employeeId}
      fullWidth
    />
  );
};

type CoachingFormValues = { goals?: string; evaluationId?: string | null; mentorId?: string | null; endDate?: string | null };

/** Goals are typed one per line (the input keeps the API's name, so that a refusal marks it); empty optional fields are not sent. */
const transform = ({ goals, ...values }: CoachingFormValues & Record<string, unknown>) => ({
  ...values,
  goals: goalsFromText(goals),
  evaluationId: values.evaluationId || undefined,
  mentorId: values.mentorId || undefined,
  endDate: values.endDate || undefined,
});

/** Plans coaching for an employee (HR): goals, a mentor, the dates and the evaluation behind it. */
export const CoachingPlanCreate = () => (
  <Create redirect="show" transform={transform}>
    <SimpleForm defaultValues={{ startDate: todayInIndonesia() }}>
      <ReferenceInput source="employeeId" reference="employees">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <EvaluationInput />
      <ReferenceInput source="mentorId" reference="employees">
        <AutocompleteInput fullWidth helperText="resources.coachingPlans.helpers.mentorId" />
      </ReferenceInput>
      <TextInput source="goals" helperText="resources.coachingPlans.helpers.goals" validate={required()} multiline minRows={3} fullWidth />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" helperText="resources.coachingPlans.helpers.endDate" />
    </SimpleForm>
  </Create>
);
