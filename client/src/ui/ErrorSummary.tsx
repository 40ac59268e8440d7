import { useEffect, useId, useRef, type MouseEvent } from 'react';
import styles from './ErrorSummary.module.css';

export interface ErrorSummaryItem {
  message: string;
  /** The id of the input the message is about; the message then links to it. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: string;
}

/**
 * The GOV.UK error summary: shown above a form after a failed submit, announced (role alert),
 * focused, and linking to each field in error. Pass a new `errors` array on every failed submit
 * so that focus returns to the summary each time.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  return (
    <div
      ref={ref}
      className={styles.summary}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="error-summary"
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <ul className={styles.list}>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                className={styles.link}
                onClick={(event) => {
                  focusField(event, error.fieldId);
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Moves focus to the field without changing the URL (a hash change would be a navigation for
 * the router) and scrolls its label into view, as GOV.UK Frontend does.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined) {
  if (!fieldId) return;
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = isLabelable(field) ? field.labels?.[0] : undefined;
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

function isLabelable(
  element: HTMLElement,
): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  );
}
