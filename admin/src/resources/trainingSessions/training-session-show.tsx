import { can } from '../../access';
import CancelIcon from '@mui/icons-material/Cancel';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactElement } from 'react';
import {
  AutocompleteInput,
  Button,
  Confirm,
  EditButton,
  Labeled,
  maxLength,
  maxValue,
  minValue,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';

import { XlsxDownloadButton } from '../../common/export-buttons';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { formatDecimal } from '../../common/format';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { SessionStatusField } from './training-session-pages';
import {
  canCancelEnrollment,
  canEnroll,
  canRecordResult,
  capacityShare,
  ENROLLMENT_STATUS_COLORS,
  type EnrollmentStatus,
} from './training-session-rules';
import { DATE_LOCALE } from '../../i18n';

/** The enrolments with their employees (build-query.ts `meta.fields`). */
export const SESSION_FIELDS = 'enrollments { id status score jpEarned certificateNumber version employee { id fullName nipFormatted } }';

type SessionEnrollment = {
  id: string;
  status: string;
  score: number | null;
  jpEarned: number | null;
  certificateNumber: string | null;
  version: number;
  employee: { id: string; fullName: string; nipFormatted: string };
};

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');

/** SCHEDULED -> ONGOING -> COMPLETED, or CANCELLED before it completes. */
const NEXT_STATUSES: Record<string, string[]> = { SCHEDULED: ['ONGOING', 'CANCELLED'], ONGOING: ['COMPLETED', 'CANCELLED'] };
const STATUS_ICONS: Record<string, ReactElement> = { ONGOING: <PlayArrowIcon />, COMPLETED: <DoneAllIcon />, CANCELLED: <CancelIcon /> };

const SessionStatusButton = ({ record, status }: { record: RaRecord; status: string }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const confirm = async () => {
    setLoading(true);
    try {
      await dataProvider.changeTrainingSessionStatus(record.id, Number(record.version), status as 'ONGOING');
      notify('resources.trainingSessions.changeStatus.success', { type: 'info' });
      refresh();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    } finally {
      setLoading(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label={`resources.trainingSessions.changeStatus.${status}`}
        onClick={() => setOpen(true)}
        data-testid={`session-${status.toLowerCase()}`}
      >
        {STATUS_ICONS[status]}
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title={`resources.trainingSessions.changeStatus.${status}`}
        content={`resources.trainingSessions.changeStatus.content.${status}`}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const SessionShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record || !can(permissions, 'training.manage')) return <TopToolbar />;
  return (
    <TopToolbar>
      {(NEXT_STATUSES[String(record.status)] ?? []).map((status) => (
        <SessionStatusButton key={status} record={record} status={status} />
      ))}
      {record.status === 'COMPLETED' || record.status === 'CANCELLED' ? null : <EditButton />}
    </TopToolbar>
  );
};

/** Kursi terisi: seats taken against the capacity, and how many wait. */
const CapacityBar = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const seatsTaken = Number(record.seatsTaken ?? 0);
  const capacity = Number(record.capacity ?? 0);
  const full = seatsTaken >= capacity;
  return (
    <Box data-testid="session-capacity" sx={{ maxWidth: 480 }}>
      <Typography variant="body2" data-testid="session-seats">
        {translate('resources.trainingSessions.capacityText', { seatsTaken, capacity })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={capacityShare(seatsTaken, capacity)}
        color={full ? 'warning' : 'primary'}
        sx={{ height: 10, borderRadius: 5, my: 1 }}
      />
      <Typography variant="body2" color="text.secondary" data-testid="session-waitlist">
        {translate('resources.trainingSessions.waitlistText', { count: Number(record.waitlistCount ?? 0) })}
      </Typography>
    </Box>
  );
};

/** Daftarkan pegawai: a seat while one is free, else the waiting list; a refusal (overlap, twice) is shown as the API says it. */
const EnrollButton = ({ record }: { record: RaRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    let data;
    try {
      ({ data } = await dataProvider.enrollInTraining(record.id, values.employeeId as string));
    } catch (error) {
      // Already enrolled, or in a session whose days overlap: the API's message names the other session.
      if ((error as { status?: number }).status !== 409) throw error;
      notify(messageOf(error), { type: 'error', autoHideDuration: 10_000 });
      return;
    }
    notify(data.status === 'WAITLISTED' ? 'resources.trainingSessions.enroll.waitlisted' : 'resources.trainingSessions.enroll.registered', {
      type: data.status === 'WAITLISTED' ? 'warning' : 'info',
      messageArgs: { name: data.employee.fullName },
    });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="resources.trainingSessions.enroll.action" onClick={() => setOpen(true)} data-testid="session-enroll">
        <PersonAddIcon />
      </Button>
      {open ? (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title="resources.trainingSessions.enroll.title"
          description="resources.trainingSessions.enroll.content"
          submitLabel="resources.trainingSessions.enroll.submit"
          submitIcon={<PersonAddIcon />}
          onSubmit={submit}
          maxWidth="sm"
        >
          <ReferenceInput source="employeeId" reference="employees">
            <AutocompleteInput label="resources.trainingSessions.enroll.employee" validate={required()} fullWidth />
          </ReferenceInput>
        </FormDialog>
      ) : null}
    </>
  );
};

const CancelEnrollmentButton = ({ enrollment }: { enrollment: SessionEnrollment }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    const { promoted } = await dataProvider.cancelEnrollment(enrollment.id, enrollment.version, values.reason as string | undefined);
    notify(promoted.length > 0 ? 'resources.trainingSessions.cancel.promoted' : 'resources.trainingSessions.cancel.success', {
      type: 'info',
      messageArgs: { name: promoted.map((item) => item.employee.fullName).join(', ') },
    });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="resources.trainingSessions.cancel.action" onClick={() => setOpen(true)} data-testid="enrollment-cancel">
        <CancelIcon />
      </Button>
      {open ? (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title="resources.trainingSessions.cancel.title"
          description="resources.trainingSessions.cancel.content"
          messageArgs={{ name: enrollment.employee.fullName }}
          submitLabel="resources.trainingSessions.cancel.submit"
          submitIcon={<CancelIcon />}
          onSubmit={submit}
          alwaysEnableSubmit
        >
          <TextInput source="reason" label="resources.trainingSessions.cancel.reason" validate={maxLength(500)} multiline fullWidth />
        </FormDialog>
      ) : null}
    </>
  );
};

const resultChoices = (['COMPLETED', 'FAILED'] as const).map((id) => ({ id, name: `resources.trainingSessions.enrollmentStatuses.${id}` }));

/** Hasil pelatihan: COMPLETED (JP earned, the programme's unless fewer are given) or FAILED, with score and certificate. */
const RecordResultButton = ({ enrollment }: { enrollment: SessionEnrollment }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    await dataProvider.recordTrainingResult(enrollment.id, enrollment.version, {
      status: values.status as 'COMPLETED',
      score: values.score as number | null | undefined,
      certificateNumber: values.certificateNumber as string | undefined,
      jpEarned: values.status === 'COMPLETED' ? (values.jpEarned as number | null | undefined) : null,
    });
    notify('resources.trainingSessions.result.success', { type: 'info' });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="resources.trainingSessions.result.action" onClick={() => setOpen(true)} data-testid="enrollment-result">
        <DoneAllIcon />
      </Button>
      {open ? (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title="resources.trainingSessions.result.title"
          messageArgs={{ name: enrollment.employee.fullName }}
          submitLabel="resources.trainingSessions.result.submit"
          onSubmit={submit}
        >
          <SelectInput
            source="status"
            label="resources.trainingSessions.fields.status"
            choices={resultChoices}
            validate={required()}
            fullWidth
          />
          <NumberInput source="score" label="resources.trainingSessions.fields.score" validate={[minValue(0), maxValue(100)]} fullWidth />
          <TextInput source="certificateNumber" label="resources.trainingSessions.fields.certificateNumber" fullWidth />
          <NumberInput
            source="jpEarned"
            label="resources.trainingSessions.fields.jpEarned"
            validate={minValue(0)}
            helperText="resources.trainingSessions.result.jpHelper"
            fullWidth
          />
        </FormDialog>
      ) : null}
    </>
  );
};

const EnrollmentStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={ENROLLMENT_STATUS_COLORS[status as EnrollmentStatus] ?? 'default'}
      label={translate(`resources.trainingSessions.enrollmentStatuses.${status}`, { _: status })}
      data-testid="enrollment-status"
    />
  );
};

/** Peserta: the enrolments in order of enrolment, with their steps for HR. */
const EnrollmentsSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!record) return null;
  const enrollments = (record.enrollments as SessionEnrollment[] | undefined) ?? [];
  const manages = can(permissions, 'training.manage');
  const today = todayInIndonesia();
  const column = (name: string) => translate(`resources.trainingSessions.fields.${name}`);
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6">{translate('resources.trainingSessions.enrollments')}</Typography>
          <Stack direction="row" spacing={1}>
            {enrollments.length > 0 ? <XlsxDownloadButton resource="enrollments" filterValues={{ sessionId: record.id }} /> : null}
            {manages && canEnroll(String(record.status)) ? <EnrollButton record={record} /> : null}
          </Stack>
        </Stack>
        <CapacityBar />
        {enrollments.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('resources.trainingSessions.noEnrollments')}
          </Typography>
        ) : (
          <Table size="small" sx={{ mt: 2 }} data-testid="enrollments">
            <TableHead>
              <TableRow>
                <TableCell>{column('employee')}</TableCell>
                <TableCell>{column('status')}</TableCell>
                <TableCell align="right">{column('score')}</TableCell>
                <TableCell align="right">{column('jpEarned')}</TableCell>
                <TableCell>{column('certificateNumber')}</TableCell>
                {manages ? <TableCell /> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {enrollments.map((enrollment) => (
                <TableRow key={enrollment.id} data-testid="enrollment-row" data-employee={enrollment.employee.fullName}>
                  <TableCell>
                    {enrollment.employee.fullName}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {enrollment.employee.nipFormatted}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <EnrollmentStatusChip status={enrollment.status} />
                  </TableCell>
                  <TableCell align="right">{enrollment.score == null ? '—' : formatDecimal(enrollment.score)}</TableCell>
                  <TableCell align="right">{enrollment.jpEarned ?? '—'}</TableCell>
                  <TableCell>{enrollment.certificateNumber ?? '—'}</TableCell>
                  {manages ? (
                    <TableCell align="right">
                      {canCancelEnrollment(enrollment.status) ? <CancelEnrollmentButton enrollment={enrollment} /> : null}
                      {canRecordResult(enrollment.status, { status: String(record.status), endDate: String(record.endDate) }, today) ? (
                        <RecordResultButton enrollment={enrollment} />
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

/** A session: its programme, days, place, trainer and status, and its participants. */
export const TrainingSessionShow = () => (
  <Show actions={<SessionShowActions />} queryOptions={{ meta: { fields: SESSION_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="name" variant="h6" />
      <ReferenceField source="programId" reference="trainingPrograms" link={false} />
      <Stack direction="row" spacing={4}>
        <Labeled source="startDate">
          <CalendarDateField source="startDate" />
        </Labeled>
        <Labeled source="endDate">
          <CalendarDateField source="endDate" />
        </Labeled>
        <Labeled source="status">
          <SessionStatusField />
        </Labeled>
        <Labeled source="capacity">
          <NumberField locales={DATE_LOCALE} source="capacity" />
        </Labeled>
      </Stack>
      <TextField source="location" emptyText="—" />
      <TextField source="trainer" emptyText="—" />
      <EnrollmentsSection />
    </SimpleShowLayout>
  </Show>
);
