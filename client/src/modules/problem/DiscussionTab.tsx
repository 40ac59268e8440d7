import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '@/app/auth/use-auth';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { CommentForm } from './CommentForm';
import { DiscussionComment } from './DiscussionComment';
import { DISCUSSION_PAGE_SIZE, ProblemDiscussionQueryDocument } from './discussion-query';
import { useAddComment } from './hooks/use-comment-mutations';
import { useProblemContext } from './problem-context';
import styles from './DiscussionTab.module.css';

/**
 * The discussion on the problem, oldest first, then the form to add to it. Who may write: the
 * team and observers (`viewerCan.comment`); sponsors and others read.
 */
export function DiscussionTab() {
  const { problemId, viewerCan, viewerRole } = useProblemContext();
  const auth = useAuth();
  const viewer = auth.status === 'signed-in' ? auth.user : null;
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const variables = { subjectId: problemId, first: DISCUSSION_PAGE_SIZE, after: null };
  // Others may have written since the last visit: show what is cached, then what is new.
  const { data, loading, error, refetch, fetchMore } = useQuery(ProblemDiscussionQueryDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const { addComment, isPosting } = useAddComment(
    problemId,
    viewer && { id: viewer.id, displayName: viewer.displayName, email: viewer.email },
  );
  const connection = data?.comments;

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    setIsLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.comments.edges.map((edge) => edge.node.id));
          return {
            ...previous,
            comments: {
              ...fetchMoreResult.comments,
              edges: [
                ...previous.comments.edges,
                ...fetchMoreResult.comments.edges.filter((edge) => !seen.has(edge.node.id)),
              ],
            },
          };
        },
      });
    } finally {
      setIsLoadingMore(false);
    }
  }

  const shown = connection?.edges.length ?? 0;
  const remaining = Math.max(0, (connection?.totalCount ?? 0) - shown);

  return (
    <section aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">Discussion</h2>
      <QueryState
        loading={loading && !connection}
        error={connection ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading the discussion…"
        errorMessage="Sorry, the discussion could not be loaded."
        isEmpty={connection?.edges.length === 0}
        emptyMessage={<p>No comments yet.</p>}
      >
        {connection ? (
          <>
            <p className={styles.muted}>
              {connection.totalCount} {connection.totalCount === 1 ? 'comment' : 'comments'}, oldest
              first.
            </p>
            <ol className={styles.comments} aria-label="Comments">
              {connection.edges.map((edge) => (
                <DiscussionComment
                  key={edge.node.id}
                  comment={edge.node}
                  subjectId={problemId}
                  viewerId={viewer?.id ?? null}
                  canModerate={viewerCan.edit}
                  onReload={() => refetch()}
                />
              ))}
            </ol>
            {connection.pageInfo.hasNextPage ? (
              <Button
                variant="secondary"
                onPress={() => void showMore()}
                isPending={isLoadingMore}
                pendingLabel="Loading more comments…"
              >
                Show later comments ({remaining} more)
              </Button>
            ) : null}
          </>
        ) : null}
      </QueryState>
      {viewerCan.comment ? (
        <section aria-labelledby="new-comment-heading" className={styles.newComment}>
          <h3 id="new-comment-heading">Add a comment</h3>
          <CommentForm
            id="new-comment"
            label="Comment"
            submitLabel="Post comment"
            pendingLabel="Posting…"
            isPending={isPosting}
            onSubmit={addComment}
          />
        </section>
      ) : (
        <p className={styles.note}>
          {viewerRole === 'SPONSOR'
            ? 'As the sponsor you can follow the discussion; the team and observers write in it.'
            : 'Only the problem’s team and observers can comment.'}
        </p>
      )}
    </section>
  );
}
