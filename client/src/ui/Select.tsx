import type { Key } from 'react-aria-components';
import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
} from 'react-aria-components';
import styles from './Select.module.css';
import { classNames } from './class-names';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectProps {
  /** The trigger button's id: error summaries link to it. */
  id: string;
  label: string;
  description?: string;
  errorMessage?: string;
  options: readonly SelectOption[];
  /** The selected option's id; `''` (or null) for none, showing `placeholder`. */
  value: string | null;
  onChange: (value: string) => void;
  placeholder?: string;
  name?: string;
  isDisabled?: boolean;
  width?: 'full' | 'medium';
}

/**
 * A single-choice select: a button that opens a listbox (React Aria: typeahead, arrow keys,
 * Escape, screen-reader announcements). Include an option with id `''` for "any" / "none".
 */
export function Select({
  id,
  label,
  description,
  errorMessage,
  options,
  value,
  onChange,
  placeholder = 'Select',
  width = 'full',
  ...props
}: SelectProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaSelect
      {...props}
      value={value === null ? null : value}
      onChange={(key: Key | null) => {
        onChange(key === null ? '' : String(key));
      }}
      isInvalid={isInvalid}
      validationBehavior="aria"
      placeholder={placeholder}
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
      <AriaButton
        id={id}
        className={classNames(styles.trigger, width === 'medium' && styles.medium)}
      >
        <SelectValue className={styles.value} />
        <span aria-hidden="true" className={styles.chevron}>
          ▾
        </span>
      </AriaButton>
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox} items={options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className={styles.option}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
