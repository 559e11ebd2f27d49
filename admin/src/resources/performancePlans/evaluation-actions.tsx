import GavelIcon from '@mui/icons-material/Gavel';
import RateReviewIcon from '@mui/icons-material/RateReview';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import { Button as MuiButton } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Confirm,
  FormDataConsumer,
  maxLength,
  minLength,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import { formatDay } from '../../common/format';
import type { KinerjaDataProvider } from '../../dataProvider';
import { predicateChoices } from '../scoringSchemes/scoring-scheme-choices';
import type { EvaluationRecord } from './evaluation-section';
import { validateObjectionReason, validateUpheldPredicate, type EvaluationActions } from './evaluation-rules';
import { messageOf } from './plan-actions';

const validateReason = [required(), validateObjectionReason];
const validateNote = [required(), minLength(3), maxLength(4000)];
const validateDecision = [required()];
const decisionChoices = [
  { id: 'UPHELD', name: 'resources.performancePlans.evaluation.decisions.UPHELD' },
  { id: 'REJECTED', name: 'resources.performancePlans.evaluation.decisions.REJECTED' },
];

/** "Terima": the employee accepts the result, after a confirmation. */
export const AcknowledgeButton = ({ evaluation }: { evaluation: EvaluationRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => dataProvider.acknowledgeEvaluation(evaluation.id, evaluation.version),
    onSuccess: () => {
      notify('resources.performancePlans.evaluation.acknowledge.success', { type: 'success' });
      refresh();
    },
    onError: (error) => {
      notify(messageOf(error), { type: 'error', autoHideDuration: 15_000 });
      refresh();
    },
  });
  return (
    <>
      <MuiButton
        variant="contained"
        color="success"
        size="small"
        startIcon={<ThumbUpIcon />}
        disabled={mutation.isPending}
        onClick={() => setConfirming(true)}
        data-testid="evaluation-acknowledge"
      >
        {translate('resources.performancePlans.evaluation.acknowledge.action')}
      </MuiButton>
      <Confirm
        isOpen={confirming}
        title="resources.performancePlans.evaluation.acknowledge.title"
        content="resources.performancePlans.evaluation.acknowledge.content"
        confirm="resources.performancePlans.evaluation.acknowledge.action"
        onConfirm={() => {
          setConfirming(false);
          mutation.mutate();
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

/** "Ajukan keberatan": the employee's objection with its reason (10+ characters), before the deadline. */
export const ObjectButton = ({ evaluation }: { evaluation: EvaluationRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ reason?: string }>
      texts="resources.performancePlans.evaluation.object"
      icon={<ReportProblemIcon />}
      messageArgs={{ deadline: formatDay(evaluation.objectionDeadline) }}
      onSubmit={(values) => dataProvider.objectToEvaluation(evaluation.id, evaluation.version, String(values.reason ?? '').trim())}
      testId="evaluation-object"
      variant="outlined"
      color="warning"
    >
      <TextInput
        source="reason"
        label="resources.performancePlans.evaluation.object.reason"
        helperText="resources.performancePlans.evaluation.object.reasonHelper"
        validate={validateReason}
        multiline
        minRows={3}
        fullWidth
      />
    </DialogActionButton>
  );
};

/** "Putuskan keberatan": upheld with the predicate that replaces the computed one, or rejected; with a note. */
export const DecideButton = ({ evaluation }: { evaluation: EvaluationRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const validatePredicate = [validateUpheldPredicate(evaluation.predicate)];
  const submit = (values: { decision?: string; predicate?: string | null; note?: string }) => {
    const upheld = values.decision === 'UPHELD';
    return dataProvider.decideObjection({
      id: String(evaluation.id),
      version: evaluation.version,
      decision: upheld ? 'UPHELD' : 'REJECTED',
      predicate: upheld ? ((values.predicate ?? null) as never) : null,
      note: String(values.note ?? '').trim(),
    });
  };
  return (
    <DialogActionButton
      texts="resources.performancePlans.evaluation.decide"
      icon={<GavelIcon />}
      messageArgs={{ reason: evaluation.objectionReason ?? '' }}
      onSubmit={submit}
      testId="evaluation-decide"
      variant="contained"
    >
      <RadioButtonGroupInput
        source="decision"
        label="resources.performancePlans.evaluation.decide.decision"
        choices={decisionChoices}
        validate={validateDecision}
        row
      />
      <FormDataConsumer<{ decision?: string }>>
        {({ formData }) =>
          formData.decision === 'UPHELD' ? (
            <SelectInput
              source="predicate"
              label="resources.performancePlans.evaluation.decide.predicate"
              choices={predicateChoices.filter((choice) => choice.id !== evaluation.predicate)}
              validate={validatePredicate}
              fullWidth
            />
          ) : null
        }
      </FormDataConsumer>
      <TextInput
        source="note"
        label="resources.performancePlans.evaluation.decide.note"
        validate={validateNote}
        multiline
        minRows={3}
        fullWidth
      />
    </DialogActionButton>
  );
};

/** "Tinjau": the superior's review note on the result. */
const ReviewButton = ({ evaluation }: { evaluation: EvaluationRecord }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ note?: string }>
      texts="resources.performancePlans.evaluation.review"
      icon={<RateReviewIcon />}
      onSubmit={(values) => dataProvider.reviewEvaluation(evaluation.id, evaluation.version, String(values.note ?? '').trim())}
      testId="evaluation-review-action"
    >
      <TextInput
        source="note"
        label="resources.performancePlans.evaluation.review.note"
        validate={validateNote}
        multiline
        minRows={3}
        fullWidth
      />
    </DialogActionButton>
  );
};

/** The steps after confirmation that the actor may take now (evaluation-rules.ts `evaluationActionsFor`). */
export const EvaluationActionButtons = ({ actions, evaluation }: { actions: EvaluationActions; evaluation: EvaluationRecord }) => (
  <>
    {actions.review ? <ReviewButton evaluation={evaluation} /> : null}
    {actions.decide ? <DecideButton evaluation={evaluation} /> : null}
    {actions.object ? <ObjectButton evaluation={evaluation} /> : null}
    {actions.acknowledge ? <AcknowledgeButton evaluation={evaluation} /> : null}
  </>
);
