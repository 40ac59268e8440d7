import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorSummaryItem } from '@/ui/ErrorSummary';
import type { FormFailure } from '../hooks/describe-failure';

/** The error summary's items for client-side errors, in the form's field order. */
export function summaryOfErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly (keyof T & string)[],
  idOf: (field: keyof T & string) => string,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  for (const field of order) {
    const message = errors[field]?.message;
    if (typeof message === 'string' && message) items.push({ message, fieldId: idOf(field) });
  }
  return items;
}

/**
 * A server failure on the form: field messages go on their fields (and link from the summary),
 * the rest stand in the summary alone.
 */
export function applyFailure<T extends FieldValues>(
  failure: FormFailure,
  order: readonly (keyof T & string)[],
  idOf: (field: keyof T & string) => string,
  setError: UseFormSetError<T>,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = failure.general.map((message) => ({ message }));
  for (const problem of failure.fields) {
    const field = order.find((name) => name === problem.path);
    if (field) {
      setError(field as Path<T>, { type: 'server', message: problem.message });
      items.push({ message: problem.message, fieldId: idOf(field) });
    } else {
      items.push({ message: problem.message });
    }
  }
  return items;
}
