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
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function badInput(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, fields: [{ field, message }] });
}

export function invalidFields(fields: FieldProblem[]): DomainError {
  const first = fields[0] ?? { field: 'input', message: 'Invalid input' };
  return new DomainError(ErrorCode.BAD_USER_INPUT, first.message, { field: first.field, fields });
}

/** Used both for missing records and for records outside the actor's scope, so scope never leaks. */
export function notFound(type: string, id: string, field?: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${type} ${id} not found`, { type, id, ...(field ? { field } : {}) });
}

export function forbidden(message = 'You are not allowed to do this'): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Authentication required'): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message);
}

export function conflict(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, details);
}

/** A public client sent more than its share; `retryAfterSeconds` says when the window ends. */
export function tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfterSeconds });
}
