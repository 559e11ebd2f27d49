import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, type DialogProps } from '@mui/material';
import { useId, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';

/** The form starts empty, not with the record of the page the dialog is opened from. */
const EMPTY_RECORD = {};

/**
 * Field errors of a failed mutation (HttpError.body.errors, see dataProvider/errors.ts), in the
 * shape a react-admin form applies when its onSubmit returns them.
 */
const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const errors = (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
};

export type FormDialogProps = {
  open: boolean;
  onClose: () => void;
  /** i18n keys (or text). */
  title: string;
  description?: string;
  /** Values for %{placeholders} in title and description. */
  messageArgs?: Record<string, unknown>;
  submitLabel: string;
  submitIcon?: ReactElement;
  /** Sends the form; throws on failure. The API's field errors are shown on their inputs. */
  onSubmit: (values: FieldValues) => Promise<void>;
  children: ReactNode;
  /** Width of the dialog; `xs` (narrow) unless a picker needs room. */
  maxWidth?: DialogProps['maxWidth'];
  /**
   * Submit without any input touched: for a dialog whose inputs are all optional (a unit to narrow
   * to), or that should say what is missing instead of greying the button out.
   */
  alwaysEnableSubmit?: boolean;
};

/** A small form in a dialog: inputs, Cancel and a submit button. Its values are dropped on close. */
export const FormDialog = ({
  open,
  onClose,
  title,
  description,
  messageArgs,
  submitLabel,
  submitIcon,
  onSubmit,
  children,
  maxWidth = 'xs',
  alwaysEnableSubmit = false,
}: FormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();

  const submit = async (values: FieldValues) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) return fieldErrors;
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <Form onSubmit={submit} record={EMPTY_RECORD}>
        <DialogTitle id={titleId}>{translate(title, { ...messageArgs, _: title })}</DialogTitle>
        <DialogContent>
          {description ? (
            <DialogContentText sx={{ mb: 2 }}>{translate(description, { ...messageArgs, _: description })}</DialogContentText>
          ) : null}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={submitLabel} icon={submitIcon} alwaysEnable={alwaysEnableSubmit} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
