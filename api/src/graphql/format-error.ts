import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, ErrorReason, type FieldProblem } from '../errors.js';

/** The reason of an error that names none of its own: the one its code implies. */
const DEFAULT_REASON: Record<ErrorCode, ErrorReason> = {
  BAD_USER_INPUT: ErrorReason.INVALID_VALUE,
  NOT_FOUND: ErrorReason.NOT_FOUND,
  FORBIDDEN: ErrorReason.NOT_ALLOWED,
  UNAUTHENTICATED: ErrorReason.AUTHENTICATION_REQUIRED,
  CONFLICT: ErrorReason.STATE_CONFLICT,
  TOO_MANY_REQUESTS: ErrorReason.RATE_LIMITED,
  SERVICE_UNAVAILABLE: ErrorReason.SERVICE_UNAVAILABLE,
};

/** Every domain error carries `reason` and `params`, and so does each of its `fields`. */
function extensionsOf(error: DomainError): Record<string, unknown> {
  const { fields, reason, params, ...rest } = error.details;
  const extensions: Record<string, unknown> = {
    code: error.code,
    ...rest,
    reason: reason ?? DEFAULT_REASON[error.code],
    params: params ?? {},
  };
  if (fields) {
    extensions.fields = fields.map((p: FieldProblem) => ({ ...p, reason: p.reason ?? ErrorReason.INVALID_VALUE, params: p.params ?? {} }));
  }
  return extensions;
}

/** Codes graphql-js and Apollo give to requests refused before execution; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
]);

/**
 * The one mapper from thrown errors to what clients see: domain errors keep
 * their code and field; database conflicts become CONFLICT; anything else is
 * logged whole and shown as INTERNAL_SERVER_ERROR without details.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // A domain error raised before execution (input-guard.ts) travels in a GraphQLError without a path.
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: extensionsOf(original) };
    }
    if (original instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'The record was changed by someone else; reload and try again',
        extensions: { code: ErrorCode.CONFLICT, field: 'input.version', reason: ErrorReason.STALE_VERSION, params: {} },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return {
        ...base,
        message: 'A record with the same unique value already exists',
        extensions: { code: ErrorCode.CONFLICT, reason: ErrorReason.DUPLICATE, params: {} },
      };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return {
        ...base,
        message: 'Other records still refer to this one, or a referenced record does not exist',
        extensions: { code: ErrorCode.CONFLICT, reason: ErrorReason.IN_USE, params: {} },
      };
    }
    // An exclusion constraint (e.g. overlapping periods) lost a race with a concurrent write. MikroORM has no
    // exception class of its own for 23P01 and throws a plain DriverException.
    if (original instanceof DriverException && (original as { code?: string }).code === '23P01') {
      return {
        ...base,
        message: 'This conflicts with another record written at the same time',
        extensions: { code: ErrorCode.CONFLICT, reason: ErrorReason.STATE_CONFLICT, params: {} },
      };
    }
    if (original instanceof NotNullConstraintViolationException) {
      logger.error({ err: original }, 'not-null violation reached the database');
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      REQUEST_ERROR_CODES.has(code) &&
      !(original instanceof Error && original.constructor.name.endsWith('Exception'))
    ) {
      return { ...base, extensions: { code, ...(formatted.extensions?.field ? { field: formatted.extensions.field } : {}) } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
