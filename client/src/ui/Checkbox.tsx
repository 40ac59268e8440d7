import type { ReactNode } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Text,
} from 'react-aria-components';
import styles from './Checkbox.module.css';
import { classNames } from './class-names';

export interface CheckboxProps {
  value?: string;
  children: ReactNode;
  isSelected?: boolean;
  defaultSelected?: boolean;
  onChange?: (isSelected: boolean) => void;
  isDisabled?: boolean;
  /** Only for a checkbox outside a group: a group's checkboxes are named by the group. */
  name?: string;
  id?: string;
}

/**
 * A GOV.UK-sized checkbox (a 40px box; the whole label is the target). The real `<input>` is
 * visually hidden by React Aria and keeps the focus; the box shows the focus ring.
 */
export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <CheckboxField {...props} className={styles.field}>
      <CheckboxButton className={styles.checkbox}>
        <span className={styles.box} aria-hidden="true">
          <svg viewBox="0 0 18 18" className={styles.tick}>
            <polyline points="2 9 7 14 16 4" />
          </svg>
        </span>
        <span className={styles.label}>{children}</span>
      </CheckboxButton>
    </CheckboxField>
  );
}

export interface CheckboxGroupProps {
  /** Id of the group; error summaries link to `${id}` (the first checkbox gets focus there). */
  id: string;
  label: string;
  description?: string;
  errorMessage?: string;
  value?: string[];
  defaultValue?: string[];
  onChange?: (value: string[]) => void;
  name?: string;
  /** Lay the checkboxes out in a row where they fit (filters) instead of one per line. */
  orientation?: 'vertical' | 'horizontal';
  children: ReactNode;
}

/** A labelled group of checkboxes (a fieldset in all but name: role group, labelled). */
export function CheckboxGroup({
  id,
  label,
  description,
  errorMessage,
  orientation = 'vertical',
  children,
  ...props
}: CheckboxGroupProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaCheckboxGroup
      {...props}
      id={id}
      isInvalid={isInvalid}
      validationBehavior="aria"
      className={classNames(styles.group, isInvalid && styles.invalid)}
    >
      <Label className={styles.legend}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={styles.error}>
        <span className="visually-hidden">Error: </span>
        {errorMessage}
      </FieldError>
      <div className={classNames(styles.items, orientation === 'horizontal' && styles.horizontal)}>
        {children}
      </div>
    </AriaCheckboxGroup>
  );
}
