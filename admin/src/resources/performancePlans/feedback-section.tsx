import ForumIcon from '@mui/icons-material/Forum';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  maxLength,
  minLength,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { DATE_LOCALE } from '../../i18n';

/** The feedback of the plan as the page loads it (PLAN_SHOW_FIELDS). */
export const FEEDBACK_FIELDS = 'feedback { id type text authorName createdAt target { id indicator { code name } } }';

export const FEEDBACK_TYPES = ['APRESIASI', 'PERBAIKAN', 'ARAHAN'] as const;
const FEEDBACK_COLORS: Record<string, 'success' | 'warning' | 'info'> = { APRESIASI: 'success', PERBAIKAN: 'warning', ARAHAN: 'info' };
const feedbackTypeChoices = FEEDBACK_TYPES.map((type) => ({ id: type, name: `resources.performancePlans.feedback.types.${type}` }));

type Feedback = {
  id: Identifier;
  type: string;
  text: string;
  authorName: string;
  createdAt: string;
  target: { id: Identifier; indicator: { code: string; name: string } } | null;
};

const MOMENT = () =>
  new Intl.DateTimeFormat(DATE_LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
const validateText = [required(), minLength(3), maxLength(2000)];
const validateType = [required()];

/** "Beri umpan balik": appreciation, improvement or direction, optionally about one target. */
const GiveFeedbackButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const targets = (record.targets ?? []) as { id: string; sortOrder: number; indicator: { code: string; name: string } }[];
  const targetChoices = targets.map((target) => ({
    id: target.id,
    name: `${target.sortOrder}. ${target.indicator.code} — ${target.indicator.name}`,
  }));
  const submit = async (values: { type?: string; text?: string; targetId?: string | null }) => {
    await dataProvider.giveFeedback(record.id, values.type as never, String(values.text ?? '').trim(), values.targetId || null);
    setOpen(false);
    notify('resources.performancePlans.feedback.success', { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button
        label="resources.performancePlans.feedback.action"
        variant="outlined"
        onClick={() => setOpen(true)}
        data-testid="plan-give-feedback"
      >
        <ForumIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.performancePlans.feedback.title"
        description="resources.performancePlans.feedback.description"
        submitLabel="resources.performancePlans.feedback.submit"
        submitIcon={<ForumIcon />}
        onSubmit={submit}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        <SelectInput
          source="type"
          label="resources.performancePlans.feedback.type"
          choices={feedbackTypeChoices}
          defaultValue="APRESIASI"
          validate={validateType}
          fullWidth
        />
        <SelectInput
          source="targetId"
          label="resources.performancePlans.feedback.targetId"
          choices={targetChoices}
          translateChoice={false}
          emptyText="resources.performancePlans.feedback.wholePlan"
          fullWidth
        />
        <TextInput source="text" label="resources.performancePlans.feedback.text" validate={validateText} multiline minRows={3} fullWidth />
      </FormDialog>
    </>
  );
};

/** Umpan balik: the feedback given on the plan, oldest first, and the button for those who may give it. */
export const FeedbackSection = ({ canGive }: { canGive: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const feedback = (record?.feedback ?? []) as Feedback[];
  if (!record || (feedback.length === 0 && !canGive)) return null;
  return (
    <Card variant="outlined" sx={{ mx: 2, mb: 2 }} data-testid="plan-feedback">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{translate('resources.performancePlans.feedback.title')}</Typography>
          <Box sx={{ flexGrow: 1 }} />
          {canGive ? <GiveFeedbackButton /> : null}
        </Stack>
        {feedback.length === 0 ? (
          <Alert severity="info">{translate('resources.performancePlans.feedback.empty')}</Alert>
        ) : (
          <Stack spacing={1.5}>
            {feedback.map((item) => (
              <Box key={item.id} data-testid="feedback-item" sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                  <Chip
                    size="small"
                    color={FEEDBACK_COLORS[item.type] ?? 'default'}
                    label={translate(`resources.performancePlans.feedback.types.${item.type}`, { _: item.type })}
                  />
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {item.authorName}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {MOMENT().format(new Date(item.createdAt))}
                  </Typography>
                  {item.target ? (
                    <Typography variant="caption" color="text.secondary">
                      {`· ${item.target.indicator.code}`}
                    </Typography>
                  ) : null}
                </Stack>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {item.text}
                </Typography>
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
