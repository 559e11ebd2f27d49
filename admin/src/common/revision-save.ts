import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useEditContext, useNotify, useRedirect, type RaRecord } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { mutationPayloadOf } from '../dataProvider';

// Saving records kept in revisions (criteria templates, scoring schemes). Once a period uses a
// revision, the API leaves it as it was and writes the next revision instead: another record,
// with another id, and the payload says so (`newRevision`). The user is told which revision was
// made and that the periods using the old one keep it, and lands on the saved revision's page.

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');

/** Field errors of a refused save (HttpError.body.errors, see dataProvider/errors.ts), for the form. */
const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const errors = (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
};

const useSavedNotice = (resource: string) => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (data: RaRecord, created: boolean) => {
    if (mutationPayloadOf(data)?.newRevision) {
      notify('app.configuration.newRevision', { type: 'info', messageArgs: { revision: data.revision }, autoHideDuration: 10_000 });
    } else {
      notify(created ? 'ra.notification.created' : 'ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
    }
    redirect('show', resource, data.id);
  };
};

/**
 * `mutationOptions` for the Create page of a revisioned resource: the page's `meta.fields`, the
 * notice and redirect on success, and the API's message on failure (its field errors still mark
 * the form).
 */
export const useRevisionCreateOptions = (resource: string, fields: string) => {
  const notify = useNotify();
  const saved = useSavedNotice(resource);
  return {
    meta: { fields },
    onSuccess: (data: RaRecord) => saved(data, true),
    onError: (error: unknown) => {
      notify(messageOf(error), { type: 'error' });
    },
  };
};

/**
 * The `onSubmit` of the Edit form of a revisioned resource. It sends the generic update (only
 * changed fields, with the version), but not through react-admin's `useUpdate`: that one writes
 * the answer into the cache under the edited id, and a new revision has another id, which the
 * edit page would refuse. Instead the resource's queries are refetched after the redirect. On failure, the API's
 * message is shown and its field errors are returned to the form.
 */
export const useRevisionEditSubmit = (
  resource: string,
  fields: string,
  transform: (data: Record<string, unknown>, options: { previousData: RaRecord }) => Record<string, unknown>,
) => {
  const { record } = useEditContext();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const saved = useSavedNotice(resource);
  return async (values: FieldValues): Promise<Record<string, string> | undefined> => {
    if (!record) return undefined;
    try {
      const { data } = await dataProvider.update(resource, {
        id: record.id,
        data: transform(values, { previousData: record }),
        previousData: record,
        meta: { fields },
      });
      saved(data, false);
      void queryClient.invalidateQueries({ queryKey: [resource] });
      return undefined;
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
      return fieldErrorsOf(error);
    }
  };
};
