import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { listExporter, XlsxListActions } from '../../common/export-buttons';
import { QuickFilter } from '../../common/quick-filter';
import { COMPLAINT_CSV_COLUMNS } from './complaint-export';
import { COMPLAINT_STATUS_COLORS, complaintCategoryChoices, complaintStatusChoices, type ComplaintStatus } from './complaint-rules';

export const ComplaintStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COMPLAINT_STATUS_COLORS[status as ComplaintStatus] ?? 'default'}
      label={translate(`resources.complaints.statuses.${status}`, { _: status })}
      data-testid="complaint-status"
    />
  );
};

export const ComplaintStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record?.status ? <ComplaintStatusChip status={String(record.status)} /> : null;
};

/** The day the current step is due, red and marked when it has passed. */
export const DueDateField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.dueDate) return <>—</>;
  return (
    <span style={{ color: record.overdue ? '#d32f2f' : undefined, fontWeight: record.overdue ? 600 : undefined }}>
      <CalendarDateField source="dueDate" sx={{ color: 'inherit', fontWeight: 'inherit' }} />
      {record.overdue ? ` (${translate('resources.complaints.overdue')})` : ''}
    </span>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={complaintStatusChoices} alwaysOn />,
  <QuickFilter key="overdue" source="overdue" label="resources.complaints.fields.overdue" defaultValue={true} />,
  <SelectInput key="category" source="category" choices={complaintCategoryChoices} />,
  <ReferenceInput key="unitId" source="unitId" reference="orgUnits">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const overdueRow = (record: RaRecord) => (record.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {});

/** Antrian pengaduan: the complaints the actor may see, earliest deadline first, overdue ones marked. */
export const ComplaintList = () => (
  <List
    filters={filters}
    perPage={25}
    sort={{ field: 'dueDate', order: 'ASC' }}
    actions={<XlsxListActions />}
    exporter={listExporter('complaints', COMPLAINT_CSV_COLUMNS, 'pengaduan')}
  >
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueRow}>
      <DataTable.Col source="trackingCode" disableSort />
      <DataTable.Col source="receivedOn">
        <CalendarDateField source="receivedOn" />
      </DataTable.Col>
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col source="category" disableSort>
        <SelectField source="category" choices={complaintCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="unitId" disableSort>
        <ReferenceField source="unitId" reference="orgUnits" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ComplaintStatusField />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DueDateField />
      </DataTable.Col>
    </DataTable>
  </List>
);
