import { DataTable, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { listExporter } from '../../common/export-buttons';
import { auditActionChoices } from './audit-choices';

// Entity types are exact names ("Agency"), so the filter is an equality filter.
const auditFilters = [
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
];

const noWrap = { whiteSpace: 'nowrap' } as const;
// Entity ids are long opaque strings: cut them in the list, the show page has them whole.
const truncated = { maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export const AuditEntryList = () => (
  <List
    filters={auditFilters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={25}
    exporter={listExporter(
      'auditEntries',
      [
        { source: 'occurredAt', dateTime: true },
        { source: 'actorName' },
        { source: 'action', choices: auditActionChoices },
        { source: 'entityType' },
        { source: 'entityId' },
        { source: 'operation' },
      ],
      'jejak-audit',
    )}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt" sx={noWrap}>
        <DateTimeField source="occurredAt" />
      </DataTable.Col>
      <DataTable.Col source="actorName" />
      <DataTable.Col source="action">
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="entityType" />
      <DataTable.Col source="entityId" sx={truncated} />
      <DataTable.Col source="operation" />
    </DataTable>
  </List>
);
