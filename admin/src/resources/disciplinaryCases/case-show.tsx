import { Alert, Box, Card, CardContent, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DateField,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CalendarDateField } from '../../common/calendar-date-field';
import { NestedLinkField } from '../../common/record-link';
import { DATE_LOCALE } from '../../i18n';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { formatDay } from '../../common/format';
import { CaseStepButton } from './case-actions';
import { CaseStatusField, SanctionField } from './case-fields';
import { caseStepper, caseSteps } from './case-rules';

/** The employee, the sanction and the one an appeal replaced, with the case (build-query.ts `meta.fields`). */
export const CASE_SHOW_FIELDS =
  'employee { id fullName nipFormatted } sanctionType { id code name level durationMonths permanent } ' +
  'originalSanctionType { id code name level }';

const CaseShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const actor = useCurrentActor();
  if (!record) return <TopToolbar />;
  const steps = caseSteps(
    { status: String(record.status), employeeId: record.employeeId, appealKind: record.appealKind, appealOutcome: record.appealOutcome },
    permissions,
    actor?.employeeId,
  );
  return (
    <TopToolbar>
      {steps.map((step) => (
        <CaseStepButton key={step} step={step} record={record} />
      ))}
    </TopToolbar>
  );
};

/** PROPOSED -> EXAMINED -> DECIDED -> ACTIVE -> COMPLETED, or REVOKED / ANNULLED after a remedy. */
const CaseStepper = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const { steps, active } = caseStepper(String(record.status));
  return (
    <Stepper activeStep={active} alternativeLabel sx={{ my: 2 }} data-testid="case-stepper" data-status={String(record.status)}>
      {steps.map((step) => (
        <Step key={step.status} completed={step.done}>
          <StepLabel error={step.failed}>{translate(`resources.disciplinaryCases.statuses.${step.status}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        <Stack spacing={1}>{children}</Stack>
      </CardContent>
    </Card>
  );
};

const row = { flexWrap: 'wrap', gap: 4 } as const;

/** Where the sanction stands in time: in force from, until (or for good). */
const InForceNotice = ({ record }: { record: RaRecord }) => {
  const translate = useTranslate();
  if (!record.effectiveFrom) return null;
  const key = record.endDate ? 'resources.disciplinaryCases.show.inForce' : 'resources.disciplinaryCases.show.inForcePermanent';
  return (
    <Alert severity={record.status === 'ACTIVE' ? 'warning' : 'info'} data-testid="case-in-force">
      {translate(key, { effectiveFrom: formatDay(record.effectiveFrom), endDate: formatDay(record.endDate) })}
    </Alert>
  );
};

const CaseDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const examiners = (record.examiners as string[] | undefined) ?? [];
  return (
    <Box>
      <Stack direction="row" sx={{ ...row, alignItems: 'flex-start' }}>
        <Labeled label="resources.disciplinaryCases.fields.employee">
          <NestedLinkField source="employee" reference="employees" text="fullName" />
        </Labeled>
        <Labeled source="status">
          <CaseStatusField />
        </Labeled>
      </Stack>
      <CaseStepper />
      <Section title="resources.disciplinaryCases.show.violation">
        <Stack direction="row" sx={row}>
          <Labeled source="violationDate">
            <CalendarDateField source="violationDate" />
          </Labeled>
          <Labeled source="article">
            <TextField source="article" />
          </Labeled>
          <Labeled source="proposedBy">
            <TextField source="proposedBy" />
          </Labeled>
          <Labeled source="proposedAt">
            <DateField source="proposedAt" showTime locales={DATE_LOCALE} />
          </Labeled>
        </Stack>
        <Labeled source="violation">
          <TextField source="violation" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      </Section>
      {record.examinedOn ? (
        <Section title="resources.disciplinaryCases.show.examination">
          <Stack direction="row" sx={row}>
            <Labeled source="examinedOn">
              <CalendarDateField source="examinedOn" />
            </Labeled>
            <Labeled source="examiners">
              <Typography variant="body2">{examiners.join(', ')}</Typography>
            </Labeled>
          </Stack>
          <Labeled source="examinationRecord">
            <TextField source="examinationRecord" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
        </Section>
      ) : null}
      {record.sanctionType ? (
        <Section title="resources.disciplinaryCases.show.decision" testId="case-decision">
          <InForceNotice record={record} />
          <Stack direction="row" sx={row}>
            <Labeled source="sanctionType">
              <SanctionField />
            </Labeled>
            <Labeled source="decreeNumber">
              <TextField source="decreeNumber" />
            </Labeled>
            <Labeled source="decreeDate">
              <CalendarDateField source="decreeDate" />
            </Labeled>
            <Labeled source="effectiveFrom">
              <CalendarDateField source="effectiveFrom" />
            </Labeled>
            <Labeled source="endDate">
              <CalendarDateField source="endDate" emptyText="resources.disciplinaryCases.show.permanent" />
            </Labeled>
            <Labeled source="decidedBy">
              <TextField source="decidedBy" emptyText="—" />
            </Labeled>
          </Stack>
          {record.originalSanctionType ? (
            <Labeled source="originalSanctionType">
              <SanctionField source="originalSanctionType" />
            </Labeled>
          ) : null}
        </Section>
      ) : null}
      {record.appealKind ? (
        <Section title={`resources.disciplinaryCases.appealKinds.${String(record.appealKind)}`} testId="case-appeal">
          <Stack direction="row" sx={row}>
            <Labeled source="appealFiledOn">
              <CalendarDateField source="appealFiledOn" />
            </Labeled>
            <Labeled source="appealOutcome">
              <Typography variant="body2">
                {record.appealOutcome
                  ? translate(`resources.disciplinaryCases.appealOutcomes.${String(record.appealOutcome)}`)
                  : translate('resources.disciplinaryCases.show.appealPending')}
              </Typography>
            </Labeled>
            <Labeled source="appealDecidedOn">
              <CalendarDateField source="appealDecidedOn" emptyText="—" />
            </Labeled>
          </Stack>
          <Labeled source="appealReason">
            <TextField source="appealReason" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
          {record.appealNote ? (
            <Labeled source="appealNote">
              <TextField source="appealNote" sx={{ whiteSpace: 'pre-wrap' }} />
            </Labeled>
          ) : null}
        </Section>
      ) : null}
    </Box>
  );
};

/** A case: the employee, the stepper, the violation, the examination, the decree and any objection or appeal, with the steps it offers. */
export const DisciplinaryCaseShow = () => (
  <Show actions={<CaseShowActions />} queryOptions={{ meta: { fields: CASE_SHOW_FIELDS } }}>
    <Box sx={{ p: 2 }}>
      <CaseDetails />
    </Box>
  </Show>
);
