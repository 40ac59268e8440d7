import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values of the API (shared/docs/API.md, "Conventions"). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const API_ERROR_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

/** One field of a BAD_USER_INPUT error: `path` names the argument or input field. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * The GraphQL errors inside whatever Apollo threw: a GraphQL response with `errors`, or a non-2xx
 * HTTP response whose body still carries them (e.g. a 429 sent as `application/json`).
 */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) return errorsFromBody(error.bodyText);
  return [];
}

/** True when no answer came back at all (offline, DNS, connection reset), as opposed to an error answer. */
export function isUnreachable(error: unknown): boolean {
  return !(CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error));
}

/** The first known `extensions.code`, if any. */
export function errorCodeOf(error: unknown): ApiErrorCode | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string' && API_ERROR_CODES.has(code)) return code as ApiErrorCode;
  }
  return undefined;
}

/** `extensions.fields` of a BAD_USER_INPUT error, keeping only well-formed entries. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const graphQLError of graphQLErrorsOf(error)) {
    const fields = graphQLError.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const field of fields as unknown[]) {
      if (!isRecord(field) || typeof field['message'] !== 'string') continue;
      const path = pathToString(field['path']);
      if (path) problems.push({ path, message: field['message'] });
    }
  }
  return problems;
}

/** `extensions.retryAfterSeconds` of a RATE_LIMITED error. */
export function retryAfterSecondsOf(error: unknown): number | undefined {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const seconds = graphQLError.extensions?.['retryAfterSeconds'];
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  return undefined;
}

/** The last segment of a field path: `input.email`, `['input', 'email']` and `email` all give `email`. */
function pathToString(path: unknown): string | undefined {
  const segments = Array.isArray(path) ? path : typeof path === 'string' ? path.split('.') : [];
  const last: unknown = segments[segments.length - 1];
  return typeof last === 'string' && last.length > 0 ? last : undefined;
}

function errorsFromBody(bodyText: string): readonly GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body) && Array.isArray(body['errors'])) {
      return (body['errors'] as unknown[]).filter(
        (entry): entry is GraphQLFormattedError =>
          isRecord(entry) && typeof entry['message'] === 'string',
      );
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): no GraphQL errors to read.
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
