import { GraphQLError } from 'graphql';

/**
 * The domain's errors. Services throw these; the error formatter passes their code and
 * message through and masks everything else as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** The input path, e.g. `input.title`. */
  path: string;
  message: string;
}

abstract class DomainError extends GraphQLError {
  protected constructor(
    message: string,
    code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do that.') {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'That item', fields?: FieldError[]) {
    super(`${what} was not found.`, 'NOT_FOUND', fields ? { fields } : {});
  }

  /** NOT_FOUND that names the input field, so a form can show it beside the field. */
  static forField(path: string, message: string): NotFoundError {
    const error = new NotFoundError('That item', [{ path, message }]);
    error.message = message;
    return error;
  }
}

export class InvalidInputError extends DomainError {
  constructor(fields: FieldError[], message = fields[0]?.message ?? 'The input is not valid.') {
    super(message, 'BAD_USER_INPUT', { fields });
  }
}

export class ConflictError extends DomainError {
  constructor(currentVersion: number, message = 'Someone else changed this first.') {
    super(message, 'CONFLICT', { currentVersion });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts. Try again later.') {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}

export const DOMAIN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);
