import { ErrorReason, type ReasonParams } from './error-reasons.js';

export { ErrorReason, type ReasonParams } from './error-reasons.js';

/**
 * Domain errors: services throw these and know nothing of GraphQL.
 * `api/src/graphql/format-error.ts` is the one place that maps them to `extensions.code`.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  /** Too many submissions from one client address in a time window (public forms). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A service the platform depends on (the SIASN web service) did not answer, even after retries. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface FieldProblem {
  /** Dotted path from the argument, e.g. `input.code`. */
  field: string;
  /** English sentence, for people reading raw responses. */
  message: string;
  /** Stable code clients translate (api/src/error-reasons.ts). */
  reason?: ErrorReason;
  params?: ReasonParams;
}

/** What a DomainError may say besides its message; `reason` and `params` complete it for translation. */
export interface ErrorDetails {
  field?: string;
  fields?: FieldProblem[];
  reason?: ErrorReason;
  params?: ReasonParams;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One refused input value: `field` is its dotted path, `reason` and `params` let clients say it in their language. */
export function badInput(field: string, message: string, reason: ErrorReason, params: ReasonParams = {}): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason, params, fields: [{ field, message, reason, params }] });
}

export function invalidFields(problems: FieldProblem[]): DomainError {
  const fields = problems.map((p) => ({ ...p, reason: p.reason ?? ErrorReason.INVALID_VALUE, params: p.params ?? {} }));
  const first = fields[0] ?? { field: 'input', message: 'Invalid input', reason: ErrorReason.INVALID_VALUE, params: {} };
  return new DomainError(ErrorCode.BAD_USER_INPUT, first.message, {
    field: first.field,
    reason: first.reason,
    params: first.params,
    fields,
  });
}

/** A unique business key (NIP, username, code) is taken: CONFLICT naming the field, not bad input. */
export function duplicate(field: string, message: string, value?: string): DomainError {
  const params: ReasonParams = value === undefined ? {} : { value };
  return new DomainError(ErrorCode.CONFLICT, message, { field, reason: ErrorReason.DUPLICATE, params });
}

/** Used both for missing records and for records outside the actor's scope, so scope never leaks. */
export function notFound(type: string, id: string, field?: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${type} ${id} not found`, { type, id, ...(field ? { field } : {}) });
}

export function forbidden(message = 'You are not allowed to do this', details: ErrorDetails = {}): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message, details);
}

export function unauthenticated(message = 'Authentication required'): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message);
}

export function conflict(message: string, details: ErrorDetails = {}): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, details);
}

/** A public client sent more than its share; `retryAfterSeconds` says when the window ends. */
export function tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfterSeconds });
}
