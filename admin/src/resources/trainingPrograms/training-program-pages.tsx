import { can } from '../../access';
import {
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  minValue,
  NumberField,
  NumberInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  usePermissions,
} from 'react-admin';

import { listExporter } from '../../common/export-buttons';
import { competencyAreaChoices, trainingKindChoices, trainingModeChoices } from './training-program-rules';
import { DATE_LOCALE } from '../../i18n';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="competencyArea" source="competencyArea" choices={competencyAreaChoices} alwaysOn />,
  <SelectInput key="mode" source="mode" choices={trainingModeChoices} />,
  <BooleanInput key="active" source="active" />,
];

/** Katalog pelatihan: the agency's programmes; everyone reads it, HR keeps it. */
export const TrainingProgramList = () => {
  const { permissions } = usePermissions();
  return (
    <List
      filters={filters}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={listExporter(
        'trainingPrograms',
        [
          { source: 'code' },
          { source: 'title' },
          { source: 'competencyArea', choices: competencyAreaChoices },
          { source: 'mode', choices: trainingModeChoices },
          { source: 'kind', choices: trainingKindChoices },
          { source: 'jpHours' },
          { source: 'provider' },
          { source: 'active', boolean: true },
        ],
        'katalog-pelatihan',
      )}
    >
      <DataTable rowClick={can(permissions, 'training.manage') ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="title" />
        <DataTable.Col source="competencyArea" disableSort>
          <SelectField source="competencyArea" choices={competencyAreaChoices} />
        </DataTable.Col>
        <DataTable.Col source="mode" disableSort>
          <SelectField source="mode" choices={trainingModeChoices} />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={trainingKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="jpHours" sx={{ textAlign: 'right' }}>
          <NumberField locales={DATE_LOCALE} source="jpHours" />
        </DataTable.Col>
        <DataTable.Col source="provider" disableSort>
          <TextField source="provider" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** Fields shared by the create and edit pages (the code is fixed once created). */
const ProgramInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <SelectInput source="competencyArea" choices={competencyAreaChoices} validate={required()} />
    <SelectInput source="mode" choices={trainingModeChoices} validate={required()} />
    <SelectInput source="kind" choices={trainingKindChoices} validate={required()} helperText="resources.trainingPrograms.helpers.kind" />
    <NumberInput source="jpHours" validate={[required(), minValue(1)]} helperText="resources.trainingPrograms.helpers.jpHours" />
    <TextInput source="provider" fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth />
    <BooleanInput source="active" />
  </>
);

export const TrainingProgramCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true, mode: 'KLASIKAL', kind: 'PELATIHAN' }}>
      <TextInput source="code" validate={required()} helperText="resources.trainingPrograms.helpers.code" />
      <ProgramInputs />
    </SimpleForm>
  </Create>
);

export const TrainingProgramEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm>
      <TextField source="code" />
      <ProgramInputs />
    </SimpleForm>
  </Edit>
);
