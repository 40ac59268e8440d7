import type { ReactNode } from 'react';
import {
  Label,
  RadioButton,
  RadioField,
  RadioGroup as AriaRadioGroup,
  Text,
} from 'react-aria-components';
import styles from './RadioGroup.module.css';

export interface RadioGroupProps {
  id: string;
  label: string;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

/**
 * A labelled group of GOV.UK-sized radios (role radiogroup; arrow keys move between them, as
 * native radios do).
 */
export function RadioGroup({ label, description, children, ...props }: RadioGroupProps) {
  return (
    <AriaRadioGroup {...props} className={styles.group}>
      <Label className={styles.legend}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <div className={styles.items}>{children}</div>
    </AriaRadioGroup>
  );
}

export interface RadioProps {
  value: string;
  children: ReactNode;
}

/** One choice of a RadioGroup: a 40px circle, the whole label is the target. */
export function Radio({ value, children }: RadioProps) {
  return (
    <RadioField value={value} className={styles.field}>
      <RadioButton className={styles.radio}>
        <span className={styles.circle} aria-hidden="true" />
        <span className={styles.label}>{children}</span>
      </RadioButton>
    </RadioField>
  );
}
