import { Create, PasswordInput, SimpleForm, TextInput } from 'react-admin';
import { AgencyInput, parseUsername, RolesInput, validateDisplayName, validatePassword, validateUsername } from './user-inputs';

export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput
        source="username"
        validate={validateUsername}
        parse={parseUsername}
        helperText="resources.users.helpers.username"
        autoComplete="off"
      />
      <TextInput source="displayName" validate={validateDisplayName} />
      <PasswordInput
        source="password"
        validate={validatePassword}
        helperText="resources.users.helpers.password"
        autoComplete="new-password"
      />
      <RolesInput />
      <AgencyInput />
    </SimpleForm>
  </Create>
);
