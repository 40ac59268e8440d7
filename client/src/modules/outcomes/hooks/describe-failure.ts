import {
  errorCodeOf,
  fieldProblemsOf,
  isUnreachable,
  type FieldProblem,
} from '@/app/apollo/graphql-errors';

export interface FormFailure {
  /** Messages for the error summary that belong to no field. */
  general: string[];
  /** Server messages by field path (the input field's name). */
  fields: FieldProblem[];
  /** The record changed since it was read (a stale version). */
  conflict: boolean;
}

export const FAILURE_MESSAGES = {
  conflict:
    'Someone else changed this outcome while you were editing it, so your changes were not saved. Close this form to see the latest version, then make your changes again.',
  forbidden: 'You may not do this on this problem.',
  notFound: 'This outcome or problem no longer exists, or you may no longer see it.',
  badInput: 'Check what you entered, then try again.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  serverProblem: 'Sorry, there is a problem with the service. Try again later.',
} as const;

/** What went wrong with a form's mutation, in words for the error summary and the fields. */
export function describeFailure(error: unknown): FormFailure {
  const fail = (message: string, conflict = false): FormFailure => ({
    general: [message],
    fields: [],
    conflict,
  });
  switch (errorCodeOf(error)) {
    case 'CONFLICT':
      return fail(FAILURE_MESSAGES.conflict, true);
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return fail(FAILURE_MESSAGES.forbidden);
    case 'NOT_FOUND':
      return fail(FAILURE_MESSAGES.notFound);
    case 'BAD_USER_INPUT': {
      const fields = fieldProblemsOf(error);
      return fields.length > 0
        ? { general: [], fields, conflict: false }
        : fail(FAILURE_MESSAGES.badInput);
    }
    case 'RATE_LIMITED':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return fail(
        isUnreachable(error) ? FAILURE_MESSAGES.unreachable : FAILURE_MESSAGES.serverProblem,
      );
  }
}
