import { can } from '../../access';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  AutocompleteInput,
  Form,
  Loading,
  ReferenceInput,
  SelectInput,
  Title,
  useDataProvider,
  useGetList,
  useGetOne,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RecordLink } from '../../common/record-link';
import type { FollowUpDecisionRow, FollowUpRecommendationRow, KinerjaDataProvider } from '../../dataProvider';
import { StatusChip } from '../appraisalPeriods/period-fields';
import { ActionChip } from '../followUpRules/follow-up-rule-pages';
import { actionChoices } from '../followUpRules/follow-up-rules';
import { predicateLabel } from '../scoringSchemes/scoring-scheme-choices';
import { ActButton, DismissButton } from './recommendation-dialogs';
import { DATE_LOCALE } from '../../i18n';

const MOMENT = () =>
  new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Moves to the page of the period chosen (and the action), whenever the pickers change. */
const PickerWatcher = ({ periodId, action }: { periodId: string | undefined; action: string | null }) => {
  const navigate = useNavigate();
  const chosenPeriod = useWatch({ name: 'periodId' }) as string | undefined;
  const chosenAction = (useWatch({ name: 'action' }) as string | undefined) || null;
  useEffect(() => {
    if (!chosenPeriod || (chosenPeriod === periodId && chosenAction === action)) return;
    void navigate(`/followUps/${encodeURIComponent(chosenPeriod)}${chosenAction ? `?action=${chosenAction}` : ''}`);
  }, [chosenPeriod, chosenAction, periodId, action, navigate]);
  return null;
};

const Pickers = ({ periodId, action }: { periodId: string | undefined; action: string | null }) => (
  <Form record={{ periodId, action }}>
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <ReferenceInput
        source="periodId"
        reference="appraisalPeriods"
        filter={{ status: 'CLOSED' }}
        sort={{ field: 'endDate', order: 'DESC' }}
      >
        <AutocompleteInput
          label="resources.followUps.period"
          helperText="resources.followUps.periodHelper"
          sx={{ minWidth: 320 }}
          disableClearable
        />
      </ReferenceInput>
      <SelectInput source="action" label="resources.followUps.action" choices={actionChoices} emptyText="resources.followUps.allActions" />
    </Stack>
    <PickerWatcher periodId={periodId} action={action} />
  </Form>
);

/** The predicates the rule looked at, newest first. */
const History = ({ predicates }: { predicates: readonly string[] }) => {
  const translate = useTranslate();
  return <>{predicates.map((predicate) => translate(predicateLabel(predicate))).join(' ← ')}</>;
};

const RecommendationsTable = ({
  period,
  rows,
  decides,
}: {
  period: { id: string; endDate: string };
  rows: FollowUpRecommendationRow[];
  decides: boolean;
}) => {
  const translate = useTranslate();
  const column = (name: string) => translate(`resources.followUps.columns.${name}`);
  if (rows.length === 0)
    return (
      <Alert severity="info" data-testid="follow-up-empty">
        {translate('resources.followUps.empty')}
      </Alert>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="follow-up-recommendations">
        <TableHead>
          <TableRow>
            <TableCell>{column('employee')}</TableCell>
            <TableCell>{column('action')}</TableCell>
            <TableCell>{column('predicates')}</TableCell>
            <TableCell>{column('reason')}</TableCell>
            <TableCell>{column('rule')}</TableCell>
            {decides ? <TableCell /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={`${row.employee.id}:${row.rule.id}`}
              data-testid="follow-up-recommendation"
              data-employee={row.employee.fullName}
              data-action={row.action}
            >
              <TableCell>
                <RecordLink resource="employees" id={row.employee.id}>
                  {row.employee.fullName}
                </RecordLink>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {row.employee.nipFormatted} · {row.employee.unit.name}
                </Typography>
              </TableCell>
              <TableCell>
                <ActionChip action={row.action} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <History predicates={row.predicates} />
              </TableCell>
              <TableCell>{row.reason}</TableCell>
              <TableCell>{row.rule.name}</TableCell>
              {decides ? (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <ActButton period={period} recommendation={row} />
                  <DismissButton period={period} recommendation={row} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The record a decision became, a link where the console has its page. */
const ResultLink = ({ decision }: { decision: FollowUpDecisionRow }) => {
  const translate = useTranslate();
  if (!decision.resultId) return <>—</>;
  if (decision.action === 'COACHING')
    return (
      <RecordLink resource="coachingPlans" id={decision.resultId}>
        {translate('resources.followUps.decisions.openPlan')}
      </RecordLink>
    );
  return <>{translate(`resources.followUps.decisions.results.${decision.action}`)}</>;
};

const DecisionsTable = ({ rows }: { rows: FollowUpDecisionRow[] }) => {
  const translate = useTranslate();
  const column = (name: string) => translate(`resources.followUps.decisions.columns.${name}`);
  if (rows.length === 0) return <Typography variant="body2">{translate('resources.followUps.decisions.empty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="follow-up-decisions">
        <TableHead>
          <TableRow>
            <TableCell>{column('employee')}</TableCell>
            <TableCell>{column('action')}</TableCell>
            <TableCell>{column('outcome')}</TableCell>
            <TableCell>{column('reason')}</TableCell>
            <TableCell>{column('rule')}</TableCell>
            <TableCell>{column('decidedBy')}</TableCell>
            <TableCell>{column('result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="follow-up-decision" data-employee={row.employee.fullName} data-outcome={row.outcome}>
              <TableCell>{row.employee.fullName}</TableCell>
              <TableCell>
                <ActionChip action={row.action} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={row.outcome === 'ACTED' ? 'success' : 'default'}
                  label={translate(`resources.followUps.outcomes.${row.outcome}`)}
                />
              </TableCell>
              <TableCell>{row.reason ?? '—'}</TableCell>
              <TableCell>{row.rule.name}</TableCell>
              <TableCell>
                {row.decidedBy}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {MOMENT().format(new Date(row.createdAt))}
                </Typography>
              </TableCell>
              <TableCell>
                <ResultLink decision={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * Tindak lanjut hasil penilaian: for a closed period (the latest closed one unless another is
 * chosen), what the agency's rules propose per employee, each acted on with one dialog or
 * dismissed with a reason (HR); below, the decisions already taken. /followUps/:periodId
 */
export const FollowUpQueue = () => {
  const { periodId: param } = useParams<{ periodId?: string }>();
  const [search] = useSearchParams();
  const action = search.get('action') || null;
  const periodId = param ? decodeURIComponent(param) : undefined;
  const navigate = useNavigate();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { permissions } = usePermissions();
  const latest = useGetList(
    'appraisalPeriods',
    { filter: { status: 'CLOSED' }, sort: { field: 'endDate', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: !periodId },
  );
  const latestId = latest.data?.[0]?.id;
  useEffect(() => {
    if (!periodId && latestId) void navigate(`/followUps/${encodeURIComponent(String(latestId))}`, { replace: true });
  }, [periodId, latestId, navigate]);
  const period = useGetOne('appraisalPeriods', { id: periodId! }, { enabled: !!periodId });
  const recommendations = useQuery({
    queryKey: ['followUpRecommendations', periodId, action],
    queryFn: async () => (await dataProvider.getFollowUpRecommendations(periodId!, action as never)).data,
    enabled: !!periodId,
    retry: false,
  });
  const decisions = useQuery({
    queryKey: ['followUpDecisions', periodId],
    queryFn: async () => (await dataProvider.getFollowUpDecisions(periodId!)).data,
    enabled: !!periodId,
    retry: false,
  });

  const header = (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
      <Typography variant="h6">{translate('resources.followUps.heading')}</Typography>
      {period.data ? (
        <>
          <RecordLink resource="appraisalPeriods" id={period.data.id}>
            {period.data.name}
          </RecordLink>
          <StatusChip status={String(period.data.status)} />
        </>
      ) : null}
    </Stack>
  );

  let body;
  if (!periodId) {
    body = latest.isPending ? <Loading /> : <Alert severity="info">{translate('resources.followUps.noClosedPeriod')}</Alert>;
  } else if (period.error) {
    body = <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  } else if (recommendations.error) {
    body = <Alert severity="warning">{(recommendations.error as Error).message}</Alert>;
  } else if (!recommendations.data || !period.data) {
    body = <Loading />;
  } else {
    body = (
      <RecommendationsTable
        period={{ id: String(period.data.id), endDate: String(period.data.endDate) }}
        rows={recommendations.data}
        decides={can(permissions, 'discipline.manage')}
      />
    );
  }

  return (
    <Box sx={{ mt: 2 }} data-testid="follow-up-queue">
      <Title title={translate('resources.followUps.title')} />
      <Card>
        <CardContent>
          {header}
          <Pickers key={`${periodId ?? ''}:${action ?? ''}`} periodId={periodId} action={action} />
          {body}
        </CardContent>
      </Card>
      {periodId ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Typography variant="h6" sx={{ mb: 1 }}>
              {translate('resources.followUps.decisions.title')}
            </Typography>
            {decisions.data ? <DecisionsTable rows={decisions.data} /> : decisions.error ? null : <Loading />}
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
};
