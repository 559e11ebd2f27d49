import EventNoteIcon from '@mui/icons-material/EventNote';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  DateInput,
  Labeled,
  maxLength,
  minLength,
  required,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CalendarDateField } from '../../common/calendar-date-field';
import { DialogActionButton } from '../../common/dialog-action-button';
import { NestedLinkField } from '../../common/record-link';
import type { KinerjaDataProvider } from '../../dataProvider';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { CoachingStatusField, GoalsField, TriggerField } from './coaching-plan-pages';
import { canCoach, coachingOutcomeChoices, coachingStatusLabel } from './coaching-plan-rules';
import { DATE_LOCALE } from '../../i18n';

/** The people, the evaluation with its period and plan, and the meetings (build-query.ts `meta.fields`). */
export const COACHING_SHOW_FIELDS =
  'employee { id fullName nipFormatted } mentor { id fullName } ' +
  'evaluation { id predicate planId period { id name } } sessions { date notes recordedBy }';

type Meeting = { date: string; notes: string; recordedBy: string };

const DAY = () => new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Catat pertemuan: a meeting on a day within the plan, with what was discussed. */
const AddSessionButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ date: string; notes: string }>
      texts="resources.coachingPlans.addSession"
      icon={<EventNoteIcon />}
      testId="coaching-add-session"
      onSubmit={(values) => dataProvider.addCoachingSession(record.id, Number(record.version), values.date, values.notes.trim())}
    >
      <DateInput
        source="date"
        label="resources.coachingPlans.sessions.date"
        defaultValue={todayInIndonesia() > String(record.endDate) ? String(record.endDate) : todayInIndonesia()}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="notes"
        label="resources.coachingPlans.sessions.notes"
        validate={[required(), minLength(3), maxLength(4000)]}
        multiline
        minRows={3}
        fullWidth
      />
    </DialogActionButton>
  );
};

const closeChoices = (['COMPLETED', 'CANCELLED'] as const).map((id) => ({ id, name: coachingStatusLabel(id) }));

/** The outcome is asked for only when the plan completes. */
const OutcomeInput = () => {
  const status = useWatch({ name: 'status' }) as string | undefined;
  if (status !== 'COMPLETED') return null;
  return (
    <SelectInput
      source="outcome"
      label="resources.coachingPlans.fields.outcome"
      choices={coachingOutcomeChoices}
      validate={required()}
      fullWidth
    />
  );
};

/** Tutup rencana: completed with its outcome, or cancelled; with the closing assessment. */
const ClosePlanButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ status: 'COMPLETED' | 'CANCELLED'; outcome?: 'IMPROVED'; note?: string }>
      texts="resources.coachingPlans.close"
      icon={<TaskAltIcon />}
      testId="coaching-close"
      onSubmit={(values) =>
        dataProvider.closeCoachingPlan(
          record.id,
          Number(record.version),
          values.status,
          values.status === 'COMPLETED' ? values.outcome : null,
          values.note?.trim() || null,
        )
      }
    >
      <SelectInput
        source="status"
        label="resources.coachingPlans.fields.status"
        choices={closeChoices}
        defaultValue="COMPLETED"
        validate={required()}
        fullWidth
      />
      <OutcomeInput />
      <TextInput source="note" label="resources.coachingPlans.fields.outcomeNote" validate={maxLength(4000)} multiline fullWidth />
    </DialogActionButton>
  );
};

const CoachingShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const actor = useCurrentActor();
  if (!record || record.status !== 'ACTIVE' || !canCoach(permissions, record.mentorId, actor?.employeeId)) return <TopToolbar />;
  return (
    <TopToolbar>
      <AddSessionButton record={record} />
      <ClosePlanButton record={record} />
    </TopToolbar>
  );
};

/** Pertemuan: the meetings, oldest first. */
const SessionsSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const sessions = (record?.sessions as Meeting[] | undefined) ?? [];
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate('resources.coachingPlans.sessions.title')}
        </Typography>
        {sessions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.coachingPlans.sessions.empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid="coaching-sessions">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.coachingPlans.sessions.date')}</TableCell>
                <TableCell>{translate('resources.coachingPlans.sessions.notes')}</TableCell>
                <TableCell>{translate('resources.coachingPlans.sessions.recordedBy')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sessions.map((session, index) => (
                <TableRow key={`${session.date}-${index}`} data-testid="coaching-session">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{DAY().format(new Date(`${session.date}T00:00:00Z`))}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{session.notes}</TableCell>
                  <TableCell>{session.recordedBy}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

/** A coaching plan: the employee, mentor, goals, dates, its trigger, meetings and outcome. */
export const CoachingPlanShow = () => (
  <Show actions={<CoachingShowActions />} queryOptions={{ meta: { fields: COACHING_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <NestedLinkField source="employee" reference="employees" text="fullName" label="resources.coachingPlans.fields.employeeId" />
      <NestedLinkField source="mentor" reference="employees" text="fullName" label="resources.coachingPlans.fields.mentorId" />
      <Stack direction="row" spacing={4}>
        <Labeled source="startDate">
          <CalendarDateField source="startDate" />
        </Labeled>
        <Labeled source="endDate">
          <CalendarDateField source="endDate" />
        </Labeled>
        <Labeled source="status">
          <CoachingStatusField />
        </Labeled>
      </Stack>
      <GoalsField source="goals" label="resources.coachingPlans.fields.goals" />
      <TriggerField source="evaluationId" label="resources.coachingPlans.fields.evaluationId" link />
      <TextField source="outcomeNote" emptyText="—" />
      <SessionsSection />
    </SimpleShowLayout>
  </Show>
);
