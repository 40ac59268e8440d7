import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { crossSiloIndex, type Allocation } from '@commons/shared';
import {
  errorCodeOf,
  fieldProblemsOf,
  isUnreachable,
  type FieldProblem,
} from '@/app/apollo/graphql-errors';
import { graphql } from '@/generated';
import type { MemberRole } from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { ROLE_LABELS } from '../labels';

export const AddMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      ...TeamMember_membership
      problem {
        id
        members {
          id
        }
        health {
          ...ProblemHealthFields @unmask
        }
      }
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      ...TeamMember_membership
      problem {
        id
        health {
          ...ProblemHealthFields @unmask
        }
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export type TeamMutationOutcome =
  { ok: true } | { ok: false; fields: FieldProblem[]; message?: string; isConflict?: boolean };

export const TEAM_MESSAGES = {
  conflict:
    'Someone else changed this person’s place on the team meanwhile. The latest values are now shown: check them and save again.',
  forbidden: 'Only the problem’s lead or an administrator can change the team.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  failed: 'Sorry, the team could not be changed. Try again later.',
} as const;

function failure(error: unknown): Extract<TeamMutationOutcome, { ok: false }> {
  switch (errorCodeOf(error)) {
    case 'BAD_USER_INPUT': {
      const fields = fieldProblemsOf(error);
      return fields.length > 0
        ? { ok: false, fields }
        : { ok: false, fields, message: TEAM_MESSAGES.failed };
    }
    case 'CONFLICT':
      return { ok: false, fields: [], message: TEAM_MESSAGES.conflict, isConflict: true };
    case 'FORBIDDEN':
      return { ok: false, fields: [], message: TEAM_MESSAGES.forbidden };
    case 'NOT_FOUND': {
      const fields = fieldProblemsOf(error);
      return { ok: false, fields, message: fields.length > 0 ? undefined : TEAM_MESSAGES.failed };
    }
    case 'UNAUTHENTICATED':
    case 'RATE_LIMITED':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return {
        ok: false,
        fields: [],
        message: isUnreachable(error) ? TEAM_MESSAGES.unreachable : TEAM_MESSAGES.failed,
      };
  }
}

/** Puts a person on the team; the answer carries the new team list and health for the cache. */
export function useAddMember() {
  const [mutate, { loading }] = useMutation(AddMemberMutation);
  const addMember = useCallback(
    async (input: {
      problemId: string;
      userId: string;
      role: MemberRole;
      allocationPercent: number;
      name: string;
    }): Promise<TeamMutationOutcome> => {
      try {
        await mutate({
          variables: {
            input: {
              problemId: input.problemId,
              userId: input.userId,
              role: input.role,
              allocationPercent: input.allocationPercent,
            },
          },
        });
        announce(
          `${input.name} added to the team as ${ROLE_LABELS[input.role].toLowerCase()}, ${String(input.allocationPercent)}% of their time.`,
        );
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate],
  );
  return { addMember, isAdding: loading };
}

/** Changes a member's role or allocation, with the version last read. */
export function useUpdateMember() {
  const [mutate, { loading }] = useMutation(UpdateMemberMutation);
  const updateMember = useCallback(
    async (input: {
      id: string;
      version: number;
      role: MemberRole;
      allocationPercent: number;
      name: string;
    }): Promise<TeamMutationOutcome> => {
      try {
        await mutate({
          variables: {
            input: {
              id: input.id,
              version: input.version,
              role: input.role,
              allocationPercent: input.allocationPercent,
            },
          },
        });
        announce(
          `${input.name} is now ${ROLE_LABELS[input.role].toLowerCase()}, ${String(input.allocationPercent)}% of their time.`,
        );
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate],
  );
  return { updateMember, isUpdating: loading };
}

/**
 * Takes a person off the team: the membership leaves the problem's list and the cache, and the
 * cross-silo index is recomputed from the remaining team (the same formula as the server's).
 */
export function useRemoveMember() {
  const [mutate, { loading }] = useMutation(RemoveMemberMutation);
  const removeMember = useCallback(
    async (input: {
      id: string;
      problemId: string;
      name: string;
      /** The team's allocations without this person. */
      remaining: readonly Allocation[];
    }): Promise<TeamMutationOutcome> => {
      try {
        await mutate({
          variables: { id: input.id },
          update(cache, { data }) {
            if (!data?.removeMember) return;
            cache.modify({
              id: cache.identify({ __typename: 'Problem', id: input.problemId }),
              fields: {
                members(existing: readonly Reference[] | undefined, { readField }) {
                  return (existing ?? []).filter((ref) => readField('id', ref) !== input.id);
                },
                health(existing: unknown) {
                  if (typeof existing !== 'object' || existing === null) return existing;
                  return { ...existing, crossSiloIndex: crossSiloIndex(input.remaining) };
                },
              },
            });
            cache.evict({ id: cache.identify({ __typename: 'Membership', id: input.id }) });
            cache.gc();
          },
        });
        announce(`${input.name} removed from the team.`);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate],
  );
  return { removeMember, isRemoving: loading };
}
