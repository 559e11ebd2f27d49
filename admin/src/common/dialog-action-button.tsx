import { useState, type ReactElement, type ReactNode } from 'react';
import { Button } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialog } from './form-dialog';

/**
 * A record action that asks for a few fields first: the button opens a
 * FormDialog; once `onSubmit` succeeds the dialog closes, `<texts>.success` is
 * notified and the page refreshes (a refusal stays in the dialog, on its fields).
 * `texts` is the translation prefix of `action`, `title`, `description`,
 * `submit` and `success`; `messageArgs` fill the description and the notice.
 */
export function DialogActionButton<Values extends FieldValues>({
  texts,
  icon,
  messageArgs,
  onSubmit,
  testId,
  variant,
  color,
  children,
}: {
  texts: string;
  icon: ReactElement;
  messageArgs?: Record<string, unknown>;
  onSubmit: (values: Values) => Promise<unknown>;
  testId: string;
  variant?: 'text' | 'outlined' | 'contained';
  color?: 'primary' | 'warning';
  children: ReactNode;
}) {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit = async (values: FieldValues) => {
    await onSubmit(values as Values);
    setOpen(false);
    notify(`${texts}.success`, { type: 'success', messageArgs });
    refresh();
  };
  return (
    <>
      {/* Labelled on a phone too (react-admin's Button shows only the icon there): these are decisions. */}
      <Button variant={variant ?? 'text'} color={color} startIcon={icon} onClick={() => setOpen(true)} data-testid={testId} size="small">
        {translate(`${texts}.action`)}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${texts}.title`}
        description={`${texts}.description`}
        messageArgs={messageArgs}
        submitLabel={`${texts}.submit`}
        submitIcon={icon}
        onSubmit={submit}
        alwaysEnableSubmit
        maxWidth="sm"
      >
        {children}
      </FormDialog>
    </>
  );
}
