import { BooleanInput, Edit, SaveButton, ShowButton, SimpleForm, TextInput, Toolbar, TopToolbar } from 'react-admin';
import { SetPasswordButton } from './set-password-button';
import { AgencyInput, RolesInput, validateDisplayName } from './user-inputs';

const UserEditActions = () => (
  <TopToolbar>
    <SetPasswordButton />
    <ShowButton />
  </TopToolbar>
);

// Save only: accounts are deactivated (the "active" switch), never deleted.
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

// Pessimistic: the API checks the record's version and the rules on roles and agency, and its
// field errors (e.g. "you cannot deactivate your own account") can only be shown while the form is open.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<UserEditActions />}>
    <SimpleForm toolbar={<UserEditToolbar />}>
      <TextInput source="username" readOnly />
      <TextInput source="displayName" validate={validateDisplayName} />
      <RolesInput />
      <AgencyInput />
      <BooleanInput source="active" helperText="resources.users.helpers.active" />
    </SimpleForm>
  </Edit>
);
