import { HttpError } from 'react-admin';
import { formatDay } from '../common/format';
import { i18nProvider } from '../i18n';
import { STATUS_TRANSLATIONS } from './status-translations';

type ReasonParams = Record<string, string | number>;
type FieldError = { field?: string; message?: string; reason?: string; params?: ReasonParams };
type GraphQLErrorShape = {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    reason?: string;
    params?: ReasonParams;
    fields?: FieldError[];
    rowErrors?: unknown;
    rowErrorCount?: unknown;
    blockers?: unknown;
  };
};

/** One problem of an imported file (importEmployees): row 1 is the header, data starts at row 2. */
export type RowError = { row: number; column: string; message: string };

const asRowErrors = (value: unknown): RowError[] =>
  Array.isArray(value)
    ? value
        .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
        .map((item) => ({ row: Number(item.row) || 0, column: String(item.column ?? ''), message: String(item.message ?? '') }))
    : [];

/** HTTP-like statuses for the API's error codes, so that react-admin and checkError understand them. */
const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

const asErrorArray = (value: unknown): GraphQLErrorShape[] =>
  Array.isArray(value) ? value.filter((item): item is GraphQLErrorShape => typeof item?.message === 'string') : [];

/** Finds the GraphQL errors wherever Apollo and ra-data-graphql have put them. */
const graphQLErrorsOf = (error: unknown): GraphQLErrorShape[] => {
  const candidates: unknown[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 3) return;
    const record = value as Record<string, unknown>;
    candidates.push(record.graphQLErrors, record.errors);
    visit(record.body, depth + 1); // HttpError from ra-data-graphql wraps the ApolloError
    visit(record.networkError, depth + 1); // ServerError (HTTP status >= 300)
    visit(record.result, depth + 1); // ... and its parsed body
  };
  visit(error, 0);
  for (const candidate of candidates) {
    const errors = asErrorArray(candidate);
    if (errors.length > 0) return errors;
  }
  return [];
};

/** Reasons that only say "see the message": the API's English sentence is the best we have. */
const GENERIC_REASONS = new Set(['INVALID_VALUE', 'STATE_CONFLICT']);

const STATUS_PARAMS = ['status', 'from', 'to'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-03-05" -> "5 Maret 2026" (or "5 March 2026"); a day that does not exist (a bad NIP's) stays as written. */
const calendarDate = (value: string): string => {
  const day = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value ? value : formatDay(value);
};

/** Params as a sentence shows them: status values in words, calendar dates in the console's language. */
const readableParams = (params: ReasonParams): ReasonParams => {
  const statuses = STATUS_TRANSLATIONS[String(params.statusType)];
  const result: ReasonParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (statuses && STATUS_PARAMS.includes(name)) result[name] = i18nProvider.translate(`${statuses}.${value}`, { _: String(value) });
    else if (typeof value === 'string' && ISO_DATE.test(value)) result[name] = calendarDate(value);
    else result[name] = value;
  }
  return result;
};

/**
 * The finer sentence of a reason, `errors.details.<REASON>.<variant>`: the variant is `params.detail`
 * (e.g. INVALID_NIP's BIRTH_DATE_NOT_A_DAY) or else the names of the params given, sorted and joined
 * by "_" (e.g. DATE_TOO_EARLY with `min`). `statusType` only says how to read the statuses.
 */
export const detailKeyOf = (reason: string, params: ReasonParams): string | undefined => {
  const variant =
    params.detail !== undefined
      ? String(params.detail)
      : Object.keys(params)
          .filter((name) => name !== 'statusType')
          .sort()
          .join('_');
  return variant ? `errors.details.${reason}.${variant}` : undefined;
};

/**
 * An API refusal in the console's language: the finer sentence of its reason when the console has
 * one for the params given, else the translation of the reason (`errors.reasons.*` in id.ts / en.ts)
 * with its params; the API's English message for a reason the console does not know, or one that
 * only says "see the message".
 */
export const reasonMessage = (reason: string | undefined, params: ReasonParams | undefined, message: string): string => {
  if (!reason) return message;
  const given = params ?? {};
  const values = readableParams(given);
  const sentence = (key: string) => {
    const text = i18nProvider.translate(key, { ...values, _: '' });
    // A param the API left out would show as "%{x}": a sentence that needs it is not the one.
    return text && !text.includes('%{') ? text : undefined;
  };
  const detailKey = detailKeyOf(reason, given);
  const detail = detailKey ? sentence(detailKey) : undefined;
  if (detail) return detail;
  if (GENERIC_REASONS.has(reason)) return message;
  return sentence(`errors.reasons.${reason}`) ?? message;
};

/**
 * "input.code" -> "code"; "input.address.city" -> "address.city". Only paths inside the
 * mutation's `input` argument are form fields; other arguments (e.g. "first") are not.
 */
const formFieldOf = (path: string | undefined): string | undefined =>
  path?.startsWith('input.') ? path.slice('input.'.length) : undefined;

/**
 * Field errors in the shape react-admin's forms apply on submit (pessimistic mutations):
 * `HttpError.body.errors = { code: 'Kode sudah dipakai' }` marks the `code` input.
 */
const validationErrorsOf = (errors: GraphQLErrorShape[]): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const code = error.extensions?.code;
    // A taken NIP, username or code is a CONFLICT naming its field: it marks the field too.
    if (code !== 'BAD_USER_INPUT' && !(code === 'CONFLICT' && error.extensions?.reason === 'DUPLICATE')) continue;
    const fields = error.extensions?.fields ?? [];
    for (const { field, message, reason, params } of fields) {
      const name = formFieldOf(field);
      if (!name) continue;
      // Several problems of one field (a NIP wrong in two places) are all said, one after the other.
      const text = reasonMessage(reason, params, message ?? error.message);
      if (!result[name]) result[name] = text;
      else if (!result[name].split('; ').includes(text)) result[name] = `${result[name]}; ${text}`;
    }
    const name = formFieldOf(error.extensions?.field);
    if (name && !result[name]) result[name] = reasonMessage(error.extensions?.reason, error.extensions?.params, error.message);
  }
  return result;
};

/** What keeps a refused step (`extensions.blockers` of a CONFLICT), when the error says. */
export const blockersOf = (error: unknown): string[] => {
  const blockers = (error as { body?: { blockers?: unknown } } | null)?.body?.blockers;
  return Array.isArray(blockers) ? blockers.map(String) : [];
};

/** Turns whatever a GraphQL call threw into an HttpError that react-admin can display. */
export const toHttpError = (error: unknown): HttpError => {
  const errors = graphQLErrorsOf(error);
  const status = (error as { status?: unknown })?.status;
  if (errors.length === 0) {
    if (error instanceof HttpError) return error;
    // fetch() itself failed: offline, or the API is down.
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
    return new HttpError(message, typeof status === 'number' ? status : 0);
  }
  const [first] = errors;
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const validationErrors = validationErrorsOf(errors);
  const body: Record<string, unknown> = { code, graphQLErrors: errors };
  if (Object.keys(validationErrors).length > 0) body.errors = validationErrors;
  // A refused import lists its problems per row (they may be more than the ones listed).
  const withRows = errors.find((item) => Array.isArray(item.extensions?.rowErrors));
  if (withRows) {
    const rowErrors = asRowErrors(withRows.extensions?.rowErrors);
    const count = Number(withRows.extensions?.rowErrorCount);
    body.rowErrors = rowErrors;
    body.rowErrorCount = Number.isFinite(count) && count >= rowErrors.length ? count : rowErrors.length;
  }
  // A refused step (CONFLICT) may say what keeps it, one sentence per blocker.
  const blockers = first.extensions?.blockers;
  if (Array.isArray(blockers)) body.blockers = blockers.map(String);
  const translated = reasonMessage(first.extensions?.reason, first.extensions?.params, first.message);
  // A refusal that is not about a form field keeps the API's sentence after its translation: it names the records involved
  // (the overlapping class, the sanction in force), which the reason's params do not carry. A status refusal is said
  // whole by its params (the status in words); its English sentence would only repeat it with raw status codes.
  const saidWhole = first.extensions?.params?.statusType !== undefined;
  const message =
    Object.keys(validationErrors).length === 0 && !saidWhole && translated !== first.message
      ? `${translated} (${first.message})`
      : translated;
  return new HttpError(message, STATUS_BY_CODE[code] ?? 500, body);
};
