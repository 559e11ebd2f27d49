import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Loading, Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { formatDay, formatDecimal } from '../common/format';
import type { KinerjaDataProvider } from '../dataProvider';
import type { MyHome, MyHomePlan, MyHomeReport } from '../dataProvider/home-methods';
import { AcknowledgeButton, ObjectButton } from '../resources/performancePlans/evaluation-actions';
import type { EvaluationRecord } from '../resources/performancePlans/evaluation-section';
import { EVALUATION_STATUS_COLORS, evaluationStatusLabel, type EvaluationStatus } from '../resources/performancePlans/evaluation-rules';
import { predicateLabel } from '../resources/scoringSchemes/scoring-scheme-choices';
import { useMoneyFormat } from '../resources/allowanceSheets/money';
import { useCurrentActor } from '../resources/performancePlans/use-current-actor';
import { currentPlan, latestEvaluation, previousMonth, targetProgress, todayInIndonesia, visibleAllowance, weekStart } from './home-rules';

const REPORT_COLORS: Record<string, 'default' | 'success' | 'warning'> = { SUBMITTED: 'default', APPROVED: 'success', RETURNED: 'warning' };
const showPath = (resource: string, id: string) => `/${resource}/${encodeURIComponent(id)}/show`;

/** One panel of a home: a heading, its content and an optional link to the full list. */
export const HomePanel = ({
  id,
  title,
  link,
  linkLabel,
  children,
}: {
  id: string;
  title: string;
  link?: string;
  linkLabel?: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card data-testid={`home-${id}`} sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
      {link ? (
        <CardActions sx={{ px: 2, pb: 2 }}>
          <Button size="small" component={Link} to={link}>
            {translate(linkLabel ?? 'app.home.seeAll')}
          </Button>
        </CardActions>
      ) : null}
    </Card>
  );
};

export const HomeGrid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
    {children}
  </Box>
);

const Muted = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary">
    {children}
  </Typography>
);

const ReportItems = ({ reports }: { reports: readonly MyHomeReport[] }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {reports.map((report) => (
        <ListItem
          key={report.id}
          disableGutters
          data-testid="home-report"
          secondaryAction={
            <Chip
              size="small"
              color={REPORT_COLORS[report.status] ?? 'default'}
              label={translate(`resources.workReports.statuses.${report.status}`)}
            />
          }
        >
          <ListItemText
            primary={
              <Link to={showPath('workReports', report.id)} sx={{ overflowWrap: 'anywhere' }}>
                {report.activity}
              </Link>
            }
            secondary={`${formatDay(report.date)} · ${translate('app.home.reports.hours', { hours: formatDecimal(report.hours) })}${
              report.status === 'RETURNED' && report.reviewComment ? ` · ${report.reviewComment}` : ''
            }`}
            sx={{ pr: 12 }}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** Today's reports and the rest of the week's, with their status; the week's hours in total. */
const ReportsPanel = ({ home, today }: { home: MyHome; today: string }) => {
  const translate = useTranslate();
  const reports = home.reports.nodes;
  const todays = reports.filter((report) => report.date === today);
  const earlier = reports.filter((report) => report.date !== today);
  const hours = reports.reduce((sum, report) => sum + report.hours, 0);
  return (
    <HomePanel id="reports" title="app.home.reports.title" link="/workReports">
      <Typography variant="body2" data-testid="home-week-summary">
        {translate('app.home.reports.week', { smart_count: reports.length, hours: formatDecimal(hours) })}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('app.home.reports.today')}
      </Typography>
      {todays.length === 0 ? <Muted>{translate('app.home.reports.noneToday')}</Muted> : <ReportItems reports={todays} />}
      {earlier.length ? (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('app.home.reports.earlier')}
          </Typography>
          <ReportItems reports={earlier.slice(0, 6)} />
        </>
      ) : null}
    </HomePanel>
  );
};

/** The targets of the current plan with how far each is reached. */
const TargetsPanel = ({ plan }: { plan: MyHomePlan | null }) => {
  const translate = useTranslate();
  if (!plan)
    return (
      <HomePanel id="targets" title="app.home.targets.title" link="/performancePlans">
        <Muted>{translate('app.home.targets.noPlan')}</Muted>
      </HomePanel>
    );
  return (
    <HomePanel id="targets" title="app.home.targets.title" link={showPath('performancePlans', plan.id)} linkLabel="app.home.targets.open">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {plan.period.name} · {translate(`resources.performancePlans.statuses.${plan.status}`)}
      </Typography>
      {plan.targets.length === 0 ? <Muted>{translate('app.home.targets.none')}</Muted> : null}
      <Stack spacing={1.5}>
        {plan.targets.map((target) => {
          const progress = targetProgress(target);
          return (
            <Box key={target.id} data-testid="home-target">
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {target.indicator.code} — {target.indicator.name}
              </Typography>
              {progress === null ? (
                <Muted>{translate('app.home.targets.noValue', { target: formatDecimal(target.target) || '—' })}</Muted>
              ) : (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <LinearProgress variant="determinate" value={progress} sx={{ flexGrow: 1, height: 8, borderRadius: 4 }} />
                  <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>
                    {translate('app.home.targets.progress', {
                      value: formatDecimal(target.periodValue),
                      target: formatDecimal(target.target),
                      percent: progress,
                    })}
                  </Typography>
                </Stack>
              )}
            </Box>
          );
        })}
      </Stack>
    </HomePanel>
  );
};

/** Feedback received on the plans, newest first. */
const FeedbackPanel = ({ plans }: { plans: readonly MyHomePlan[] }) => {
  const translate = useTranslate();
  const items = plans
    .flatMap((plan) => plan.feedback)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, 5);
  return (
    <HomePanel id="feedback" title="app.home.feedback.title">
      {items.length === 0 ? <Muted>{translate('app.home.feedback.none')}</Muted> : null}
      <List dense disablePadding>
        {items.map((item) => (
          <ListItem key={item.id} disableGutters data-testid="home-feedback-item">
            <ListItemText
              primary={<span style={{ overflowWrap: 'anywhere' }}>{item.text}</span>}
              secondary={`${translate(`resources.performancePlans.feedback.types.${item.type}`)} · ${item.authorName} · ${formatDay(
                item.createdAt.slice(0, 10),
              )}`}
            />
          </ListItem>
        ))}
      </List>
    </HomePanel>
  );
};

/** The latest evaluation: its result, status and deadline, with "Terima" and "Ajukan keberatan" while it may be answered. */
export const EvaluationPanel = ({ plans, today }: { plans: readonly MyHomePlan[]; today: string }) => {
  const translate = useTranslate();
  const plan = latestEvaluation(plans);
  const evaluation = plan?.evaluation;
  if (!plan || !evaluation)
    return (
      <HomePanel id="evaluation" title="app.home.evaluation.title">
        <Muted>{translate('app.home.evaluation.none')}</Muted>
      </HomePanel>
    );
  const deadline = evaluation.objectionDeadline;
  const open = evaluation.status === 'CONFIRMED' && plan.period.status !== 'CLOSED';
  const beforeDeadline = !deadline || today <= deadline;
  const record = evaluation as unknown as EvaluationRecord;
  return (
    <HomePanel
      id="evaluation"
      title="app.home.evaluation.title"
      link={showPath('performancePlans', plan.id)}
      linkLabel="app.home.evaluation.open"
    >
      <Stack spacing={1}>
        <Typography variant="body2">{plan.period.name}</Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Chip
            size="small"
            color={EVALUATION_STATUS_COLORS[evaluation.status as EvaluationStatus] ?? 'default'}
            label={translate(evaluationStatusLabel(evaluation.status))}
            data-testid="home-evaluation-status"
          />
          {evaluation.predicate ? <Chip size="small" variant="outlined" label={translate(predicateLabel(evaluation.predicate))} /> : null}
          {evaluation.score !== null ? (
            <Typography variant="body2">{translate('app.home.evaluation.score', { score: formatDecimal(evaluation.score) })}</Typography>
          ) : null}
        </Stack>
        {open && deadline ? (
          <Alert severity={beforeDeadline ? 'info' : 'warning'} data-testid="home-evaluation-deadline">
            {translate(beforeDeadline ? 'app.home.evaluation.deadline' : 'app.home.evaluation.deadlinePassed', {
              deadline: formatDay(deadline),
            })}
          </Alert>
        ) : null}
        {evaluation.objectionReason ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate('app.home.evaluation.objection', { reason: evaluation.objectionReason })}
          </Typography>
        ) : null}
        {evaluation.decision ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate(`resources.performancePlans.evaluation.decisions.${evaluation.decision}`)}
            {evaluation.decisionNote ? `: ${evaluation.decisionNote}` : ''}
          </Typography>
        ) : null}
        {open ? (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <AcknowledgeButton evaluation={record} />
            {beforeDeadline ? <ObjectButton evaluation={record} /> : null}
          </Stack>
        ) : null}
      </Stack>
    </HomePanel>
  );
};

/** Last month's allowance, once its sheet is verified: a draft's amounts may still change. */
const AllowancePanel = ({ home, month }: { home: MyHome; month: string }) => {
  const translate = useTranslate();
  const { rupiah } = useMoneyFormat();
  const rows = visibleAllowance(home.allowance);
  const net = rows.reduce((sum, row) => sum + row.net, 0);
  return (
    <HomePanel id="allowance" title="app.home.allowance.title" link="/myAllowance" linkLabel="app.home.allowance.open">
      <Typography variant="body2" color="text.secondary">
        {translate('app.home.allowance.month', { month: formatDay(`${month}-01`).replace(/^1 /, '') })}
      </Typography>
      {rows.length ? (
        <Typography variant="h5" component="p" data-testid="home-allowance-net" sx={{ overflowWrap: 'anywhere' }}>
          {rupiah(net)}
        </Typography>
      ) : (
        <Muted>{translate(home.allowance.length ? 'app.home.allowance.notVerified' : 'app.home.allowance.none')}</Muted>
      )}
    </HomePanel>
  );
};

/** The year's competence development hours (JP) against the requirement, and the enrolments. */
const TrainingPanel = ({ home }: { home: MyHome }) => {
  const translate = useTranslate();
  const hours = home.trainingHours;
  const percent = hours.requiredJp ? Math.min(100, Math.round((hours.totalJp / hours.requiredJp) * 100)) : 100;
  return (
    <HomePanel id="training" title="app.home.training.title" link="/trainingSessions">
      <Typography variant="body2" data-testid="home-training-jp">
        {translate('app.home.training.jp', { total: hours.totalJp, required: hours.requiredJp })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={hours.compliant ? 'success' : 'primary'}
        sx={{ my: 1, height: 8, borderRadius: 4 }}
      />
      {hours.enrollments.length === 0 ? <Muted>{translate('app.home.training.none')}</Muted> : null}
      <List dense disablePadding>
        {hours.enrollments.slice(0, 5).map((enrollment) => (
          <ListItem key={enrollment.id} disableGutters>
            <ListItemText
              primary={<span style={{ overflowWrap: 'anywhere' }}>{enrollment.session.program.title}</span>}
              secondary={`${formatDay(enrollment.session.startDate)} · ${translate(
                `resources.trainingSessions.enrollmentStatuses.${enrollment.status}`,
              )}${enrollment.jpEarned ? ` · ${enrollment.jpEarned} JP` : ''}`}
            />
          </ListItem>
        ))}
      </List>
    </HomePanel>
  );
};

/** The data of "Kinerja saya", one request (home-methods.ts). */
export const useMyHome = (employeeId: string | null | undefined) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const today = todayInIndonesia();
  const month = previousMonth(today);
  const query = useQuery({
    queryKey: ['myHome', employeeId, today],
    queryFn: async () => (await dataProvider.getMyHome(employeeId!, weekStart(today), Number(today.slice(0, 4)), month)).data,
    enabled: Boolean(employeeId),
  });
  return { ...query, today, month };
};

/** The greeting every home opens with, and the quick action to file today's report. */
export const HomeHeader = ({ intro, withReport }: { intro: string; withReport: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {translate(intro)}
        </Typography>
      </CardContent>
      {withReport ? (
        <CardActions sx={{ px: 2, pb: 2 }}>
          <Button variant="contained" component={Link} to="/workReports/create" startIcon={<AddIcon />} data-testid="home-file-report">
            {translate('app.home.fileReport')}
          </Button>
        </CardActions>
      ) : null}
    </Card>
  );
};

/** The panels about the signed-in employee's own work. */
export const MyWork = ({ employeeId }: { employeeId: string }) => {
  const translate = useTranslate();
  const { data, error, isPending, today, month } = useMyHome(employeeId);
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{(error as Error).message || translate('app.home.error')}</Alert>;
  return (
    <HomeGrid>
      <ReportsPanel home={data} today={today} />
      <EvaluationPanel plans={data.plans.nodes} today={today} />
      <TargetsPanel plan={currentPlan(data.plans.nodes, today)} />
      <FeedbackPanel plans={data.plans.nodes} />
      <AllowancePanel home={data} month={month} />
      <TrainingPanel home={data} />
    </HomeGrid>
  );
};

/** Kinerja saya: the employee's home. */
export const MyHomePage = () => {
  const translate = useTranslate();
  const actor = useCurrentActor();
  return (
    <Box sx={{ pb: 4 }} data-testid="my-home">
      <Title title={translate('app.home.title')} />
      <HomeHeader intro="app.home.intro" withReport={Boolean(actor?.employeeId)} />
      {!actor ? (
        <Loading />
      ) : actor.employeeId ? (
        <MyWork employeeId={actor.employeeId} />
      ) : (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('app.home.noEmployee')}
        </Alert>
      )}
    </Box>
  );
};

/** Evaluasi saya (/myEvaluation): the latest evaluation with its actions. */
export const MyEvaluationPage = () => {
  const translate = useTranslate();
  const actor = useCurrentActor();
  const { data, isPending, error, today } = useMyHome(actor?.employeeId);
  return (
    <Box sx={{ pb: 4, mt: 2 }} data-testid="my-evaluation">
      <Title title={translate('app.home.evaluation.menu')} />
      {!actor || (actor.employeeId && isPending) ? (
        <Loading />
      ) : !actor.employeeId ? (
        <Alert severity="info">{translate('app.home.noEmployee')}</Alert>
      ) : error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : (
        <EvaluationPanel plans={data?.plans.nodes ?? []} today={today} />
      )}
    </Box>
  );
};
