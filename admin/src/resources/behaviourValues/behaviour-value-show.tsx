import {
  BooleanField,
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { canEditSharedRecord } from '../../common/configuration';
import { DateTimeField } from '../../common/date-time-field';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { GuidesField } from './behaviour-value-fields';
import { DATE_LOCALE } from '../../i18n';

/** Edit for those who may change this value (national ones: platform administrators). */
const BehaviourValueShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  return <TopToolbar>{canEditSharedRecord(permissions, record) ? <EditButton /> : null}</TopToolbar>;
};

export const BehaviourValueShow = () => (
  <Show actions={<BehaviourValueShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <OwnerAgencyField source="agencyId" />
      <TextField source="description" />
      <GuidesField source="guides" />
      <NumberField locales={DATE_LOCALE} source="sortOrder" />
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
