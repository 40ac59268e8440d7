import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/generated';
import type { DiscussionComment_CommentFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { ConfirmDialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Link } from '@/ui/Link';
import { Markdown, type MarkdownMention } from '@/ui/Markdown';
import { mentionHandleOf } from '@/ui/mentions';
import { CommentForm } from './CommentForm';
import { useDeleteComment, useUpdateComment } from './hooks/use-comment-mutations';
import { RelativeTime } from './RelativeTime';
import styles from './DiscussionTab.module.css';

export const DiscussionCommentFragment = graphql(`
  fragment DiscussionComment_comment on Comment {
    id
    body
    version
    createdAt
    editedAt
    author {
      id
      displayName
      email
    }
    mentions {
      id
      displayName
      email
    }
  }
`);

export interface DiscussionCommentProps {
  comment: FragmentType<DiscussionComment_CommentFragment>;
  subjectId: string;
  viewerId: string | null;
  /** The problem's lead (or an admin) may delete anyone's comment. */
  canModerate: boolean;
  onReload: () => Promise<unknown>;
}

/** One comment: author, time, the markdown rendered safely; its author may edit or delete it. */
export function DiscussionComment({
  comment: ref,
  subjectId,
  viewerId,
  canModerate,
  onReload,
}: DiscussionCommentProps) {
  const { data: comment, complete } = useFragment({
    fragment: DiscussionCommentFragment,
    from: ref,
  });
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [deleteErrors, setDeleteErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const { updateComment, isSaving } = useUpdateComment();
  const { deleteComment, isDeleting } = useDeleteComment(subjectId);
  if (!complete) return null;

  const isOptimistic = comment.id.startsWith('optimistic-');
  const isAuthor = viewerId !== null && comment.author.id === viewerId;
  const mentions: MarkdownMention[] = comment.mentions.map((person) => ({
    handle: mentionHandleOf(person.email),
    email: person.email,
    label: person.displayName,
    href: `/people/${encodeURIComponent(person.id)}`,
  }));
  const headingId = `comment-${comment.id.replace(/[^\w-]/g, '')}`;

  const remove = async () => {
    const outcome = await deleteComment(comment.id);
    if (outcome.ok) setIsConfirming(false);
    else setDeleteErrors([{ message: outcome.message }]);
  };

  return (
    <li className={styles.comment}>
      <article aria-labelledby={headingId}>
        <header className={styles.commentHeader}>
          <h3 id={headingId} className={styles.author}>
            <Link href={`/people/${encodeURIComponent(comment.author.id)}`}>
              {comment.author.displayName}
            </Link>
          </h3>
          <span className={styles.muted}>
            {isOptimistic ? 'Posting…' : <RelativeTime dateTime={comment.createdAt} />}
            {comment.editedAt ? (
              <>
                {' · edited '}
                <RelativeTime dateTime={comment.editedAt} />
              </>
            ) : null}
          </span>
        </header>
        {isEditing ? (
          <CommentForm
            id={`edit-${headingId}`}
            label="Edit your comment"
            initialBody={comment.body}
            submitLabel="Save comment"
            pendingLabel="Saving…"
            isPending={isSaving}
            knownMentions={mentions}
            onSubmit={async (body) => {
              const outcome = await updateComment(comment.id, comment.version, body);
              if (outcome.ok) setIsEditing(false);
              else if (outcome.isConflict) await onReload();
              return outcome;
            }}
            onCancel={() => {
              setIsEditing(false);
            }}
          />
        ) : (
          <Markdown mentions={mentions} headingLevel={4}>
            {comment.body}
          </Markdown>
        )}
        {!isEditing && !isOptimistic && (isAuthor || canModerate) ? (
          <div className={styles.commentActions}>
            {isAuthor ? (
              <Button
                variant="secondary"
                onPress={() => {
                  setIsEditing(true);
                }}
              >
                Edit<span className="visually-hidden"> your comment</span>
              </Button>
            ) : null}
            <Button
              variant="secondary"
              onPress={() => {
                setDeleteErrors([]);
                setIsConfirming(true);
              }}
            >
              Delete
              <span className="visually-hidden">
                {isAuthor ? ' your comment' : ` ${comment.author.displayName}’s comment`}
              </span>
            </Button>
          </div>
        ) : null}
      </article>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={setIsConfirming}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        pendingLabel="Deleting…"
        isPending={isDeleting}
        onConfirm={() => void remove()}
      >
        <ErrorSummary errors={deleteErrors} />
        <p>
          {isAuthor ? 'Your' : `${comment.author.displayName}’s`} comment will be removed from the
          discussion. This can’t be undone.
        </p>
      </ConfirmDialog>
    </li>
  );
}
