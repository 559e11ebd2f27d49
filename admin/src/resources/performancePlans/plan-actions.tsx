import AddTaskIcon from '@mui/icons-material/AddTask';
import EditIcon from '@mui/icons-material/Edit';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Link,
  maxLength,
  minLength,
  required,
  TextInput,
  useCreatePath,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  type Identifier,
} from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import type { KinerjaDataProvider, PlanAfterStep } from '../../dataProvider';
import { RecordRealizationButton } from './realization-dialog';
import type { PlanActions } from './plan-rules';

const validateComment = [required(), minLength(3), maxLength(2000)];

export const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

type Step = 'submit' | 'approve';

/** Submit (the employee or HR) and Approve (the appraiser): a confirmation, then the step; a refusal in the API's words. */
const StepButton = ({ step, id, version, name }: { step: Step; id: Identifier; version: number; name: string }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation<{ data: PlanAfterStep }, Error>({
    mutationFn: () => (step === 'submit' ? dataProvider.submitPlan(id, version) : dataProvider.approvePlan(id, version)),
    onSuccess: () => {
      notify(`resources.performancePlans.${step}.success`, { type: 'success', messageArgs: { name } });
      refresh();
    },
    // A refusal names its reason (weights, a target without a value, a stale version, another status): kept on screen long enough to read.
    onError: (error) => {
      notify(messageOf(error), { type: 'error', autoHideDuration: 15_000 });
      refresh();
    },
  });
  return (
    <>
      <Button
        label={`resources.performancePlans.${step}.action`}
        variant={step === 'approve' ? 'contained' : 'outlined'}
        color={step === 'approve' ? 'success' : 'primary'}
        disabled={mutation.isPending}
        onClick={() => setConfirming(true)}
        data-testid={`plan-${step}`}
      >
        {step === 'submit' ? <SendIcon /> : <TaskAltIcon />}
      </Button>
      <Confirm
        isOpen={confirming}
        title={`resources.performancePlans.${step}.title`}
        content={`resources.performancePlans.${step}.content`}
        titleTranslateOptions={{ name }}
        contentTranslateOptions={{ name }}
        confirm={`resources.performancePlans.${step}.action`}
        onConfirm={() => {
          setConfirming(false);
          mutation.mutate();
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

/** Kembalikan: the appraiser sends the plan back to the employee, saying what to change (required). */
const ReturnPlanButton = ({ id, version, name }: { id: Identifier; version: number; name: string }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ comment?: string }>
      texts="resources.performancePlans.return"
      icon={<UndoIcon />}
      messageArgs={{ name }}
      onSubmit={(values) => dataProvider.returnPlan(id, version, String(values.comment ?? '').trim())}
      testId="plan-return"
      variant="outlined"
      color="warning"
    >
      <TextInput
        source="comment"
        label="resources.performancePlans.return.comment"
        validate={validateComment}
        multiline
        minRows={3}
        fullWidth
        helperText="resources.performancePlans.return.commentHelper"
      />
    </DialogActionButton>
  );
};

/** "Ubah target": the edit page, where every target is changed at once. */
const EditTargetsButton = ({ id }: { id: Identifier }) => {
  const createPath = useCreatePath();
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'performancePlans', id, type: 'edit' })}
      label="resources.performancePlans.edit.action"
      data-testid="plan-edit-targets"
    >
      <EditIcon />
    </Button>
  );
};

/** The buttons the actor may use on the plan now (plan-rules.ts `planActionsFor`). */
export const PlanActionButtons = ({ actions }: { actions: PlanActions }) => {
  const record = useRecordContext();
  if (!record) return null;
  const version = Number(record.version);
  const name = String((record.employee as { fullName?: string } | undefined)?.fullName ?? '');
  return (
    <>
      {actions.editTargets ? <EditTargetsButton id={record.id} /> : null}
      {actions.submit ? <StepButton step="submit" id={record.id} version={version} name={name} /> : null}
      {actions.decide ? <ReturnPlanButton id={record.id} version={version} name={name} /> : null}
      {actions.decide ? <StepButton step="approve" id={record.id} version={version} name={name} /> : null}
      {actions.recordRealizations ? <RecordRealizationButton icon={<AddTaskIcon />} /> : null}
    </>
  );
};
