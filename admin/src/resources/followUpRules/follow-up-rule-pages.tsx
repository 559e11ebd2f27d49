import { can } from '../../access';
import { Chip } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  FunctionField,
  List,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NullableBooleanInput,
  NumberInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { predicateChoices } from '../scoringSchemes/scoring-scheme-choices';
import { ACTION_COLORS, actionChoices, actionLabel, ruleSummary, type FollowUpAction } from './follow-up-rules';

export const ActionChip = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ACTION_COLORS[action as FollowUpAction] ?? 'default'}
      label={translate(actionLabel(action), { _: action })}
      data-testid="follow-up-action"
    />
  );
};

const ActionField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record?.action ? <ActionChip action={String(record.action)} /> : null;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

const RuleListActions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'discipline.manage') ? <CreateButton /> : null}</TopToolbar>;
};

/** Aturan tindak lanjut: the agency's rules, what they look at and what they propose. */
export const FollowUpRuleList = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <List filters={filters} actions={<RuleListActions />} perPage={25} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <DataTable rowClick={can(permissions, 'discipline.manage') ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="predicates" disableSort>
          <FunctionField<RaRecord> render={(record) => ruleSummary(record as never, translate)} />
        </DataTable.Col>
        <DataTable.Col source="consecutivePeriods" sx={{ textAlign: 'right' }} />
        <DataTable.Col source="action">
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** The predicates, the repetition and the action, as both forms ask for them. */
const RuleInputs = () => (
  <>
    <TextInput
      source="name"
      validate={[required(), minLength(3), maxLength(200)]}
      helperText="resources.followUpRules.helpers.name"
      fullWidth
    />
    <CheckboxGroupInput
      source="predicates"
      choices={predicateChoices}
      validate={required()}
      helperText="resources.followUpRules.helpers.predicates"
    />
    <NumberInput
      source="consecutivePeriods"
      validate={[required(), minValue(1), maxValue(12)]}
      helperText="resources.followUpRules.helpers.consecutivePeriods"
    />
    <SelectInput source="action" choices={actionChoices} validate={required()} helperText="resources.followUpRules.helpers.action" />
    <TextInput source="note" validate={maxLength(2000)} helperText="resources.followUpRules.helpers.note" multiline fullWidth />
  </>
);

export const FollowUpRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ consecutivePeriods: 1, predicates: [] }}>
      <RuleInputs />
    </SimpleForm>
  </Create>
);

/** A rule changes for the periods followed up from now on; switched off, it proposes nothing. */
export const FollowUpRuleEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm>
      <RuleInputs />
      <BooleanInput source="active" helperText="resources.followUpRules.helpers.active" />
    </SimpleForm>
  </Edit>
);
