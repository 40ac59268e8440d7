import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, fieldProblemsOf, isUnreachable } from '@/app/apollo/graphql-errors';
import { graphql } from '@/generated';
import type { ProblemDiscussionQuery } from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { DISCUSSION_PAGE_SIZE, ProblemDiscussionQueryDocument } from '../discussion-query';

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      ...DiscussionComment_comment
    }
  }
`);

export const UpdateCommentMutation = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      id
      ...DiscussionComment_comment
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export type CommentOutcome = { ok: true } | { ok: false; message: string; isConflict?: boolean };

export const COMMENT_MESSAGES = {
  empty: 'Write a comment before posting it',
  conflict:
    'This comment was changed elsewhere while you were editing it. The latest version is loaded; your text is kept — save again to replace it.',
  forbidden: 'You can’t do that on this discussion.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  failed: 'Sorry, that did not work. Try again later.',
} as const;

function failure(error: unknown): Extract<CommentOutcome, { ok: false }> {
  switch (errorCodeOf(error)) {
    case 'BAD_USER_INPUT':
      return {
        ok: false,
        message: fieldProblemsOf(error)[0]?.message ?? COMMENT_MESSAGES.failed,
      };
    case 'CONFLICT':
      return { ok: false, message: COMMENT_MESSAGES.conflict, isConflict: true };
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return { ok: false, message: COMMENT_MESSAGES.forbidden };
    case 'UNAUTHENTICATED':
    case 'RATE_LIMITED':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return {
        ok: false,
        message: isUnreachable(error) ? COMMENT_MESSAGES.unreachable : COMMENT_MESSAGES.failed,
      };
  }
}

type Data = ProblemDiscussionQuery;

/** The discussion as first queried (later pages are merged into it by "Show more"). */
function discussionVariables(subjectId: string) {
  return { subjectId, first: DISCUSSION_PAGE_SIZE, after: null };
}

/**
 * Posts a comment. It shows at once (optimistic, by the signed-in author) and is appended to the
 * loaded discussion when the end of it is loaded.
 */
export function useAddComment(subjectId: string, author: OptimisticAuthor | null) {
  const [mutate, { loading }] = useMutation(AddCommentMutation);
  const addComment = useCallback(
    async (body: string): Promise<CommentOutcome> => {
      try {
        await mutate({
          variables: { input: { subjectId, body } },
          optimisticResponse: author ? optimisticComment(body, author) : undefined,
          update(cache, { data }) {
            const comment = data?.addComment;
            if (!comment) return;
            cache.updateQuery(
              { query: ProblemDiscussionQueryDocument, variables: discussionVariables(subjectId) },
              (existing: Data | null) => {
                if (!existing) return existing;
                const connection = existing.comments;
                if (connection.edges.some((edge) => edge.node.id === comment.id)) return existing;
                return {
                  ...existing,
                  comments: {
                    ...connection,
                    totalCount: connection.totalCount + 1,
                    edges: connection.pageInfo.hasNextPage
                      ? connection.edges
                      : [
                          ...connection.edges,
                          { __typename: 'CommentEdge' as const, cursor: comment.id, node: comment },
                        ],
                  },
                };
              },
            );
          },
        });
        announce('Comment posted.');
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate, subjectId, author],
  );
  return { addComment, isPosting: loading };
}

/**
 * The comment as it will come back, shown while it is posted. (A variable, not a literal: the
 * generated types leave out the `__typename`s the cache needs.)
 */
function optimisticComment(body: string, author: OptimisticAuthor) {
  const response = {
    addComment: {
      __typename: 'Comment' as const,
      id: `optimistic-${String(Date.now())}`,
      body,
      version: 1,
      createdAt: new Date().toISOString(),
      editedAt: null,
      author: { __typename: 'User' as const, ...author },
      mentions: [],
    },
  };
  return response;
}

export interface OptimisticAuthor {
  id: string;
  displayName: string;
  email: string;
}

/** Rewrites one's own comment with the version last read. */
export function useUpdateComment() {
  const [mutate, { loading }] = useMutation(UpdateCommentMutation);
  const updateComment = useCallback(
    async (id: string, version: number, body: string): Promise<CommentOutcome> => {
      try {
        await mutate({ variables: { input: { id, version, body } } });
        announce('Comment saved.');
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate],
  );
  return { updateComment, isSaving: loading };
}

/** Deletes a comment: it leaves the loaded discussion and the cache. */
export function useDeleteComment(subjectId: string) {
  const [mutate, { loading }] = useMutation(DeleteCommentMutation);
  const deleteComment = useCallback(
    async (id: string): Promise<CommentOutcome> => {
      try {
        await mutate({
          variables: { id },
          update(cache, { data }) {
            if (!data?.deleteComment) return;
            cache.updateQuery(
              { query: ProblemDiscussionQueryDocument, variables: discussionVariables(subjectId) },
              (existing: Data | null) =>
                existing && {
                  ...existing,
                  comments: {
                    ...existing.comments,
                    totalCount: Math.max(0, existing.comments.totalCount - 1),
                    edges: existing.comments.edges.filter((edge) => edge.node.id !== id),
                  },
                },
            );
            cache.evict({ id: cache.identify({ __typename: 'Comment', id }) });
            cache.gc();
          },
        });
        announce('Comment deleted.');
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    [mutate, subjectId],
  );
  return { deleteComment, isDeleting: loading };
}
