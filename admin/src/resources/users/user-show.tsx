import { BooleanField, EditButton, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { RolesField } from './roles-field';
import { SetPasswordButton } from './set-password-button';
import { DATE_LOCALE } from '../../i18n';

const UserShowActions = () => (
  <TopToolbar>
    <SetPasswordButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <RolesField source="roles" />
      <ReferenceField source="agencyId" reference="agencies" link="show" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <BooleanField source="active" />
      <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
