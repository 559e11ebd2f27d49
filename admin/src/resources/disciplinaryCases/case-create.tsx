import { AutocompleteInput, Create, DateInput, maxLength, minLength, ReferenceInput, required, SimpleForm, TextInput } from 'react-admin';
import { todayInIndonesia } from '../performancePlans/plan-rules';

const validateViolation = [required(), minLength(10), maxLength(4000)];
const validateArticle = [required(), minLength(3), maxLength(300)];

/** Usulkan kasus: HR, or a supervisor for the employees below them, reports a violation (PROPOSED). */
export const DisciplinaryCaseCreate = () => (
  <Create redirect="show" title="resources.disciplinaryCases.propose">
    <SimpleForm defaultValues={{ violationDate: todayInIndonesia() }}>
      <ReferenceInput source="employeeId" reference="employees">
        <AutocompleteInput label="resources.disciplinaryCases.fields.employee" validate={required()} fullWidth />
      </ReferenceInput>
      <DateInput source="violationDate" validate={required()} />
      <TextInput source="article" validate={validateArticle} fullWidth helperText="resources.disciplinaryCases.helpers.article" />
      <TextInput
        source="violation"
        validate={validateViolation}
        multiline
        minRows={3}
        fullWidth
        helperText="resources.disciplinaryCases.helpers.violation"
      />
    </SimpleForm>
  </Create>
);
