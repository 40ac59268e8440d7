import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import styles from './TextField.module.css';
import { classNames } from './class-names';

export interface TextFieldProps extends Pick<
  AriaTextFieldProps,
  | 'name'
  | 'type'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'onBlur'
  | 'autoComplete'
  | 'inputMode'
  | 'spellCheck'
  | 'maxLength'
  | 'isRequired'
  | 'isDisabled'
  | 'isReadOnly'
  | 'autoFocus'
> {
  /** The input's id: error summaries link to it. */
  id: string;
  label: string;
  /** Hint text under the label, read out with the field. */
  description?: string;
  /** Shown under the label and read out with the field; marks the field invalid. */
  errorMessage?: string;
  autoCapitalize?: 'off' | 'none' | 'on' | 'sentences' | 'words' | 'characters';
  width?: 'full' | 'medium';
}

/**
 * A labelled text input in GOV.UK order: label, hint, error message, input. React Aria wires
 * `for`, `aria-describedby` and `aria-invalid`; validation is ours (`validationBehavior="aria"`),
 * so the browser's own bubbles never appear.
 */
export function TextField({
  id,
  label,
  description,
  errorMessage,
  autoCapitalize,
  width = 'full',
  ...props
}: TextFieldProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaTextField
      {...props}
      id={id}
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
      <Input
        className={classNames(styles.input, width === 'medium' && styles.medium)}
        autoCapitalize={autoCapitalize}
      />
    </AriaTextField>
  );
}
