import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Grid,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Show, TopToolbar, useGetMany, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { PdfDownloadButton } from '../../common/export-buttons';
import { formatDecimal } from '../../common/format';
import { NestedLinkField, RecordLink } from '../../common/record-link';
import { StatusChip as PeriodStatusChip } from '../appraisalPeriods/period-fields';
import { evaluationActionsFor } from './evaluation-rules';
import { EVALUATION_FIELDS, EvaluationSection } from './evaluation-section';
import { FEEDBACK_FIELDS, FeedbackSection } from './feedback-section';
import { PlanActionButtons } from './plan-actions';
import { Labelled, PersonText, PlanStatusChip, type PersonRef } from './plan-fields';
import { planActionsFor, targetText, todayInIndonesia } from './plan-rules';
import { DeleteRealizationButton } from './realization-dialog';
import { useCurrentActor } from './use-current-actor';

/** Everything the plan page shows, in one request (build-query.ts `meta.fields`). */
export const PLAN_SHOW_FIELDS =
  'employee { id fullName nipFormatted } appraiser { id fullName nipFormatted } appraiserSuperior { id fullName nipFormatted } ' +
  'unit { id name } position { id name } template { id name revision } ' +
  'period { id name status type agencyId startDate endDate children { id name startDate status } } ' +
  'targets { id sortOrder indicatorId category weight target targetMax supportsId description aspect periodValue ' +
  'indicator { id code name unit aggregation } ' +
  'supports { id planId indicator { code name } } ' +
  'supportedBy { id planId weight target targetMax indicator { code name unit } } ' +
  'realizations { id periodId value note evidenceLinks version period { id name } } } ' +
  `${EVALUATION_FIELDS} ${FEEDBACK_FIELDS}`;

type Realization = {
  id: Identifier;
  periodId: string;
  value: number;
  note: string | null;
  evidenceLinks: string[];
  version: number;
  period: { id: Identifier; name: string };
};
type Target = {
  id: Identifier;
  sortOrder: number;
  category: string;
  weight: number;
  target: number | null;
  targetMax: number | null;
  description: string | null;
  aspect: string | null;
  periodValue: number | null;
  indicator: { id: Identifier; code: string; name: string; unit: string; aggregation: string };
  supports: { id: Identifier; planId: Identifier; indicator: { code: string; name: string } } | null;
  supportedBy: {
    id: Identifier;
    planId: Identifier;
    weight: number;
    target: number | null;
    targetMax: number | null;
    indicator: { code: string; name: string; unit: string };
  }[];
  realizations: Realization[];
};

/** Who, for which period, appraised by whom, where the plan stands, and why it came back. */
const PlanHeader = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const period = record.period as { id: Identifier; name: string; status: string };
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="plan-header">
      <CardContent>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.employeeId">
              <PersonText person={record.employee as PersonRef} link />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.periodId">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <RecordLink resource="appraisalPeriods" id={period.id}>
                  {period.name}
                </RecordLink>
                <PeriodStatusChip status={period.status} testId="plan-period-status" />
              </Stack>
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.status">
              <PlanStatusChip status={String(record.status)} testId="plan-status" />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.appraiserId">
              <PersonText person={record.appraiser as PersonRef | null} />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.appraiserSuperiorId">
              <PersonText person={record.appraiserSuperior as PersonRef | null} />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.templateId">
              {record.template ? (
                <RecordLink resource="criteriaTemplates" id={(record.template as { id: Identifier }).id}>
                  {`${(record.template as { name: string }).name} (rev. ${(record.template as { revision: number }).revision})`}
                </RecordLink>
              ) : (
                <Typography variant="body2">{translate('resources.performancePlans.show.noTemplate')}</Typography>
              )}
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.unitId">
              <NestedLinkField source="unit" reference="orgUnits" />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.positionId">
              <NestedLinkField source="position" reference="positions" />
            </Labelled>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Labelled label="resources.performancePlans.fields.mainWeight">
              <Typography variant="body2" data-testid="plan-main-weight">
                {formatDecimal(Number(record.mainWeight))}
              </Typography>
            </Labelled>
          </Grid>
        </Grid>
        {record.returnComment && record.status === 'RETURNED' ? (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="plan-return-comment">
            <AlertTitle>{translate('resources.performancePlans.show.returned')}</AlertTitle>
            {String(record.returnComment)}
          </Alert>
        ) : null}
        {!record.appraiser ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('resources.performancePlans.show.noAppraiser')}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** The subordinates' plans that support the targets, by id, for their employees' names. */
const useSupporters = (targets: Target[]) => {
  const planIds = [...new Set(targets.flatMap((target) => target.supportedBy.map((item) => item.planId)))];
  const { data } = useGetMany(
    'performancePlans',
    { ids: planIds, meta: { fields: 'employee { id fullName }' } },
    { enabled: planIds.length > 0 },
  );
  return new Map((data ?? []).map((plan) => [plan.id, (plan.employee as { fullName: string } | undefined)?.fullName ?? '']));
};

/** The realisations of a target, one per (sub-)period: value, note, evidence as links; deletable while they may be recorded. */
const RealizationsCell = ({ target, unit, canDelete }: { target: Target; unit: string; canDelete: boolean }) => {
  const translate = useTranslate();
  if (target.realizations.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={1} data-testid="target-realizations">
      {target.realizations.map((realization) => (
        <Box key={realization.id} data-testid="realization">
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">
              <strong>{realization.period.name}:</strong> {`${formatDecimal(realization.value)} ${unit}`.trim()}
            </Typography>
            {canDelete ? (
              <DeleteRealizationButton
                id={realization.id}
                version={realization.version}
                label={translate('resources.performancePlans.realizations.deleteContent', {
                  period: realization.period.name,
                  indicator: target.indicator.code,
                })}
              />
            ) : null}
          </Stack>
          {realization.note ? (
            <Typography variant="caption" color="text.secondary" component="div">
              {realization.note}
            </Typography>
          ) : null}
          {realization.evidenceLinks.map((link) => (
            <MuiLink
              key={link}
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              variant="caption"
              sx={{ display: 'block', wordBreak: 'break-all' }}
            >
              {link}
            </MuiLink>
          ))}
        </Box>
      ))}
    </Stack>
  );
};

/** The targets in order: indicator, category, target, weight, cascading both ways, realisations and the period's value. */
const TargetsTable = ({ canDeleteRealizations }: { canDeleteRealizations: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const targets = (record?.targets ?? []) as Target[];
  const supporters = useSupporters(targets);
  if (targets.length === 0) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('resources.performancePlans.show.noTargets')}
      </Alert>
    );
  }
  const unitOf = (unit: string) => translate(`resources.indicators.units.${unit}`, { _: unit });
  return (
    <Box sx={{ px: 2, pb: 2, overflowX: 'auto' }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('resources.performancePlans.fields.targets')}
      </Typography>
      <Table size="small" aria-label={translate('resources.performancePlans.fields.targets')} data-testid="plan-targets">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.indicatorId')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.category')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.target')}</TableCell>
            <TableCell align="right">{translate('resources.performancePlans.targets.weight')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.supportsId')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.supportedBy')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.realizations')}</TableCell>
            <TableCell align="right">{translate('resources.performancePlans.targets.periodValue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {targets.map((target) => {
            const unit = unitOf(target.indicator.unit);
            return (
              <TableRow key={target.id} data-testid="plan-target" sx={{ verticalAlign: 'top' }}>
                <TableCell>{target.sortOrder}</TableCell>
                <TableCell sx={{ minWidth: 220 }}>
                  <RecordLink resource="indicators" id={target.indicator.id}>
                    {`${target.indicator.code} — ${target.indicator.name}`}
                  </RecordLink>
                  {target.description ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {target.description}
                    </Typography>
                  ) : null}
                  {target.aspect ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate(`resources.performancePlans.aspects.${target.aspect}`, { _: target.aspect })}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>{translate(`resources.criteriaTemplates.categories.${target.category}`, { _: target.category })}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{targetText(target, unit)}</TableCell>
                <TableCell align="right">{formatDecimal(target.weight)}</TableCell>
                <TableCell>
                  {target.supports ? (
                    <RecordLink resource="performancePlans" id={target.supports.planId}>
                      {`${target.supports.indicator.code} — ${target.supports.indicator.name}`}
                    </RecordLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  {target.supportedBy.length === 0 ? (
                    '—'
                  ) : (
                    <Stack spacing={0.5} data-testid="target-supported-by">
                      {target.supportedBy.map((item) => (
                        <Box key={item.id}>
                          <RecordLink resource="performancePlans" id={item.planId}>
                            {supporters.get(item.planId) || translate('resources.performancePlans.show.subordinatePlan')}
                          </RecordLink>
                          <Typography variant="caption" color="text.secondary" component="div">
                            {`${item.indicator.code}: ${targetText(item, unitOf(item.indicator.unit))}`}
                          </Typography>
                        </Box>
                      ))}
                    </Stack>
                  )}
                </TableCell>
                <TableCell sx={{ minWidth: 220 }}>
                  <RealizationsCell target={target} unit={unit} canDelete={canDeleteRealizations} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="target-period-value">
                  {target.periodValue === null ? '—' : `${formatDecimal(target.periodValue)} ${unit}`.trim()}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {translate(`resources.indicators.aggregations.${target.indicator.aggregation}`, { _: target.indicator.aggregation })}
                  </Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

/** What the actor may do on this plan now. */
const usePlanActions = () => {
  const record = useRecordContext();
  const actor = useCurrentActor();
  return planActionsFor(
    record
      ? {
          status: String(record.status),
          employeeId: String(record.employeeId),
          appraiserId: (record.appraiserId as string | null) ?? null,
          periodStatus: (record.period as { status?: string } | undefined)?.status ?? null,
        }
      : null,
    actor,
  );
};

/** The SKP evaluation document, once the evaluation has left its draft. */
const PlanPdfButton = () => {
  const record = useRecordContext();
  const evaluation = record?.evaluation as { status?: string } | null | undefined;
  if (!record || !evaluation?.status || evaluation.status === 'DRAFT') return null;
  return <PdfDownloadButton path={`plans/${encodeURIComponent(String(record.id))}/evaluation.pdf`} label="app.exports.planPdf" />;
};

const PlanShowActions = () => {
  const actions = usePlanActions();
  return (
    <TopToolbar>
      <PlanPdfButton />
      <PlanActionButtons actions={actions} />
    </TopToolbar>
  );
};

/** What the actor may do on the plan's evaluation and feedback now. */
const useEvaluationActions = () => {
  const record = useRecordContext();
  const actor = useCurrentActor();
  return evaluationActionsFor(
    record
      ? {
          status: String(record.status),
          employeeId: String(record.employeeId),
          appraiserId: (record.appraiserId as string | null) ?? null,
          appraiserSuperiorId: (record.appraiserSuperiorId as string | null) ?? null,
          periodStatus: (record.period as { status?: string } | undefined)?.status ?? null,
          evaluation: (record.evaluation as { status: string; objectionDeadline: string | null } | null) ?? null,
        }
      : null,
    actor,
    todayInIndonesia(),
  );
};

const PlanShowContent = () => {
  const actions = usePlanActions();
  const evaluationActions = useEvaluationActions();
  return (
    <>
      <PlanHeader />
      <TargetsTable canDeleteRealizations={actions.recordRealizations} />
      <EvaluationSection actions={evaluationActions} />
      <FeedbackSection canGive={evaluationActions.giveFeedback} />
    </>
  );
};

const PlanTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate('resources.performancePlans.show.title', {
        name: (record.employee as { fullName?: string } | undefined)?.fullName ?? '',
        period: (record.period as { name?: string } | undefined)?.name ?? '',
      })}
    </span>
  );
};

/**
 * Rencana kinerja: the header, the targets with their cascading and realisations, the evaluation
 * (Penilaian) and the feedback thread, and the steps the actor may take.
 */
export const PerformancePlanShow = () => (
  <Show actions={<PlanShowActions />} title={<PlanTitle />} queryOptions={{ meta: { fields: PLAN_SHOW_FIELDS } }}>
    <PlanShowContent />
  </Show>
);
