import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { normalizeEmail } from '@commons/shared';
import {
  errorCodeOf,
  fieldProblemsOf,
  isUnreachable,
  retryAfterSecondsOf,
} from '@/app/apollo/graphql-errors';
import { MeQueryDocument } from '@/app/auth/graphql/me.query';
import type { ErrorSummaryItem } from '@/ui/ErrorSummary';
import { SignInMutationDocument } from '../graphql/sign-in.mutation';
import {
  SIGN_IN_FIELD_IDS,
  isSignInField,
  type SignInFieldErrors,
  type SignInValues,
} from '../sign-in-form';

export const SIGN_IN_MESSAGES = {
  wrongCredentials: 'The email address or password is not right.',
  rateLimited: 'Too many sign-in attempts. Wait a few minutes and try again.',
  badInput: 'Check your email address and password, then try again.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  serverProblem: 'Sorry, there is a problem with the service. Try again later.',
} as const;

export type SignInOutcome =
  { ok: true } | { ok: false; summary: ErrorSummaryItem[]; fieldErrors: SignInFieldErrors };

/**
 * Signs in. On success the user is written to the cache as `me`, which is what the whole app
 * reads to know who is signed in; on failure the server's answer becomes plain words.
 */
export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInMutationDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQueryDocument, data: { me: data.signIn } });
    },
  });

  const signIn = useCallback(
    async ({ email, password }: SignInValues): Promise<SignInOutcome> => {
      try {
        await mutate({ variables: { email: normalizeEmail(email), password } });
        return { ok: true };
      } catch (error) {
        return describeSignInFailure(error);
      }
    },
    [mutate],
  );

  return { signIn, isPending: loading };
}

export function describeSignInFailure(error: unknown): Extract<SignInOutcome, { ok: false }> {
  const failure = (message: string, fieldId?: string) => ({
    ok: false as const,
    summary: [{ message, fieldId }],
    fieldErrors: {},
  });

  switch (errorCodeOf(error)) {
    case 'UNAUTHENTICATED':
      // One message for an unknown email and a wrong password: no hint which one it was.
      return failure(SIGN_IN_MESSAGES.wrongCredentials, SIGN_IN_FIELD_IDS.email);
    case 'RATE_LIMITED': {
      const seconds = retryAfterSecondsOf(error);
      const minutes = seconds === undefined ? undefined : Math.ceil(seconds / 60);
      const when =
        minutes === undefined
          ? ''
          : ` You can try again in ${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}.`;
      return failure(`${SIGN_IN_MESSAGES.rateLimited}${when}`);
    }
    case 'BAD_USER_INPUT': {
      const fieldErrors: SignInFieldErrors = {};
      const summary: ErrorSummaryItem[] = [];
      for (const problem of fieldProblemsOf(error)) {
        if (isSignInField(problem.path) && !fieldErrors[problem.path]) {
          fieldErrors[problem.path] = problem.message;
          summary.push({ message: problem.message, fieldId: SIGN_IN_FIELD_IDS[problem.path] });
        }
      }
      return summary.length > 0
        ? { ok: false, summary, fieldErrors }
        : failure(SIGN_IN_MESSAGES.badInput, SIGN_IN_FIELD_IDS.email);
    }
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return failure(
        isUnreachable(error) ? SIGN_IN_MESSAGES.unreachable : SIGN_IN_MESSAGES.serverProblem,
      );
  }
}
