import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '@/app/auth/use-auth';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { CommentForm } from './CommentForm';
import { DiscussionComment } from './DiscussionComment';
import { DISCUSSION_PAGE_SIZE, ProblemDiscussionQueryDocument } from './discussion-query';
import { useAddComment } from './hooks/use-comment-mutations';
import { useProblemContext } from './problem-context';
import { announce } from '@/ui/announce';
import styles from './DiscussionTab.module.css';

/** How many of the latest comments show at first, and how many more each "Show earlier" adds. */
const SHOWN_AT_FIRST = 20;
/** How many comments are loaded in the background before "Show later comments" takes over. */
const MAX_LOADED = 500;

/**
 * The discussion on the problem, oldest first, then the form to add to it. Who may write: the
 * team and observers (`viewerCan.comment`); sponsors and others read.
 *
 * The latest comments show first, next to the form; "Show earlier comments" reveals older ones
 * above. The API pages forwards only (oldest first, `first`/`after`), so the pages are loaded in
 * the background up to `MAX_LOADED` and the older ones are revealed from memory; past that, a
 * "Show later comments" button fetches on. (`comments(last:, before:)` would let the server do
 * this; see the report.)
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
  const edges = connection?.edges ?? [];
  const [firstShownId, setFirstShownId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const hasLaterPage = connection?.pageInfo.hasNextPage ?? false;
  const mayLoadInBackground = hasLaterPage && edges.length < MAX_LOADED;

  const foundStart = firstShownId ? edges.findIndex((edge) => edge.node.id === firstShownId) : -1;
  const start = foundStart >= 0 ? foundStart : Math.max(0, edges.length - SHOWN_AT_FIRST);
  const shownEdges = edges.slice(start);
  const earlier = start;

  function showEarlier() {
    const next = Math.max(0, start - SHOWN_AT_FIRST);
    setFirstShownId(edges[next]?.node.id ?? null);
    const count = start - next;
    announce(`${String(count)} earlier ${count === 1 ? 'comment' : 'comments'} shown.`);
    // The button goes away with the last earlier comments: keep focus in the discussion.
    if (next === 0) listRef.current?.focus();
  }

  // Load the later pages in the background, so the latest comments are the ones shown.
  useEffect(() => {
    if (mayLoadInBackground && !isLoadingMore) void showMore();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when a page arrives
  }, [mayLoadInBackground, edges.length]);

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

  const remaining = Math.max(0, (connection?.totalCount ?? 0) - edges.length);

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
            {earlier > 0 ? (
              <Button variant="secondary" onPress={showEarlier}>
                Show earlier comments ({earlier} more)
              </Button>
            ) : mayLoadInBackground ? (
              <p role="status" className={styles.muted}>
                Loading earlier comments…
              </p>
            ) : null}
            <ol ref={listRef} tabIndex={-1} className={styles.comments} aria-label="Comments">
              {shownEdges.map((edge) => (
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
            {hasLaterPage && !mayLoadInBackground ? (
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
