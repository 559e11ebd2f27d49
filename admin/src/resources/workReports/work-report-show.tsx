import { Alert, Box, Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { DateTimeField } from '../../common/date-time-field';
import { RecordLink } from '../../common/record-link';
import { DATE_LOCALE } from '../../i18n';
import { PersonField } from '../performancePlans/plan-fields';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { WorkReportStepButton } from './work-report-actions';
import { WorkReportStatusField, WorkTimeField } from './work-report-fields';
import { workReportActionsFor } from './work-report-rules';

/** Who, which target, and the comments (build-query.ts `meta.fields`). */
export const WORK_REPORT_SHOW_FIELDS =
  'employee { id fullName nipFormatted } target { id planId indicator { code name } } ' + 'comments { id authorName text createdAt }';

const MOMENT = () =>
  new Intl.DateTimeFormat(DATE_LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

const useReportActions = () => {
  const record = useRecordContext();
  const actor = useCurrentActor();
  return workReportActionsFor(record ? { employeeId: String(record.employeeId), status: String(record.status) } : null, actor);
};

const WorkReportShowActions = () => {
  const record = useRecordContext();
  const actions = useReportActions();
  if (!record) return null;
  const report = { id: record.id, version: Number(record.version) };
  return (
    <TopToolbar>
      {actions.edit ? <EditButton /> : null}
      {actions.delete ? <DeleteButton mutationMode="pessimistic" /> : null}
      {actions.review ? <WorkReportStepButton kind="return" report={report} /> : null}
      {actions.review ? <WorkReportStepButton kind="approve" report={report} /> : null}
    </TopToolbar>
  );
};

const TargetLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const target = record?.target as { planId: Identifier; indicator: { code: string; name: string } } | null | undefined;
  if (!target) return <Typography variant="body2">—</Typography>;
  return (
    <RecordLink resource="performancePlans" id={target.planId}>
      {`${target.indicator.code} — ${target.indicator.name}`}
    </RecordLink>
  );
};

const EvidenceLinks = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const links = (record?.evidenceLinks ?? []) as string[];
  if (links.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack>
      {links.map((link) => (
        <MuiLink key={link} href={link} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ wordBreak: 'break-all' }}>
          {link}
        </MuiLink>
      ))}
    </Stack>
  );
};

/** The review's outcome: why it came back, or the remark on approval. */
const ReviewComment = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.reviewComment) return null;
  return (
    <Alert severity={record.status === 'RETURNED' ? 'warning' : 'success'} sx={{ mx: 2, mt: 2 }} data-testid="work-report-review">
      {translate(record.status === 'RETURNED' ? 'resources.workReports.show.returned' : 'resources.workReports.show.approved', {
        comment: String(record.reviewComment),
      })}
      {record.reviewerName ? ` — ${String(record.reviewerName)}` : ''}
    </Alert>
  );
};

/** Tanggapan: the comments, oldest first, and "Tanggapi" for the employee and the reviewers. */
const CommentsThread = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const actions = useReportActions();
  if (!record) return null;
  const comments = (record.comments ?? []) as { id: Identifier; authorName: string; text: string; createdAt: string }[];
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="work-report-comments">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{translate('resources.workReports.fields.comments')}</Typography>
          <Box sx={{ flexGrow: 1 }} />
          {actions.comment ? <WorkReportStepButton kind="comment" report={{ id: record.id, version: Number(record.version) }} /> : null}
        </Stack>
        {comments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.workReports.show.noComments')}
          </Typography>
        ) : (
          <Stack spacing={1.5}>
            {comments.map((comment) => (
              <Box key={comment.id} data-testid="work-report-comment" sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {comment.authorName}{' '}
                  <Typography component="span" variant="caption" color="text.secondary">
                    {MOMENT().format(new Date(comment.createdAt))}
                  </Typography>
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {comment.text}
                </Typography>
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

/** A daily report: the work, its status and review, the comments; the steps the actor may take. */
export const WorkReportShow = () => (
  <Show actions={<WorkReportShowActions />} queryOptions={{ meta: { fields: WORK_REPORT_SHOW_FIELDS } }}>
    <ReviewComment />
    <SimpleShowLayout>
      <PersonField source="employee" label="resources.workReports.fields.employeeId" />
      <CalendarDateField source="date" />
      <WorkReportStatusField source="status" label="resources.workReports.fields.status" />
      <TextField source="activity" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="output" sx={{ whiteSpace: 'pre-wrap' }} />
      <NumberField source="hours" locales={DATE_LOCALE} />
      <NumberField source="minutes" locales={DATE_LOCALE} />
      <WorkTimeField source="startTime" label="resources.workReports.fields.time" />
      <TargetLink source="target" label="resources.workReports.fields.targetId" />
      <EvidenceLinks source="evidenceLinks" label="resources.workReports.fields.evidenceLinks" />
      <DateTimeField source="submittedAt" />
      <DateTimeField source="reviewedAt" emptyText="—" />
    </SimpleShowLayout>
    <CommentsThread />
  </Show>
);
