import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  DateField,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { DATE_LOCALE } from '../../i18n';
import { ComplaintStepButton } from './complaint-actions';
import { ComplaintStatusField, DueDateField } from './complaint-list';
import { complaintCategoryChoices, complaintSteps } from './complaint-rules';

/** The answers and the reporter's contact (present only when the API shows it to the actor). */
export const COMPLAINT_FIELDS = 'responses { id authorName text isPublic createdAt } contact { name contact }';

type ComplaintResponse = { id: string; authorName: string; text: string; isPublic: boolean; createdAt: string };

const ComplaintShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      {complaintSteps(String(record.status), permissions).map((step) => (
        <ComplaintStepButton key={step} step={step} record={record} />
      ))}
    </TopToolbar>
  );
};

/** Nama dan kontak pelapor: only for the agency's administrators and HR; others see nothing. */
const ContactSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const contact = record?.contact as { name?: string | null; contact?: string | null } | null | undefined;
  if (!contact) return null;
  return (
    <Alert severity="info" icon={false} data-testid="complaint-contact">
      <strong>{translate('resources.complaints.fields.contact')}:</strong>{' '}
      {[contact.name, contact.contact].filter(Boolean).join(' — ') || '—'}
    </Alert>
  );
};

const ResponsesSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const responses = (record?.responses as ComplaintResponse[] | undefined) ?? [];
  return (
    <Box>
      <Typography variant="subtitle1">{translate('resources.complaints.fields.responses')}</Typography>
      {responses.length === 0 ? <Typography color="text.secondary">{translate('resources.complaints.show.noResponses')}</Typography> : null}
      <Stack spacing={1}>
        {responses.map((response) => (
          <Card key={response.id} variant="outlined">
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {response.authorName}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {new Date(response.createdAt).toLocaleString(DATE_LOCALE)}
                </Typography>
                <Chip
                  size="small"
                  variant="outlined"
                  label={translate(response.isPublic ? 'resources.complaints.show.public' : 'resources.complaints.show.internal')}
                />
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {response.text}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
};

/** A complaint: what was reported, where it stands and by when, the answers, and the workflow's steps. */
export const ComplaintShow = () => (
  <Show actions={<ComplaintShowActions />} queryOptions={{ meta: { fields: COMPLAINT_FIELDS } }}>
    <SimpleShowLayout>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled source="trackingCode">
          <TextField source="trackingCode" />
        </Labeled>
        <Labeled source="status">
          <ComplaintStatusField />
        </Labeled>
        <Labeled source="category">
          <SelectField source="category" choices={complaintCategoryChoices} />
        </Labeled>
        <Labeled source="channel">
          <TextField source="channel" />
        </Labeled>
        <Labeled source="receivedOn">
          <CalendarDateField source="receivedOn" />
        </Labeled>
        <Labeled source="dueDate">
          <DueDateField />
        </Labeled>
        <Labeled source="resolutionHours">
          <NumberField source="resolutionHours" locales={DATE_LOCALE} options={{ maximumFractionDigits: 1 }} emptyText="—" />
        </Labeled>
      </Stack>
      <TextField source="subject" />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="location" emptyText="—" />
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled source="unitId">
          <ReferenceField source="unitId" reference="orgUnits" link={false} emptyText="—" />
        </Labeled>
        <Labeled source="serviceId">
          <ReferenceField source="serviceId" reference="publicServices" link={false} emptyText="—" />
        </Labeled>
        <Labeled source="employeeId">
          <ReferenceField source="employeeId" reference="employees" link={false} emptyText="—" />
        </Labeled>
        <Labeled source="assignedUnitId">
          <ReferenceField source="assignedUnitId" reference="orgUnits" link={false} emptyText="—" />
        </Labeled>
        <Labeled source="assignedOfficerId">
          <ReferenceField source="assignedOfficerId" reference="employees" link={false} emptyText="—" />
        </Labeled>
      </Stack>
      <TextField source="rejectionReason" emptyText="—" />
      <Labeled source="autoCloseDate">
        <CalendarDateField source="autoCloseDate" emptyText="—" />
      </Labeled>
      <Labeled source="updatedAt">
        <DateField source="updatedAt" showTime locales={DATE_LOCALE} />
      </Labeled>
      <ContactSection />
      <ResponsesSection />
    </SimpleShowLayout>
  </Show>
);
