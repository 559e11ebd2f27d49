import { can } from '../../access';
import CategoryIcon from '@mui/icons-material/Category';
import { Alert, AlertTitle } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  downloadCSV,
  ExportButton,
  FilterButton,
  FormDataConsumer,
  Link,
  List,
  maxLength,
  minLength,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useGetList,
  useNotify,
  usePermissions,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';

import { NestedLinkField } from '../../common/record-link';
import { EmployeeNameField } from '../disciplinaryCases/case-fields';
import { refusalReason, refusalText } from '../disciplinaryCases/case-refusal';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { predicateLabel } from '../scoringSchemes/scoring-scheme-choices';
import { rewardCsvRows, type RewardListRecord } from './reward-export';
import { rewardRuleText, useRewardTypes } from './reward-types';
import { toCsv } from '../../common/export';

/** The employee, the type and the period with the reward (build-query.ts `meta.fields`). */
export const REWARD_LIST_FIELDS = 'employee { id fullName nipFormatted nip } rewardType { id code name } period { id name }';

const RewardTypeFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const types = useRewardTypes();
  return (
    <SelectInput
      {...props}
      label="resources.rewards.fields.rewardTypeId"
      choices={(types ?? []).map((type) => ({ id: type.id, name: type.name }))}
      translateChoice={false}
      isLoading={!types}
    />
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RewardTypeFilter key="rewardTypeId" source="rewardTypeId" alwaysOn />,
  <ReferenceInput key="employeeId" source="employeeId" reference="employees">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <DateInput key="grantedOn_gte" source="grantedOn_gte" label="resources.rewards.fields.grantedFrom" />,
  <DateInput key="grantedOn_lte" source="grantedOn_lte" label="resources.rewards.fields.grantedUntil" />,
];

const RewardListActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={Link} to="/rewards/types" label="resources.rewards.types.menu">
        <CategoryIcon />
      </Button>
      {can(permissions, 'discipline.manage') ? <CreateButton label="resources.rewards.grant" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const useRewardExporter = (): Exporter => {
  const translate = useTranslate();
  return (records) => downloadCSV(toCsv(rewardCsvRows(records as RewardListRecord[], translate)), 'penghargaan');
};

/** Penghargaan: the rewards of the employees the actor sees, newest first. */
export const RewardList = () => {
  const exporter = useRewardExporter();
  return (
    <List
      filters={filters}
      actions={<RewardListActions />}
      perPage={25}
      exporter={exporter}
      queryOptions={{ meta: { fields: REWARD_LIST_FIELDS } }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="employee" label="resources.rewards.fields.employee" disableSort>
          <EmployeeNameField />
        </DataTable.Col>
        <DataTable.Col source="rewardTypeId" disableSort>
          <TextField source="rewardType.name" />
        </DataTable.Col>
        <DataTable.Col source="grantedOn" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <CalendarDateField source="grantedOn" />
        </DataTable.Col>
        <DataTable.Col source="decreeNumber" disableSort>
          <TextField source="decreeNumber" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="periodId" disableSort>
          <TextField source="period.name" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** A reward: who, what, when, by which decree and why, and what it rests on. */
export const RewardShow = () => (
  <Show queryOptions={{ meta: { fields: REWARD_LIST_FIELDS } }}>
    <SimpleShowLayout>
      <NestedLinkField source="employee" reference="employees" text="fullName" label="resources.rewards.fields.employee" />
      <TextField source="rewardType.name" label="resources.rewards.fields.rewardTypeId" />
      <CalendarDateField source="grantedOn" />
      <TextField source="decreeNumber" emptyText="—" />
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
      <NestedLinkField source="period" reference="appraisalPeriods" label="resources.rewards.fields.periodId" />
    </SimpleShowLayout>
  </Show>
);

/** The chosen type's rules, so HR knows beforehand what the grant rests on. */
const RewardTypeRules = ({ code }: { code?: string }) => {
  const translate = useTranslate();
  const types = useRewardTypes();
  const type = types?.find((item) => item.code === code);
  if (!type) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="reward-type-rules">
      {rewardRuleText(type, translate)}
    </Alert>
  );
};

/** The evaluations of the employee, by period, a grant may rest on (their plans with an evaluation). */
const EvaluationInput = ({ employeeId }: { employeeId?: string }) => {
  const translate = useTranslate();
  const { data } = useGetList(
    'performancePlans',
    { filter: { employeeId }, pagination: { page: 1, perPage: 50 }, meta: { fields: 'period { id name } evaluation { id predicate }' } },
    { enabled: !!employeeId },
  );
  const choices = (data ?? [])
    .filter((plan) => plan.evaluation)
    .map((plan) => ({
      id: String(plan.evaluation.id),
      name: plan.evaluation.predicate
        ? `${String(plan.period?.name ?? '')} — ${translate(predicateLabel(String(plan.evaluation.predicate)), { _: String(plan.evaluation.predicate) })}`
        : String(plan.period?.name ?? ''),
    }));
  return (
    <SelectInput
      source="evaluationId"
      label="resources.rewards.fields.evaluationId"
      helperText="resources.rewards.helpers.evaluationId"
      choices={choices}
      translateChoice={false}
      disabled={!employeeId}
      emptyText="resources.rewards.helpers.noEvaluation"
      fullWidth
    />
  );
};

/**
 * Berikan penghargaan: employee, type (the catalogue with its rules), day, decree, reason and the
 * evaluation it rests on. When the type's rules stand in the way (a sanction on the record, too
 * short a service) the refusal is shown above the form, in words, with the sanction the API names.
 */
export const RewardCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const types = useRewardTypes();
  const [refusal, setRefusal] = useState<{ reason?: string; text: string } | null>(null);
  const onError = (error: unknown) => {
    const status = (error as { status?: number }).status;
    if (status === 409 || status === 403) {
      setRefusal({ reason: refusalReason(error), text: refusalText(error, translate) });
      return;
    }
    if (!(error as { body?: { errors?: unknown } }).body?.errors) notify(refusalText(error, translate), { type: 'error' });
  };
  return (
    <Create
      redirect="show"
      title="resources.rewards.grant"
      mutationOptions={{ onError, onMutate: () => setRefusal(null) }}
      transform={(data: Record<string, unknown>) => ({
        ...data,
        decreeNumber: data.decreeNumber || null,
        evaluationId: data.evaluationId || null,
      })}
    >
      <SimpleForm defaultValues={{ grantedOn: todayInIndonesia() }}>
        {refusal ? (
          <Alert severity="error" sx={{ mb: 2, width: '100%' }} data-testid="reward-refusal" data-reason={refusal.reason}>
            <AlertTitle>{translate('resources.rewards.refused')}</AlertTitle>
            {refusal.text}
          </Alert>
        ) : null}
        <ReferenceInput source="employeeId" reference="employees">
          <AutocompleteInput label="resources.rewards.fields.employee" validate={required()} fullWidth />
        </ReferenceInput>
        <SelectInput
          source="rewardTypeCode"
          label="resources.rewards.fields.rewardTypeId"
          choices={(types ?? []).filter((type) => type.active).map((type) => ({ id: type.code, name: type.name }))}
          translateChoice={false}
          isLoading={!types}
          validate={required()}
          fullWidth
        />
        <FormDataConsumer<{ rewardTypeCode?: string }>>
          {({ formData }) => <RewardTypeRules code={formData.rewardTypeCode} />}
        </FormDataConsumer>
        <DateInput source="grantedOn" validate={required()} />
        <TextInput source="decreeNumber" validate={[minLength(3), maxLength(100)]} fullWidth />
        <TextInput source="reason" validate={[required(), minLength(3), maxLength(2000)]} multiline minRows={2} fullWidth />
        <FormDataConsumer<{ employeeId?: string }>>
          {({ formData }) => <EvaluationInput employeeId={formData.employeeId} />}
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
