import AddCommentIcon from '@mui/icons-material/AddComment';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Button, maxLength, minLength, required, TextInput, useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';

type ReportRef = { id: Identifier; version: number };

const validateReturn = [required(), minLength(3), maxLength(2000)];
const validateRemark = [maxLength(2000)];
const validateComment = [required(), maxLength(2000)];

type Kind = 'approve' | 'return' | 'comment';

const ICONS = { approve: <TaskAltIcon />, return: <UndoIcon />, comment: <AddCommentIcon /> };

/**
 * Setujui (an optional remark), Kembalikan (what to change, required) and Tanggapi (a comment):
 * a small dialog each; `onDone` runs after success (the queue reloads its rows, a page refreshes).
 */
export const WorkReportStepButton = ({ kind, report, onDone }: { kind: Kind; report: ReportRef; onDone?: () => void }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: { text?: string }) => {
    const text = String(values.text ?? '').trim();
    if (kind === 'approve') await dataProvider.approveWorkReport(report.id, report.version, text || null);
    else if (kind === 'return') await dataProvider.returnWorkReport(report.id, report.version, text);
    else await dataProvider.commentOnWorkReport(report.id, text);
    setOpen(false);
    notify(`resources.workReports.${kind}.success`, { type: 'success' });
    onDone?.();
    refresh();
  };
  return (
    <>
      <Button
        label={`resources.workReports.${kind}.action`}
        variant={kind === 'approve' ? 'contained' : 'outlined'}
        color={kind === 'approve' ? 'success' : kind === 'return' ? 'warning' : 'primary'}
        onClick={() => setOpen(true)}
        data-testid={`work-report-${kind}`}
      >
        {ICONS[kind]}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`resources.workReports.${kind}.title`}
        submitLabel={`resources.workReports.${kind}.action`}
        submitIcon={ICONS[kind]}
        onSubmit={submit}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <TextInput
          source="text"
          label={`resources.workReports.${kind}.text`}
          validate={kind === 'approve' ? validateRemark : kind === 'return' ? validateReturn : validateComment}
          multiline
          minRows={3}
          fullWidth
        />
      </FormDialog>
    </>
  );
};
