import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import { MeQueryDocument } from '@/app/auth/graphql/me.query';
import { SignOutMutationDocument } from '@/app/auth/graphql/sign-out.mutation';
import type { MeQuery } from '@/generated/graphql';
import { SignInMutationDocument } from '@/modules/auth/graphql/sign-in.mutation';

type User = NonNullable<MeQuery['me']>;

/** A signed-in member. */
export const ADA: User = {
  id: 'VXNlcjox',
  email: 'ada@housing.example.gov',
  displayName: 'Ada Okafor',
  title: 'Service designer',
  role: 'MEMBER',
  organization: { id: 'T3JnYW5pemF0aW9uOjE', name: 'Department of Housing', kind: 'DEPARTMENT' },
};

/** The user as the API sends it: with the `__typename`s Apollo adds to every selection. */
function asResponse(user: User) {
  return {
    __typename: 'User',
    ...user,
    organization: { __typename: 'Organization', ...user.organization },
  };
}

export function meMock(me: User | null): MockLink.MockedResponse {
  return {
    request: { query: MeQueryDocument },
    result: { data: { me: me && asResponse(me) } },
  };
}

export function signInMock(
  variables: { email: string; password: string },
  outcome: { user: User } | { errors: GraphQLFormattedError[] },
): MockLink.MockedResponse {
  return {
    request: { query: SignInMutationDocument, variables },
    result:
      'user' in outcome
        ? { data: { signIn: asResponse(outcome.user) } }
        : { errors: outcome.errors },
  };
}

export function signOutMock(): MockLink.MockedResponse {
  return { request: { query: SignOutMutationDocument }, result: { data: { signOut: true } } };
}
