import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button, Checkbox, Chip, FormControlLabel, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, Loading, maxLength, minLength, required, TextInput, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../access';
import { FormDialog } from '../common/form-dialog';
import { formatDay, formatDecimal } from '../common/format';
import type { KinerjaDataProvider } from '../dataProvider';
import type { TeamHome, TeamQueueReport } from '../dataProvider/home-methods';
import { DecideButton } from '../resources/performancePlans/evaluation-actions';
import type { EvaluationRecord } from '../resources/performancePlans/evaluation-section';
import { predicateLabel } from '../resources/scoringSchemes/scoring-scheme-choices';
import { useCurrentActor } from '../resources/performancePlans/use-current-actor';
import { HomeGrid, HomeHeader, HomePanel, MyWork } from './my-home';
import { filterQueue, objectionsToDecide, queuePeople, type QueueFilter } from './home-rules';

const validateReturn = [required(), minLength(3), maxLength(2000)];
const showPath = (resource: string, id: string) => `/${resource}/${encodeURIComponent(id)}/show`;

/** One queued report as a card: fits a phone, selectable for the bulk actions. */
const QueuedReport = ({ report, selected, onToggle }: { report: TeamQueueReport; selected: boolean; onToggle: () => void }) => {
  const translate = useTranslate();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, display: 'flex', gap: 1, alignItems: 'flex-start', minWidth: 0 }}
      data-testid="home-queued-report"
    >
      <Checkbox
        checked={selected}
        onChange={onToggle}
        slotProps={{ input: { 'aria-label': translate('app.home.queue.select', { name: report.employee.fullName }) } }}
        sx={{ mt: -0.5 }}
      />
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Typography variant="subtitle2">
          {report.employee.fullName} · {formatDay(report.date)} ·{' '}
          {translate('app.home.reports.hours', { hours: formatDecimal(report.hours) })}
        </Typography>
        <Link to={showPath('workReports', report.id)} sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {report.activity}
        </Link>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {report.output}
        </Typography>
        {report.target ? (
          <Typography variant="caption" color="text.secondary">
            {report.target.indicator.code} — {report.target.indicator.name}
          </Typography>
        ) : null}
      </Box>
    </Paper>
  );
};

/** The queue of reports waiting for the supervisor, filtered by person and days, approved or returned several at once. */
const QueuePanel = ({ home, onChanged }: { home: TeamHome; onChanged: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [filter, setFilter] = useState<QueueFilter>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const all = home.queue.nodes;
  const people = useMemo(() => queuePeople(all), [all]);
  const shown = filterQueue(all, filter);
  const chosen = shown.filter((report) => selected.has(report.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChosen = shown.length > 0 && chosen.length === shown.length;

  // One step per report (the API has no bulk step); each refusal is counted, the rest go through.
  const run = async (step: (report: TeamQueueReport) => Promise<unknown>, done: string) => {
    setBusy(true);
    let failed = 0;
    let lastError = '';
    for (const report of chosen) {
      try {
        await step(report);
      } catch (error) {
        failed += 1;
        lastError = error instanceof Error ? error.message : '';
      }
    }
    setBusy(false);
    setSelected(new Set());
    const succeeded = chosen.length - failed;
    if (succeeded) notify(done, { type: 'success', messageArgs: { smart_count: succeeded } });
    if (failed) notify('app.home.queue.failed', { type: 'error', messageArgs: { smart_count: failed, message: lastError } });
    await onChanged();
  };

  return (
    <HomePanel id="queue" title="app.home.queue.title" link="/workReports/queue" linkLabel="app.home.queue.open">
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="home-queue-count">
        {translate('app.home.queue.count', { smart_count: home.queue.totalCount })}
      </Typography>
      {all.length ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }}>
          <TextField
            select
            size="small"
            label={translate('app.home.queue.person')}
            value={filter.employeeId ?? ''}
            onChange={(event) => setFilter({ ...filter, employeeId: event.target.value || null })}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate('app.home.queue.everyone')}</MenuItem>
            {people.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            size="small"
            label={translate('resources.workReports.filters.from')}
            value={filter.from ?? ''}
            onChange={(event) => setFilter({ ...filter, from: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'home-queue-from' } }}
          />
          <TextField
            type="date"
            size="small"
            label={translate('resources.workReports.filters.to')}
            value={filter.to ?? ''}
            onChange={(event) => setFilter({ ...filter, to: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'home-queue-to' } }}
          />
        </Stack>
      ) : null}
      {all.length === 0 ? <Alert severity="success">{translate('resources.workReports.queue.empty')}</Alert> : null}
      {shown.length ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <FormControlLabel
            control={
              <Checkbox
                checked={allChosen}
                indeterminate={chosen.length > 0 && !allChosen}
                onChange={() => setSelected(allChosen ? new Set() : new Set(shown.map((report) => report.id)))}
                slotProps={{ input: { 'data-testid': 'home-queue-all' } as object }}
              />
            }
            label={translate('app.home.queue.selectAll', { count: shown.length })}
          />
          <Button
            variant="contained"
            color="success"
            startIcon={<TaskAltIcon />}
            disabled={busy || chosen.length === 0}
            onClick={() => void run((report) => dataProvider.approveWorkReport(report.id, report.version, null), 'app.home.queue.approved')}
            data-testid="home-queue-approve"
          >
            {translate('app.home.queue.approve', { count: chosen.length })}
          </Button>
          <Button
            variant="outlined"
            color="warning"
            startIcon={<UndoIcon />}
            disabled={busy || chosen.length === 0}
            onClick={() => setReturning(true)}
            data-testid="home-queue-return"
          >
            {translate('app.home.queue.return', { count: chosen.length })}
          </Button>
        </Stack>
      ) : null}
      <Stack spacing={1}>
        {shown.map((report) => (
          <QueuedReport key={report.id} report={report} selected={selected.has(report.id)} onToggle={() => toggle(report.id)} />
        ))}
      </Stack>
      <FormDialog
        open={returning}
        onClose={() => setReturning(false)}
        title="app.home.queue.returnTitle"
        description="app.home.queue.returnDescription"
        messageArgs={{ smart_count: chosen.length }}
        submitLabel="resources.workReports.return.action"
        submitIcon={<UndoIcon />}
        onSubmit={async (values) => {
          const comment = String(values.text ?? '').trim();
          setReturning(false);
          await run((report) => dataProvider.returnWorkReport(report.id, report.version, comment), 'app.home.queue.returned');
        }}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <TextInput source="text" label="resources.workReports.return.text" validate={validateReturn} multiline minRows={3} fullWidth />
      </FormDialog>
    </HomePanel>
  );
};

/** Plans waiting for the supervisor's approval, and the objections they decide. */
const DecisionsPanel = ({ home, employeeId }: { home: TeamHome; employeeId: string }) => {
  const translate = useTranslate();
  const objections = objectionsToDecide(home.evaluated.nodes, employeeId);
  return (
    <HomePanel id="decisions" title="app.home.decisions.title">
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="body2" data-testid="home-plans-waiting">
            {translate('app.home.decisions.plansWaiting', { smart_count: home.plansWaiting.totalCount })}
          </Typography>
          {home.plansWaiting.totalCount ? (
            <Button size="small" component={Link} to="/performancePlans/approvals">
              {translate('app.home.decisions.openApprovals')}
            </Button>
          ) : null}
        </Stack>
        <Typography variant="subtitle2">{translate('app.home.decisions.objections', { count: objections.length })}</Typography>
        {objections.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.home.decisions.noObjections')}
          </Typography>
        ) : null}
        {objections.map((plan) => (
          <Paper key={plan.id} variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid="home-objection">
            <Typography variant="subtitle2">
              <Link to={showPath('performancePlans', plan.id)}>{plan.employee.fullName}</Link> · {plan.period.name}
            </Typography>
            {plan.evaluation?.predicate ? (
              <Chip size="small" label={translate(predicateLabel(plan.evaluation.predicate))} sx={{ my: 0.5 }} />
            ) : null}
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere', mb: 1 }}>
              {translate('app.home.evaluation.objection', { reason: plan.evaluation?.objectionReason ?? '' })}
            </Typography>
            <DecideButton evaluation={plan.evaluation as unknown as EvaluationRecord} />
          </Paper>
        ))}
      </Stack>
    </HomePanel>
  );
};

/** The supervisor's home: their team's queue and decisions, then their own work. */
export const TeamHomePage = () => {
  const translate = useTranslate();
  const actor = useCurrentActor();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const queryClient = useQueryClient();
  const employeeId = actor?.employeeId ?? null;
  const canSeeFigures = useCan('analytics.read');
  const team = useQuery({
    queryKey: ['teamHome', employeeId],
    queryFn: async () => (await dataProvider.getTeamHome(employeeId!)).data,
    enabled: Boolean(employeeId),
  });
  return (
    <Box sx={{ pb: 4 }} data-testid="team-home">
      <Title title={translate('app.home.teamTitle')} />
      <HomeHeader intro="app.home.teamIntro" withReport={Boolean(employeeId)} />
      {!actor ? (
        <Loading />
      ) : !employeeId ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('app.home.noEmployee')}
        </Alert>
      ) : team.isPending ? (
        <Loading />
      ) : team.error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {(team.error as Error).message}
        </Alert>
      ) : (
        <HomeGrid>
          <QueuePanel
            home={team.data}
            onChanged={() => Promise.all([team.refetch(), queryClient.invalidateQueries({ queryKey: ['workReports'] })])}
          />
          <DecisionsPanel home={team.data} employeeId={employeeId} />
          {canSeeFigures ? (
            <HomePanel id="progress" title="app.home.progress.title" link="/teamDashboard" linkLabel="app.home.progress.open">
              <Typography variant="body2" color="text.secondary">
                {translate('app.home.progress.text')}
              </Typography>
            </HomePanel>
          ) : null}
        </HomeGrid>
      )}
      {employeeId ? (
        <>
          <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
            {translate('app.home.title')}
          </Typography>
          <MyWork employeeId={employeeId} />
        </>
      ) : null}
    </Box>
  );
};
