import { Alert } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Create,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useDataProvider,
  useEditContext,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { SCHEME_RULE_FIELDS } from '../../dataProvider/allowance-methods';
import type { KinerjaDataProvider } from '../../dataProvider';
import { AllowanceSchemeInputs } from './allowance-scheme-inputs';
import { DEFAULT_SCHEME, toRulesInput } from './scheme-rules';

const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const errors = (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
};

/** A new version, valid from the first of a month; it starts from the usual table. */
export const AllowanceSchemeCreate = () => (
  <Create redirect="list" transform={(values: Record<string, unknown>) => ({ validFrom: values.validFrom, ...toRulesInput(values) })}>
    <SimpleForm defaultValues={DEFAULT_SCHEME}>
      <AllowanceSchemeInputs creating />
    </SimpleForm>
  </Create>
);

/**
 * Saves every rule (the API replaces them all), with the version the edit started from. A
 * version some sheet past DRAFT uses is refused (CONFLICT, said in a notice); wrong rules mark
 * their fields.
 */
const AllowanceSchemeEditForm = () => {
  const { record } = useEditContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const submit = async (values: FieldValues) => {
    if (!record) return undefined;
    try {
      await dataProvider.updateAllowanceScheme({ id: String(record.id), version: Number(record.version), ...toRulesInput(values) });
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      await queryClient.invalidateQueries({ queryKey: ['allowanceSchemes'] });
      redirect('list', 'allowanceSchemes');
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return fieldErrorsOf(error);
    }
  };
  return (
    <SimpleForm
      onSubmit={submit}
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('resources.allowanceSchemes.edit.validFrom', { validFrom: String(record?.validFrom ?? '') })}
      </Alert>
      <AllowanceSchemeInputs />
    </SimpleForm>
  );
};

export const AllowanceSchemeEdit = () => (
  <Edit mutationMode="pessimistic" queryOptions={{ meta: { fields: SCHEME_RULE_FIELDS } }}>
    <AllowanceSchemeEditForm />
  </Edit>
);
