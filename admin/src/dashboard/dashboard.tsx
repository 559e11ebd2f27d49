import { can } from '../access';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, Loading, Title, useDataProvider, useGetIdentity, useGetList, useLocale, usePermissions, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip as ChartTooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DashboardFigures, DashboardTrend, KinerjaDataProvider } from '../dataProvider';
import { GRAPHIQL_URL } from '../layout/graphiql-link';
import { predicateLabel } from '../resources/scoringSchemes/scoring-scheme-choices';
import { useNavigate } from 'react-router';
import { getSessionUser } from '../session';
import { homeKindOf } from '../home/home-rules';
import { MyHomePage } from '../home/my-home';
import { TeamHomePage } from '../home/team-home';
import {
  defaultPeriod,
  formatDay,
  formatNumber,
  formatShare,
  disciplineLink,
  listLink,
  plansLink,
  trendPeriods,
  type PeriodOption,
} from './dashboard-rules';

/** Predicate colours, best to worst (the palette of the period's distribution chart). */
const PREDICATE_COLORS: Record<string, string> = {
  SANGAT_BAIK: '#2e7d32',
  BAIK: '#0288d1',
  BUTUH_PERBAIKAN: '#ed6c02',
  KURANG: '#d32f2f',
  SANGAT_KURANG: '#7b1fa2',
};
const CHART_HEIGHT = 240;
const todayInIndonesia = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** One panel: a title, the n it covers, its figures or chart, and a link to the list behind it. */
const Panel = ({ id, title, n, link, children }: { id: string; title: string; n: number; link?: string; children: ReactNode }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Card data-testid={`panel-${id}`} sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Stack direction="row" spacing={1} sx={{ mb: 1, justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6" component="h2">
            {translate(`app.dashboard.panels.${title}.title`)}
          </Typography>
          <Chip size="small" label={`n = ${formatNumber(locale, n)}`} data-testid={`panel-${id}-n`} />
        </Stack>
        {children}
      </CardContent>
      {link ? (
        <CardActions sx={{ px: 2, pb: 2 }}>
          <Button size="small" component={Link} to={link} data-testid={`panel-${id}-link`}>
            {translate(`app.dashboard.panels.${title}.link`)}
          </Button>
        </CardActions>
      ) : null}
    </Card>
  );
};

/** Headline figures of a panel, each with its label. */
const Figures = ({ items }: { items: { key: string; label: string; value: string }[] }) => (
  <Stack direction="row" spacing={3} useFlexGap sx={{ mb: 1, flexWrap: 'wrap' }}>
    {items.map((item) => (
      <Box key={item.key}>
        <Typography variant="h5" component="p" data-testid={`figure-${item.key}`}>
          {item.value}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {item.label}
        </Typography>
      </Box>
    ))}
  </Stack>
);

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.empty')}
    </Typography>
  );
};

const Chart = ({ children }: { children: ReactNode }) => (
  <Box sx={{ width: '100%', height: CHART_HEIGHT }}>
    <ResponsiveContainer width="100%" height="100%">
      {children as never}
    </ResponsiveContainer>
  </Box>
);

const Panels = ({
  figures,
  trend,
  periodId,
  unitId,
  onUnit,
}: {
  figures: DashboardFigures;
  trend: DashboardTrend;
  periodId: string;
  unitId: string | null;
  onUnit: (unitId: string) => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.dashboard.${key}`, options);
  const num = (value: number | null | undefined) => formatNumber(locale, value);
  const [distribution] = figures.predicateDistribution;
  const [cycle] = figures.cycleProgress;
  const { indicatorAchievement, unitRanking, trainingCompliance, ikm, complaints, discipline, workReports } = figures;
  const navigate = useNavigate();

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(440px, 100%), 1fr))', mt: 2 }}>
      {distribution ? (
        <Panel id="predicates" title="predicates" n={distribution.coveredEmployees} link={plansLink(periodId, unitId)}>
          {distribution.coveredEmployees ? (
            <Chart>
              <BarChart
                data={distribution.counts.map((c) => ({
                  ...c,
                  label: translate(predicateLabel(c.predicate)),
                  share: formatShare(locale, c.share),
                }))}
                margin={{ top: 20, right: 8, bottom: 8, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
                <YAxis allowDecimals={false} />
                <ChartTooltip />
                <Bar
                  dataKey="count"
                  name={t('employees')}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(bar) => {
                    const { predicate } = (bar.payload ?? {}) as { predicate?: string };
                    if (predicate) void navigate(plansLink(periodId, unitId, { predicate }));
                  }}
                >
                  {distribution.counts.map((c) => (
                    <Cell key={c.predicate} fill={PREDICATE_COLORS[c.predicate]} />
                  ))}
                  <LabelList dataKey="share" position="top" />
                </Bar>
              </BarChart>
            </Chart>
          ) : (
            <Empty />
          )}
          {distribution.deviatingUnits ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {t('deviatingUnits', { count: distribution.deviatingUnits })}
            </Alert>
          ) : null}
        </Panel>
      ) : null}

      <Panel id="trend" title="trend" n={trend[trend.length - 1]?.coveredEmployees ?? 0} link={listLink('appraisalPeriods')}>
        <Chart>
          <LineChart
            data={trend.map((p) => ({ name: p.period.name, score: p.averageScore, good: Math.round(p.baikOrBetterShare * 10_000) / 100 }))}
            margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} />
            <YAxis />
            <ChartTooltip formatter={(value) => num(Number(value))} />
            <Legend />
            <Line type="monotone" dataKey="score" name={t('averageScore')} stroke="#0288d1" isAnimationActive={false} />
            <Line type="monotone" dataKey="good" name={t('baikOrBetterPercent')} stroke="#2e7d32" isAnimationActive={false} />
          </LineChart>
        </Chart>
      </Panel>

      <Panel id="indicators" title="indicators" n={indicatorAchievement.coveredEmployees} link={listLink('indicators')}>
        {indicatorAchievement.indicators.length ? (
          <Chart>
            <BarChart data={indicatorAchievement.indicators} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 120]} />
              <YAxis type="category" dataKey="code" width={110} tick={{ fontSize: 11 }} />
              <ChartTooltip formatter={(value) => `${num(Number(value))} %`} />
              <Bar dataKey="averageAchievement" name={t('achievement')} fill="#0288d1" isAnimationActive={false}>
                <LabelList dataKey="averageAchievement" position="right" formatter={(value) => num(Number(value))} />
              </Bar>
            </BarChart>
          </Chart>
        ) : (
          <Empty />
        )}
      </Panel>

      <Panel id="ranking" title="ranking" n={unitRanking.coveredEmployees} link={listLink('orgUnits')}>
        <Figures items={[{ key: 'average-score', label: t('averageScore'), value: num(unitRanking.averageScore) }]} />
        {unitRanking.units.length ? (
          <>
            <Chart>
              <BarChart data={unitRanking.units} margin={{ top: 20, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="unitCode" tick={{ fontSize: 11 }} />
                <YAxis />
                <ChartTooltip formatter={(value) => num(Number(value))} />
                <Bar
                  dataKey="averageScore"
                  name={t('averageScore')}
                  fill="#2e7d32"
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(bar) => onUnit((bar as unknown as { unitId: string }).unitId)}
                >
                  <LabelList dataKey="averageScore" position="top" formatter={(value) => num(Number(value))} />
                </Bar>
              </BarChart>
            </Chart>
            <Stack component="ol" sx={{ m: 0, pl: 3 }} data-testid="ranking-list">
              {unitRanking.units.map((unit) => (
                <li key={unit.unitId}>
                  <Button size="small" onClick={() => onUnit(unit.unitId)} sx={{ textTransform: 'none' }}>
                    {unit.unitName}: {num(unit.averageScore)} (n = {num(unit.coveredEmployees)})
                  </Button>
                </li>
              ))}
            </Stack>
          </>
        ) : (
          <Empty />
        )}
      </Panel>

      {cycle ? (
        <Panel id="cycle" title="cycle" n={cycle.coveredEmployees} link={plansLink(periodId, unitId, { status: 'SUBMITTED' })}>
          <Figures
            items={[
              { key: 'without-plan', label: t('withoutPlan'), value: num(cycle.withoutPlan) },
              { key: 'plans-in-progress', label: t('plansInProgress'), value: num(cycle.plansInProgress) },
              { key: 'evaluations-pending', label: t('evaluationsPending'), value: num(cycle.evaluationsPending) },
              { key: 'evaluated', label: t('evaluated'), value: num(cycle.evaluated) },
            ]}
          />
          {cycle.units.length ? (
            <Chart>
              <BarChart data={cycle.units} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="unitName" tick={{ fontSize: 11 }} />
                <YAxis allowDecimals={false} />
                <ChartTooltip />
                <Legend />
                <Bar dataKey="withoutPlan" stackId="cycle" name={t('withoutPlan')} fill="#7b1fa2" isAnimationActive={false} />
                <Bar dataKey="plansInProgress" stackId="cycle" name={t('plansInProgress')} fill="#ed6c02" isAnimationActive={false} />
                <Bar dataKey="evaluationsPending" stackId="cycle" name={t('evaluationsPending')} fill="#0288d1" isAnimationActive={false} />
                <Bar dataKey="evaluated" stackId="cycle" name={t('evaluated')} fill="#2e7d32" isAnimationActive={false} />
              </BarChart>
            </Chart>
          ) : null}
        </Panel>
      ) : null}

      <Panel id="training" title="training" n={trainingCompliance.coveredEmployees} link={listLink('trainingSessions')}>
        <Figures
          items={[
            {
              key: 'training-share',
              label: t('compliantShare', { jp: trainingCompliance.requiredJp }),
              value: formatShare(locale, trainingCompliance.compliantShare),
            },
            { key: 'training-average', label: t('averageJp'), value: num(trainingCompliance.averageJp) },
          ]}
        />
        {trainingCompliance.units.length ? (
          <Chart>
            <BarChart data={trainingCompliance.units.map((u) => ({ ...u, percent: Math.round(u.compliantShare * 10_000) / 100 }))}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="unitName" tick={{ fontSize: 11 }} />
              <YAxis domain={[0, 100]} />
              <ChartTooltip formatter={(value) => `${num(Number(value))} %`} />
              <Bar dataKey="percent" name={t('compliantPercent')} fill="#2e7d32" isAnimationActive={false} />
            </BarChart>
          </Chart>
        ) : null}
      </Panel>

      <Panel id="ikm" title="ikm" n={ikm.coveredEmployees} link={listLink('surveys')}>
        <Figures
          items={[
            { key: 'ikm', label: t('ikmCategory', { category: ikm.category ?? '—' }), value: num(ikm.ikm) },
            { key: 'respondents', label: t('respondents'), value: num(ikm.respondents) },
          ]}
        />
        {ikm.services.length ? (
          <Chart>
            <BarChart
              data={ikm.services.map((s) => ({ ...s, label: s.serviceName ?? s.unitName }))}
              margin={{ top: 20, right: 8, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis domain={[0, 100]} />
              <ChartTooltip formatter={(value) => num(Number(value))} />
              <Bar dataKey="ikm" name="IKM" fill="#0288d1" isAnimationActive={false}>
                <LabelList dataKey="ikm" position="top" formatter={(value) => num(Number(value))} />
              </Bar>
            </BarChart>
          </Chart>
        ) : (
          <Empty />
        )}
      </Panel>

      <Panel id="complaints" title="complaints" n={complaints.coveredEmployees} link={listLink('complaints', { overdue: true })}>
        <Figures
          items={[
            { key: 'complaints-received', label: t('received'), value: num(complaints.received) },
            { key: 'complaints-overdue', label: t('overdue'), value: num(complaints.overdue) },
            { key: 'complaints-days', label: t('meanResolutionDays'), value: num(complaints.meanResolutionDays) },
          ]}
        />
        {complaints.units.some((u) => u.received) ? (
          <Chart>
            <BarChart data={complaints.units}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="unitName" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} />
              <ChartTooltip />
              <Legend />
              <Bar dataKey="received" name={t('received')} fill="#0288d1" isAnimationActive={false} />
              <Bar dataKey="overdue" name={t('overdue')} fill="#d32f2f" isAnimationActive={false} />
            </BarChart>
          </Chart>
        ) : null}
      </Panel>

      {discipline ? (
        <Panel id="discipline" title="discipline" n={discipline.coveredEmployees} link={disciplineLink()}>
          <Figures
            items={[
              {
                key: 'sanctions',
                label: t('activeSanctions', { day: formatDay(locale, discipline.day) }),
                value: num(discipline.activeSanctions),
              },
              { key: 'rewards', label: t('rewards'), value: num(discipline.rewards) },
            ]}
          />
          <Typography variant="body2" color="text.secondary" data-testid="sanction-levels">
            {t('sanctionLevels', { ringan: num(discipline.ringan), sedang: num(discipline.sedang), berat: num(discipline.berat) })}
          </Typography>
        </Panel>
      ) : null}

      <Panel id="work-reports" title="workReports" n={workReports.coveredEmployees} link={listLink('workReports')}>
        <Figures
          items={[
            { key: 'reports-per-week', label: t('reportsPerEmployeeWeek'), value: num(workReports.reportsPerEmployeeWeek) },
            { key: 'approval-hours', label: t('meanApprovalHours'), value: num(workReports.meanApprovalHours) },
          ]}
        />
        {workReports.units.length ? (
          <Chart>
            <BarChart data={workReports.units}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="unitName" tick={{ fontSize: 11 }} />
              <YAxis />
              <ChartTooltip formatter={(value) => num(Number(value))} />
              <Bar dataKey="reportsPerEmployeeWeek" name={t('reportsPerEmployeeWeek')} fill="#0288d1" isAnimationActive={false} />
            </BarChart>
          </Chart>
        ) : null}
      </Panel>
    </Box>
  );
};

/** The figures of a period for a unit subtree (default the actor's scope), with the filters. */
export const AnalyticsDashboard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data: periodRows, isPending: periodsPending } = useGetList<PeriodOption & { id: string }>('appraisalPeriods', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startDate', order: 'DESC' },
  });
  const { data: units } = useGetList<{ id: string; name: string; code: string }>('orgUnits', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  const periods = useMemo(() => periodRows ?? [], [periodRows]);
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const period = periods.find((p) => p.id === chosenPeriod) ?? defaultPeriod(periods, todayInIndonesia());
  const trendIds = period ? trendPeriods(periods, period) : [];

  const { data, error, isPending } = useQuery({
    queryKey: ['dashboardAnalytics', period?.id, trendIds.join(','), unitId],
    queryFn: () => dataProvider.dashboardAnalytics(period!.id, trendIds, unitId),
    enabled: Boolean(period),
  });

  if (periodsPending) return <Loading />;
  if (!period) return <Alert severity="info">{translate('app.dashboard.noPeriods')}</Alert>;
  return (
    <Box data-testid="analytics-dashboard">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { md: 'center' } }}>
        <TextField
          select
          size="small"
          label={translate('app.dashboard.period')}
          value={period.id}
          onChange={(event) => setChosenPeriod(event.target.value)}
          sx={{ minWidth: 240 }}
          slotProps={{ select: { inputProps: { 'data-testid': 'dashboard-period' } } }}
        >
          {periods.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.dashboard.unit')}
          value={unitId ?? ''}
          onChange={(event) => setUnitId(event.target.value || null)}
          sx={{ minWidth: 280 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{translate('app.dashboard.ownScope')}</MenuItem>
          {(units ?? []).map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
        {data ? (
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-scope">
            {translate('app.dashboard.scope', {
              name: data.data.scopeName,
              from: formatDay(locale, data.data.from),
              to: formatDay(locale, data.data.to),
            })}
          </Typography>
        ) : null}
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('app.dashboard.error')}
        </Alert>
      ) : isPending || !data ? (
        <Loading />
      ) : (
        <Panels figures={data.data} trend={data.trend} periodId={period.id} unitId={unitId} onUnit={setUnitId} />
      )}
    </Box>
  );
};

/**
 * The home: "Kinerja saya" for employees, the team's home for supervisors (home/), and for the
 * agency's offices (administrators, HR, the evaluation team) the dashboard below.
 */
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <Loading />;
  const kind = homeKindOf(permissions);
  if (kind === 'employee') return <MyHomePage />;
  if (kind === 'supervisor') return <TeamHomePage />;
  return <OfficeDashboard />;
};

/** Dasbor tim (/teamDashboard): the supervisor's figures for their own subtree, kept off their home to keep it short. */
export const TeamDashboardPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ pb: 4 }} data-testid="team-dashboard">
      <Title title={translate('app.home.teamDashboard')} />
      {getSessionUser()?.agencyId ? <AnalyticsDashboard /> : null}
    </Box>
  );
};

const OfficeDashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions();
  // The figures: the agency-wide readers and supervisors (for their own subtree), analytics.read.
  const withFigures = can(permissions, 'analytics.read') && Boolean(getSessionUser()?.agencyId);
  return (
    <Box sx={{ pb: 4 }}>
      <Title title="app.title" />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography variant="body1" color="text.secondary">
            {translate(withFigures ? 'app.dashboard.analyticsIntro' : 'app.dashboard.intro')}
          </Typography>
        </CardContent>
        <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
          {/* "Kelola instansi" for those who may change an agency (updateAgency), the audit trail for its readers (auditEntries). */}
          {can(permissions, 'agencies.update') ? (
            <Button variant="contained" component={Link} to="/agencies">
              {translate('app.dashboard.agencies')}
            </Button>
          ) : null}
          {can(permissions, 'audit.read') ? (
            <Button variant="outlined" component={Link} to="/auditEntries">
              {translate('app.dashboard.audit')}
            </Button>
          ) : null}
          <Button variant="text" href={GRAPHIQL_URL} target="_blank" rel="noopener">
            {translate('app.dashboard.graphiql')}
          </Button>
        </CardActions>
      </Card>
      {withFigures ? <AnalyticsDashboard /> : null}
    </Box>
  );
};
