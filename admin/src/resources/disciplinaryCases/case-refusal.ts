type Translate = (key: string, options?: Record<string, unknown>) => string;

type RefusalShape = {
  message?: string;
  status?: number;
  body?: { code?: string; graphQLErrors?: { extensions?: { reason?: string } }[] } | null;
};

/** The API's reason for a refused step or grant (`extensions.reason`), or its error code. */
export const refusalReason = (error: unknown): string | undefined => {
  const body = (error as RefusalShape | null)?.body;
  return body?.graphQLErrors?.[0]?.extensions?.reason ?? body?.code;
};

/**
 * A refusal in words: a headline in the console's language for the reasons it knows (no authority
 * for the level, a clean record needed, too short a service, a team needed, a sanction not yet in
 * force or still running), followed by the API's own sentence, which names the dates, the sanction
 * or who decides.
 */
export const refusalText = (error: unknown, translate: Translate): string => {
  const detail = (error as RefusalShape | null)?.message || translate('ra.notification.http_error');
  const reason = refusalReason(error);
  const headline = reason ? translate(`resources.disciplinaryCases.refusals.${reason}`, { _: '' }) : '';
  return headline ? `${headline} ${detail}` : detail;
};
