import {
  Button as AriaButton,
  Input,
  Label,
  SearchField as AriaSearchField,
  Text,
} from 'react-aria-components';
import styles from './SearchField.module.css';
import { classNames } from './class-names';

export interface SearchFieldProps {
  /** The input's id. */
  id?: string;
  label: string;
  /** Show the label to screen readers only (e.g. the palette, where a heading says the same). */
  isLabelHidden?: boolean;
  description?: string;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** Enter in the field. */
  onSubmit?: (value: string) => void;
  /** Escape empties the field; React Aria calls this too. */
  onClear?: () => void;
  placeholder?: string;
  autoFocus?: boolean;
  name?: string;
  width?: 'full' | 'medium';
  className?: string;
}

/**
 * A labelled search input (`type="search"`, role searchbox) with a clear button and Escape to
 * clear. Also usable inside a React Aria `Autocomplete` (the command palette): it picks up the
 * autocomplete's input context from there.
 */
export function SearchField({
  id,
  label,
  isLabelHidden = false,
  description,
  placeholder,
  width = 'full',
  className,
  ...props
}: SearchFieldProps) {
  return (
    <AriaSearchField {...props} className={classNames(styles.field, className)}>
      <Label className={isLabelHidden ? 'visually-hidden' : styles.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <div className={classNames(styles.row, width === 'medium' && styles.medium)}>
        <Input id={id} className={styles.input} placeholder={placeholder} />
        <AriaButton className={styles.clear} aria-label="Clear search">
          <span aria-hidden="true">×</span>
        </AriaButton>
      </div>
    </AriaSearchField>
  );
}
