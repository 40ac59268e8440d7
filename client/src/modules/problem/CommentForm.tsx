import { useState, type SubmitEvent } from 'react';
import { LIMITS } from '@commons/shared';
import { Button } from '@/ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import type { MarkdownMention } from '@/ui/Markdown';
import { MarkdownEditor } from '@/ui/MarkdownEditor';
import { COMMENT_MESSAGES, type CommentOutcome } from './hooks/use-comment-mutations';
import { useMentionSource } from './hooks/use-mention-source';
import styles from './DiscussionTab.module.css';

export interface CommentFormProps {
  /** The textarea's id (unique on the page). */
  id: string;
  label: string;
  isLabelHidden?: boolean;
  initialBody?: string;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  /** Saves the body; the form empties itself when it succeeds (unless `onCancel` is given). */
  onSubmit: (body: string) => Promise<CommentOutcome>;
  onCancel?: () => void;
  /** Mentions already known (editing a comment), for the preview. */
  knownMentions?: readonly MarkdownMention[];
}

/** Writes or edits a comment: markdown with preview and @mention autocomplete. */
export function CommentForm({
  id,
  label,
  isLabelHidden,
  initialBody = '',
  submitLabel,
  pendingLabel,
  isPending,
  onSubmit,
  onCancel,
  knownMentions = [],
}: CommentFormProps) {
  const [body, setBody] = useState(initialBody);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const { source, chosen, clearChosen } = useMentionSource();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const problem = validateCommentBody(body);
    if (problem) {
      setFieldError(problem);
      setSummary([{ message: problem, fieldId: id }]);
      return;
    }
    const outcome = await onSubmit(body);
    if (outcome.ok) {
      setFieldError(undefined);
      setSummary([]);
      if (!onCancel) {
        setBody('');
        clearChosen();
      }
      return;
    }
    setSummary([{ message: outcome.message, fieldId: outcome.isConflict ? undefined : id }]);
    if (!outcome.isConflict) setFieldError(outcome.message);
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className={styles.form}>
      <ErrorSummary errors={summary} />
      <MarkdownEditor
        id={id}
        label={label}
        isLabelHidden={isLabelHidden}
        description="You can use Markdown. Type @ and a name to mention someone."
        value={body}
        onChange={setBody}
        errorMessage={fieldError}
        mentions={source}
        previewMentions={[...knownMentions, ...chosen]}
      />
      <div className={styles.formActions}>
        <Button type="submit" isPending={isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onPress={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** A comment must have some text, and not too much. */
export function validateCommentBody(body: string): string | undefined {
  if (body.trim() === '') return COMMENT_MESSAGES.empty;
  if (body.length > LIMITS.bodyMax) {
    return `A comment must be ${LIMITS.bodyMax.toLocaleString('en-GB')} characters or fewer`;
  }
  return undefined;
}
