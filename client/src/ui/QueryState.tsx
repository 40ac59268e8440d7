import type { ReactNode } from 'react';
import { Button } from './Button';
import styles from './QueryState.module.css';

export interface QueryStateProps {
  /** Nothing to show yet (first load). Ignored once `children` have data. */
  loading: boolean;
  /** What went wrong, if anything (an Apollo error or anything thrown). */
  error?: unknown;
  /** Shown with the error as a "Try again" button. */
  onRetry?: () => void;
  /** True when the data arrived but there is nothing in it. */
  isEmpty?: boolean;
  /** What to say when `isEmpty`, e.g. "No comments yet." */
  emptyMessage?: ReactNode;
  /** Says what is loading: "Loading the team…". */
  loadingLabel?: string;
  /** What the error is about: "The team could not be loaded." */
  errorMessage?: string;
  /** The view, rendered once the data is there and not empty. */
  children?: ReactNode;
}

/**
 * The three states every view has besides its content: loading (a status, announced politely),
 * an error (an alert with a way to try again) and empty (a plain sentence).
 *
 * ```tsx
 * <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}
 *   isEmpty={data?.comments.totalCount === 0} emptyMessage="No comments yet.">
 *   …the list…
 * </QueryState>
 * ```
 */
export function QueryState({
  loading,
  error,
  onRetry,
  isEmpty = false,
  emptyMessage = 'Nothing here yet.',
  loadingLabel = 'Loading…',
  errorMessage = 'Sorry, this could not be loaded.',
  children,
}: QueryStateProps) {
  if (error) {
    return (
      <div role="alert" className={styles.error}>
        <p className={styles.errorText}>{errorMessage}</p>
        {onRetry ? (
          <Button variant="secondary" onPress={onRetry}>
            Try again
          </Button>
        ) : null}
      </div>
    );
  }
  if (loading) {
    return (
      <p role="status" className={styles.loading}>
        {loadingLabel}
      </p>
    );
  }
  if (isEmpty) return <div className={styles.empty}>{emptyMessage}</div>;
  return <>{children}</>;
}
