import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  DateField as AriaDateField,
  DateInput,
  DateSegment,
  FieldError,
  Label,
  Text,
} from 'react-aria-components';
import styles from './DateField.module.css';
import { classNames } from './class-names';

export interface DateFieldProps {
  /** The field's id: error summaries link to it (it lands on the first segment). */
  id: string;
  label: string;
  /** Hint under the label, read out with the field, e.g. "For example, 27 3 2027". */
  description?: string;
  /** Shown under the label and read out with the field; marks the field invalid. */
  errorMessage?: string;
  /** A calendar date `YYYY-MM-DD`, or `''` for none. */
  value: string;
  /** Called with `YYYY-MM-DD` once every segment is filled in, or `''` when cleared. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Segments follow this locale's order and names (default: the browser's). */
  locale?: string;
}

/**
 * A labelled date input (React Aria DateField): day, month and year as spin-button segments
 * that work with the keyboard and screen readers, typed or stepped with the arrow keys. Values
 * are plain `YYYY-MM-DD` strings, as the API's `Date` scalar has them.
 */
export function DateField({
  id,
  label,
  description,
  errorMessage,
  value,
  onChange,
  ...props
}: DateFieldProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaDateField
      {...props}
      id={id}
      value={toCalendarDate(value)}
      onChange={(next) => {
        onChange(next ? next.toString() : '');
      }}
      granularity="day"
      isInvalid={isInvalid}
      validationBehavior="aria"
      className={classNames(styles.field, isInvalid && styles.invalid)}
    >
      <Label className={styles.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={styles.error}>
        <span className="visually-hidden">Error: </span>
        {errorMessage}
      </FieldError>
      <DateInput className={styles.input}>
        {(segment) => <DateSegment segment={segment} className={styles.segment} />}
      </DateInput>
    </AriaDateField>
  );
}

function toCalendarDate(value: string): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}
