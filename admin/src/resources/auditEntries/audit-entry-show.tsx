import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { auditActionChoices } from './audit-choices';
import { ChangesField } from './changes-field';

export const AuditEntryShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateTimeField source="occurredAt" />
      <TextField source="actorName" />
      <SelectField source="action" choices={auditActionChoices} />
      <TextField source="entityType" />
      <TextField source="entityId" />
      <TextField source="operation" emptyText="—" />
      <ChangesField source="changes" />
    </SimpleShowLayout>
  </Show>
);
