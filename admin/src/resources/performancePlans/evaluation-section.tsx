import FactCheckIcon from '@mui/icons-material/FactCheck';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Form,
  maxLength,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CalendarDateField } from '../../common/calendar-date-field';
import { blockersOf, type BehaviourValueChoice, type KinerjaDataProvider } from '../../dataProvider';
import { PREDICATE_COLORS, predicateLabel, ratingChoices, ratingLabel } from '../scoringSchemes/scoring-scheme-choices';
import { EvaluationActionButtons } from './evaluation-actions';
import {
  EVALUATION_STATUS_COLORS,
  evaluationStatusLabel,
  overallBehaviour,
  scoreText,
  toEvaluationFormValues,
  toSaveEvaluationInput,
  unratedValues,
  validateOverrideReason,
  type EvaluationActions,
  type EvaluationFormValues,
  type EvaluationStatus,
} from './evaluation-rules';
import { messageOf } from './plan-actions';
import { Labelled } from './plan-fields';

/** The evaluation as the plan page loads it (PLAN_SHOW_FIELDS). */
export const EVALUATION_FIELDS =
  'evaluation { id status version score resultRating behaviourRating behaviourRatingOverride resultRatingOverride overrideReason ' +
  'proposedBehaviourRating predicate originalPredicate decision decisionNote note objectionReason objectionDeadline reviewNote ' +
  'confirmedAt acknowledgedAt objectedAt decidedAt reviewedAt behaviourRatings { code name rating note } ' +
  'breakdown { score mainScore additionalScore mainWeight complete resultRating behaviourRating predicate steps problems ' +
  'lines { key label category weight achievement rawAchievement capped contribution step problem } } }';

type BreakdownLine = {
  key: string;
  label: string | null;
  category: string;
  weight: number;
  achievement: number | null;
  rawAchievement: number | null;
  capped: boolean;
  contribution: number | null;
  step: string;
  problem: string | null;
};

export type EvaluationRecord = {
  id: Identifier;
  status: EvaluationStatus;
  version: number;
  score: number | null;
  resultRating: string | null;
  behaviourRating: string | null;
  behaviourRatingOverride: string | null;
  resultRatingOverride: string | null;
  overrideReason: string | null;
  proposedBehaviourRating: string | null;
  predicate: string | null;
  originalPredicate: string | null;
  decision: string | null;
  decisionNote: string | null;
  note: string | null;
  objectionReason: string | null;
  objectionDeadline: string | null;
  reviewNote: string | null;
  behaviourRatings: { code: string; name: string; rating: string; note: string | null }[];
  breakdown: {
    score: number | null;
    mainScore: number | null;
    additionalScore: number;
    complete: boolean;
    steps: string[];
    problems: string[];
    lines: BreakdownLine[];
  } | null;
};

/** A predicate as a coloured chip with its Indonesian label: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. */
export const PredicateChip = ({
  predicate,
  testId,
  size = 'medium',
}: {
  predicate: string;
  testId?: string;
  size?: 'small' | 'medium';
}) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={PREDICATE_COLORS[predicate] ?? 'default'}
      label={translate(predicateLabel(predicate), { _: predicate })}
      data-testid={testId}
    />
  );
};

export const EvaluationStatusChip = ({ status, testId }: { status: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant={status === 'DRAFT' ? 'outlined' : 'filled'}
      color={EVALUATION_STATUS_COLORS[status as EvaluationStatus] ?? 'default'}
      label={translate(evaluationStatusLabel(status), { _: status })}
      data-testid={testId}
    />
  );
};

const RatingText = ({ rating }: { rating: string | null | undefined }) => {
  const translate = useTranslate();
  return <>{rating ? translate(ratingLabel(rating), { _: rating }) : '—'}</>;
};

/** The core values of the plan's agency, in order (loaded once per agency). */
export const useBehaviourValues = (agencyId: Identifier | undefined) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return useQuery({
    queryKey: ['effectiveBehaviourValues', agencyId],
    queryFn: async () => (await dataProvider.getBehaviourValues(agencyId)).data,
    enabled: !!agencyId,
    staleTime: 5 * 60_000,
  });
};

/** What a value means, as a tooltip on its name: the description and the behaviour guides. */
const ValueGuidance = ({ value }: { value: BehaviourValueChoice }) => (
  <Box>
    <Typography variant="body2">{value.description}</Typography>
    {value.guides.length > 0 ? (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {value.guides.map((guide) => (
          <li key={guide}>
            <Typography variant="caption">{guide}</Typography>
          </li>
        ))}
      </Box>
    ) : null}
  </Box>
);

const validateNote = [maxLength(1000)];
const validateEvaluationNote = [maxLength(4000)];
const validateReason = [validateOverrideReason];
const overrideChoices = ratingChoices;

/** The overall behaviour rating the values give so far (or the override), under the table. */
const ProposedBehaviour = ({ proposedForYear }: { proposedForYear: string | null }) => {
  const translate = useTranslate();
  const behaviour = useWatch({ name: 'behaviour' }) as EvaluationFormValues['behaviour'] | undefined;
  const overall = overallBehaviour((behaviour ?? []).map((entry) => entry.rating));
  return (
    <Typography variant="body2" sx={{ mt: 1 }} data-testid="evaluation-overall-behaviour">
      {translate('resources.performancePlans.evaluation.overallFromValues')}:{' '}
      <strong>{overall ? translate(ratingLabel(overall)) : '—'}</strong>
      {proposedForYear ? (
        <>
          {' · '}
          {translate('resources.performancePlans.evaluation.fields.proposedBehaviourRating')}:{' '}
          <strong data-testid="evaluation-proposed-behaviour">{translate(ratingLabel(proposedForYear))}</strong>
        </>
      ) : null}
    </Typography>
  );
};

/**
 * "Simpan draf" and "Konfirmasi": both save the form first (so what is confirmed is what is on
 * screen); confirming then computes the result, or the API lists what keeps it.
 */
const EvaluationFormButtons = ({
  planId,
  evaluation,
  values,
  onBlockers,
}: {
  planId: Identifier;
  evaluation: EvaluationRecord | null;
  values: readonly BehaviourValueChoice[];
  onBlockers: (blockers: string[]) => void;
}) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { handleSubmit, setError } = useFormContext<EvaluationFormValues>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<EvaluationFormValues | null>(null);

  const save = async (form: EvaluationFormValues) => {
    const { data } = await dataProvider.saveEvaluation(toSaveEvaluationInput(String(planId), evaluation?.version, form));
    return data;
  };

  const fail = (error: unknown) => {
    const fields = (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors ?? {};
    for (const [name, message] of Object.entries(fields)) setError(name as keyof EvaluationFormValues, { message });
    const blockers = blockersOf(error);
    onBlockers(blockers);
    notify(messageOf(error), { type: 'error', autoHideDuration: 15_000 });
    refresh();
  };

  const saveDraft = handleSubmit(async (form) => {
    setBusy(true);
    try {
      await save(form);
      onBlockers([]);
      notify('resources.performancePlans.evaluation.saved', { type: 'success' });
      refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  });

  const askConfirm = handleSubmit((form) => {
    setPending(form);
    setConfirming(true);
  });

  const confirm = async () => {
    setConfirming(false);
    if (!pending) return;
    setBusy(true);
    try {
      const saved = await save(pending);
      await dataProvider.confirmEvaluation(saved.id, saved.version);
      onBlockers([]);
      notify('resources.performancePlans.evaluation.confirmed', { type: 'success' });
      refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const missing = pending ? unratedValues(pending, values) : [];
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
      <Button
        label="resources.performancePlans.evaluation.saveDraft"
        variant="outlined"
        disabled={busy}
        onClick={() => void saveDraft()}
        data-testid="evaluation-save"
      >
        <SaveIcon />
      </Button>
      <Button
        label="resources.performancePlans.evaluation.confirm"
        variant="contained"
        disabled={busy}
        onClick={() => void askConfirm()}
        data-testid="evaluation-confirm"
      >
        <FactCheckIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="resources.performancePlans.evaluation.confirmTitle"
        content={
          missing.length > 0
            ? translate('resources.performancePlans.evaluation.confirmMissing', { values: missing.join(', ') })
            : 'resources.performancePlans.evaluation.confirmContent'
        }
        confirm="resources.performancePlans.evaluation.confirm"
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};

/** The appraiser's form: a rating per core value with an optional note, overall overrides with their reason, a note on the period. */
const EvaluationForm = ({
  evaluation,
  values,
  proposedForYear,
}: {
  evaluation: EvaluationRecord | null;
  values: readonly BehaviourValueChoice[];
  proposedForYear: string | null;
}) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [blockers, setBlockers] = useState<string[]>([]);
  if (!record) return null;
  const initial = toEvaluationFormValues(values, evaluation);
  return (
    <Form record={initial} key={`${evaluation?.version ?? 0}-${values.length}`}>
      {evaluation?.status === 'DRAFT' ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="evaluation-draft">
          {translate('resources.performancePlans.evaluation.draftSaved')}
        </Alert>
      ) : null}
      <Table size="small" aria-label={translate('resources.performancePlans.evaluation.values')} data-testid="evaluation-values">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.performancePlans.evaluation.value')}</TableCell>
            <TableCell>{translate('resources.performancePlans.evaluation.rating')}</TableCell>
            <TableCell>{translate('resources.performancePlans.evaluation.valueNote')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {values.map((value, index) => (
            <TableRow key={value.code} data-testid={`behaviour-${value.code}`} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ minWidth: 200 }}>
                <Tooltip title={<ValueGuidance value={value} />} placement="right">
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {value.name}
                  </Typography>
                </Tooltip>
                <Typography variant="caption" color="text.secondary" component="div">
                  {value.code}
                </Typography>
              </TableCell>
              <TableCell>
                <RadioButtonGroupInput
                  source={`behaviour.${index}.rating`}
                  label={false}
                  choices={ratingChoices}
                  row
                  helperText={false}
                  sx={{ m: 0 }}
                />
              </TableCell>
              <TableCell sx={{ minWidth: 220 }}>
                <TextInput
                  source={`behaviour.${index}.note`}
                  label={false}
                  validate={validateNote}
                  helperText={false}
                  fullWidth
                  size="small"
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ProposedBehaviour proposedForYear={proposedForYear} />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('resources.performancePlans.evaluation.overrides')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <SelectInput
            source="behaviourRating"
            label="resources.performancePlans.evaluation.fields.behaviourRatingOverride"
            choices={overrideChoices}
            emptyText="resources.performancePlans.evaluation.noOverride"
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <SelectInput
            source="resultRating"
            label="resources.performancePlans.evaluation.fields.resultRatingOverride"
            choices={overrideChoices}
            emptyText="resources.performancePlans.evaluation.noOverride"
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput
            source="overrideReason"
            label="resources.performancePlans.evaluation.fields.overrideReason"
            helperText="resources.performancePlans.evaluation.overrideHelper"
            validate={validateReason}
            fullWidth
          />
        </Grid>
      </Grid>
      <TextInput
        source="note"
        label="resources.performancePlans.evaluation.fields.note"
        validate={validateEvaluationNote}
        multiline
        minRows={2}
        fullWidth
      />
      {blockers.length > 0 ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="evaluation-blockers">
          <AlertTitle>{translate('resources.performancePlans.evaluation.blocked')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </Box>
        </Alert>
      ) : null}
      <EvaluationFormButtons planId={record.id} evaluation={evaluation} values={values} onBlockers={setBlockers} />
    </Form>
  );
};

/** Every line of the score: achievement (capped or not), weight, contribution, and the computation spelled out. */
const BreakdownTable = ({ breakdown }: { breakdown: NonNullable<EvaluationRecord['breakdown']> }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.performancePlans.evaluation.breakdown')} data-testid="evaluation-breakdown">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.performancePlans.evaluation.line.key')}</TableCell>
            <TableCell>{translate('resources.performancePlans.targets.category')}</TableCell>
            <TableCell align="right">{translate('resources.performancePlans.targets.weight')}</TableCell>
            <TableCell align="right">{translate('resources.performancePlans.evaluation.line.achievement')}</TableCell>
            <TableCell align="right">{translate('resources.performancePlans.evaluation.line.contribution')}</TableCell>
            <TableCell>{translate('resources.performancePlans.evaluation.line.step')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {breakdown.lines.map((line) => (
            <TableRow key={line.key} data-testid="breakdown-line" sx={{ verticalAlign: 'top' }}>
              <TableCell>
                <Typography variant="body2">{line.key}</Typography>
                {line.label && line.label !== line.key ? (
                  <Typography variant="caption" color="text.secondary">
                    {line.label}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>{translate(`resources.criteriaTemplates.categories.${line.category}`, { _: line.category })}</TableCell>
              <TableCell align="right">{scoreText(line.weight)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {scoreText(line.achievement)}
                {line.capped ? (
                  <Chip
                    size="small"
                    variant="outlined"
                    sx={{ ml: 0.5 }}
                    label={translate('resources.performancePlans.evaluation.line.capped', { raw: scoreText(line.rawAchievement) })}
                  />
                ) : null}
              </TableCell>
              <TableCell align="right">{scoreText(line.contribution)}</TableCell>
              <TableCell>
                <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
                  {line.step}
                </Typography>
                {line.problem ? (
                  <Typography variant="caption" color="error" component="div">
                    {line.problem}
                  </Typography>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {breakdown.steps.length > 0 ? (
        <Box component="ol" sx={{ mt: 1, mb: 0, pl: 3 }} data-testid="evaluation-steps">
          {breakdown.steps.map((step) => (
            <li key={step}>
              <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
                {step}
              </Typography>
            </li>
          ))}
        </Box>
      ) : null}
      {breakdown.problems.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {breakdown.problems.join('; ')}
        </Alert>
      ) : null}
    </Box>
  );
};

/** The confirmed result: score, ratings, predicate, status and deadline; the computation; the values; the objection and its decision. */
const EvaluationResult = ({ evaluation, proposedForYear }: { evaluation: EvaluationRecord; proposedForYear: string | null }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} data-testid="evaluation-result">
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.score">
            <Typography variant="h5" data-testid="evaluation-score">
              {scoreText(evaluation.score)}
            </Typography>
          </Labelled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.resultRating">
            <Typography variant="body2" data-testid="evaluation-result-rating">
              <RatingText rating={evaluation.resultRating} />
            </Typography>
          </Labelled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.behaviourRating">
            <Typography variant="body2" data-testid="evaluation-behaviour-rating">
              <RatingText rating={evaluation.behaviourRating} />
            </Typography>
          </Labelled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.predicate">
            {evaluation.predicate ? <PredicateChip predicate={evaluation.predicate} testId="evaluation-predicate" /> : '—'}
          </Labelled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.status">
            <EvaluationStatusChip status={evaluation.status} testId="evaluation-status" />
          </Labelled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labelled label="resources.performancePlans.evaluation.fields.objectionDeadline">
            <Typography variant="body2" data-testid="evaluation-deadline">
              {evaluation.objectionDeadline ? <CalendarDateField record={evaluation} source="objectionDeadline" /> : '—'}
            </Typography>
          </Labelled>
        </Grid>
      </Grid>
      {proposedForYear ? (
        <Typography variant="body2" data-testid="evaluation-proposed-behaviour">
          {translate('resources.performancePlans.evaluation.fields.proposedBehaviourRating')}: <RatingText rating={proposedForYear} />
        </Typography>
      ) : null}
      {evaluation.behaviourRatingOverride || evaluation.resultRatingOverride ? (
        <Alert severity="info" data-testid="evaluation-override">
          {translate('resources.performancePlans.evaluation.overridden', { reason: evaluation.overrideReason ?? '' })}
        </Alert>
      ) : null}
      {evaluation.decision ? (
        <Alert severity={evaluation.decision === 'UPHELD' ? 'success' : 'info'} data-testid="evaluation-decision">
          <AlertTitle>{translate(`resources.performancePlans.evaluation.decisions.${evaluation.decision}`)}</AlertTitle>
          {evaluation.originalPredicate ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="body2">{translate('resources.performancePlans.evaluation.fields.originalPredicate')}:</Typography>
              <PredicateChip predicate={evaluation.originalPredicate} size="small" testId="evaluation-original-predicate" />
              <Typography variant="body2">→</Typography>
              {evaluation.predicate ? <PredicateChip predicate={evaluation.predicate} size="small" /> : null}
            </Stack>
          ) : null}
          {evaluation.decisionNote}
        </Alert>
      ) : null}
      {evaluation.objectionReason ? (
        <Alert severity="warning" data-testid="evaluation-objection">
          <AlertTitle>{translate('resources.performancePlans.evaluation.fields.objectionReason')}</AlertTitle>
          {evaluation.objectionReason}
        </Alert>
      ) : null}
      {evaluation.breakdown ? (
        <Box>
          <Typography variant="subtitle2">{translate('resources.performancePlans.evaluation.breakdown')}</Typography>
          <BreakdownTable breakdown={evaluation.breakdown} />
        </Box>
      ) : null}
      {evaluation.behaviourRatings.length > 0 ? (
        <Box>
          <Typography variant="subtitle2">{translate('resources.performancePlans.evaluation.values')}</Typography>
          <Table size="small" data-testid="evaluation-ratings">
            <TableBody>
              {evaluation.behaviourRatings.map((entry) => (
                <TableRow key={entry.code}>
                  <TableCell>{entry.name}</TableCell>
                  <TableCell>
                    <RatingText rating={entry.rating} />
                  </TableCell>
                  <TableCell>{entry.note ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {evaluation.note ? (
        <Labelled label="resources.performancePlans.evaluation.fields.note">
          <Typography variant="body2">{evaluation.note}</Typography>
        </Labelled>
      ) : null}
      {evaluation.reviewNote ? (
        <Alert severity="info" data-testid="evaluation-review">
          <AlertTitle>{translate('resources.performancePlans.evaluation.fields.reviewNote')}</AlertTitle>
          {evaluation.reviewNote}
        </Alert>
      ) : null}
    </Stack>
  );
};

/**
 * Penilaian: the appraiser's form while the period is EVALUATION (a draft until confirmed), then
 * the result with its computation and the steps that follow (EvaluationActionButtons). Shown once
 * the plan is approved.
 */
export const EvaluationSection = ({ actions }: { actions: EvaluationActions }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const period = record?.period as { agencyId?: Identifier; type?: string } | undefined;
  const evaluation = (record?.evaluation ?? null) as EvaluationRecord | null;
  const values = useBehaviourValues(actions.rate ? period?.agencyId : undefined);
  if (!record || (record.status !== 'APPROVED' && !evaluation)) return null;
  const proposedForYear = period?.type === 'ANNUAL' ? (evaluation?.proposedBehaviourRating ?? null) : null;
  const confirmed = evaluation && evaluation.status !== 'DRAFT';
  return (
    <Card variant="outlined" sx={{ mx: 2, mb: 2 }} data-testid="plan-evaluation">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6">{translate('resources.performancePlans.evaluation.title')}</Typography>
          {evaluation ? <EvaluationStatusChip status={evaluation.status} /> : null}
          <Box sx={{ flexGrow: 1 }} />
          {confirmed ? <EvaluationActionButtons actions={actions} evaluation={evaluation} /> : null}
        </Stack>
        {confirmed ? (
          <EvaluationResult evaluation={evaluation} proposedForYear={proposedForYear} />
        ) : actions.rate ? (
          values.data ? (
            <EvaluationForm evaluation={evaluation} values={values.data} proposedForYear={proposedForYear} />
          ) : (
            <Typography variant="body2">{translate('ra.page.loading')}</Typography>
          )
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="evaluation-pending">
            {translate(
              evaluation ? 'resources.performancePlans.evaluation.inProgress' : 'resources.performancePlans.evaluation.notStarted',
            )}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
