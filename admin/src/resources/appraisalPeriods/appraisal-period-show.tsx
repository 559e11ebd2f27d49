import { can } from '../../access';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  EditButton,
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
  type Identifier,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { DateTimeField } from '../../common/date-time-field';
import { DATE_LOCALE } from '../../i18n';
import { NestedLinkField, RecordLink } from '../../common/record-link';
import { GenerateSubPeriodsButton } from './generate-sub-periods-button';
import { StatusChip } from './period-fields';
import { PeriodLifecyclePanel } from './period-lifecycle-panel';
import { PeriodPlansPanel } from './period-plans-panel';
import { PeriodResultsPanel } from './period-results-panel';
import { isPeriodOpen, statusLabel, typeChoices, typeLabel } from './period-lifecycle';

/** The lifecycle, sub-periods, annual period, scheme and adopted templates (build-query.ts `meta.fields`). */
export const PERIOD_SHOW_FIELDS =
  'nextStep { to allowed blockers } ' +
  'history { id fromStatus toStatus occurredAt actorName reason } ' +
  'children { id name type status startDate endDate } ' +
  'parent { id name } scoringScheme { id name revision } templates { id name revision }';

type Transition = { id: Identifier; fromStatus: string; toStatus: string; occurredAt: string; actorName: string; reason: string | null };
type SubPeriod = { id: Identifier; name: string; type: string; status: string; startDate: string; endDate: string };

type FieldProps = { source?: string; label?: string };

const DAY = () => new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (value: string) => DAY().format(new Date(`${value}T00:00:00Z`));
const MOMENT = () =>
  new Intl.DateTimeFormat(DATE_LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Every step the period took, oldest first: when, from and to which status, who, and why (a reopening). */
const HistoryField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const history = (record?.history ?? []) as Transition[];
  if (history.length === 0) return <Typography variant="body2">{translate('resources.appraisalPeriods.history.empty')}</Typography>;
  return (
    <Table size="small" aria-label={translate('resources.appraisalPeriods.fields.history')} data-testid="period-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.appraisalPeriods.history.occurredAt')}</TableCell>
          <TableCell>{translate('resources.appraisalPeriods.history.step')}</TableCell>
          <TableCell>{translate('resources.appraisalPeriods.history.actor')}</TableCell>
          <TableCell>{translate('resources.appraisalPeriods.history.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.map((transition) => (
          <TableRow key={transition.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{MOMENT().format(new Date(transition.occurredAt))}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {translate(statusLabel(transition.fromStatus))} → {translate(statusLabel(transition.toStatus))}
            </TableCell>
            <TableCell>{transition.actorName}</TableCell>
            <TableCell>{transition.reason ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The sub-periods of an annual period, in order, each a link with its dates and status. */
const ChildrenField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const children = (record?.children ?? []) as SubPeriod[];
  if (children.length === 0) return <Typography variant="body2">{translate('resources.appraisalPeriods.show.noChildren')}</Typography>;
  return (
    <Table size="small" aria-label={translate('resources.appraisalPeriods.fields.children')} data-testid="period-children">
      <TableBody>
        {children.map((child) => (
          <TableRow key={child.id}>
            <TableCell>
              <RecordLink resource="appraisalPeriods" id={child.id}>
                {child.name}
              </RecordLink>
            </TableCell>
            <TableCell>{translate(typeLabel(child.type))}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {day(child.startDate)} – {day(child.endDate)}
            </TableCell>
            <TableCell>
              <StatusChip status={child.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The template revisions the period adopted when planning started. */
const TemplatesField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const templates = (record?.templates ?? []) as { id: Identifier; name: string; revision: number }[];
  if (templates.length === 0) return <Typography variant="body2">{translate('resources.appraisalPeriods.show.noTemplates')}</Typography>;
  return (
    <Stack spacing={0.5}>
      {templates.map((template) => (
        <RecordLink key={template.id} resource="criteriaTemplates" id={template.id}>
          {`${template.name} (rev. ${template.revision})`}
        </RecordLink>
      ))}
    </Stack>
  );
};

/** The scoring scheme with its revision, a link. */
const SchemeField = (_props: FieldProps) => {
  const record = useRecordContext();
  const scheme = record?.scoringScheme as { id: Identifier; name: string; revision: number } | undefined;
  if (!scheme) return null;
  return (
    <RecordLink resource="scoringSchemes" id={scheme.id}>
      {`${scheme.name} (rev. ${scheme.revision})`}
    </RecordLink>
  );
};

/** Edit while open (editors); sub-periods for an annual period. Steps and reopening are in the lifecycle panel. */
const AppraisalPeriodShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <GenerateSubPeriodsButton />
      {can(permissions, 'configuration.manage') && record && isPeriodOpen(record.status) ? <EditButton /> : null}
    </TopToolbar>
  );
};

export const AppraisalPeriodShow = () => (
  <Show actions={<AppraisalPeriodShowActions />} queryOptions={{ meta: { fields: PERIOD_SHOW_FIELDS } }}>
    <PeriodLifecyclePanel />
    <PeriodPlansPanel />
    <PeriodResultsPanel />
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="type" choices={typeChoices} />
      <ReferenceField source="agencyId" reference="agencies" link="show">
        <TextField source="name" />
      </ReferenceField>
      <CalendarDateField source="startDate" />
      <CalendarDateField source="endDate" />
      <CalendarDateField source="planDueDate" emptyText="—" />
      <CalendarDateField source="evaluationDueDate" emptyText="—" />
      <NestedLinkField source="parent" reference="appraisalPeriods" label="resources.appraisalPeriods.fields.parentId" />
      <SchemeField source="scoringScheme" label="resources.appraisalPeriods.fields.scoringSchemeId" />
      <TemplatesField source="templates" />
      <ChildrenField source="children" />
      <HistoryField source="history" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
