import type { KeyboardEvent, Ref, SyntheticEvent } from 'react';
import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import styles from './TextField.module.css';
import areaStyles from './TextArea.module.css';
import { classNames } from './class-names';

export interface TextAreaProps extends Pick<
  AriaTextFieldProps,
  | 'name'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'onBlur'
  | 'maxLength'
  | 'isRequired'
  | 'isDisabled'
  | 'isReadOnly'
  | 'autoFocus'
> {
  /** The textarea's id: error summaries link to it. */
  id: string;
  label: string;
  /** Hides the label visually (it is still read out); use only when a heading says the same. */
  isLabelHidden?: boolean;
  /** Hint text under the label, read out with the field. */
  description?: string;
  /** Shown under the label and read out with the field; marks the field invalid. */
  errorMessage?: string;
  /** Visible lines (default 5); the field can be resized taller. */
  rows?: number;
  /** The textarea element, e.g. to read the caret position. */
  textAreaRef?: Ref<HTMLTextAreaElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** The caret moved or the selection changed. */
  onSelect?: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
  /** For an autocomplete attached to the field (see MarkdownEditor's @mentions). */
  'aria-autocomplete'?: 'list' | 'none';
  'aria-controls'?: string;
  'aria-activedescendant'?: string;
}

/**
 * A labelled multi-line text input, in the same GOV.UK order and look as `TextField`: label,
 * hint, error message, field.
 */
export function TextArea({
  id,
  label,
  isLabelHidden = false,
  description,
  errorMessage,
  rows = 5,
  textAreaRef,
  onKeyDown,
  onSelect,
  'aria-autocomplete': ariaAutocomplete,
  'aria-controls': ariaControls,
  'aria-activedescendant': ariaActiveDescendant,
  ...props
}: TextAreaProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaTextField
      {...props}
      id={id}
      isInvalid={isInvalid}
      validationBehavior="aria"
      className={classNames(styles.field, areaStyles.field, isInvalid && styles.invalid)}
    >
      <Label className={classNames(styles.label, isLabelHidden && 'visually-hidden')}>
        {label}
      </Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={styles.error}>
        <span className="visually-hidden">Error: </span>
        {errorMessage}
      </FieldError>
      <AriaTextArea
        ref={textAreaRef}
        rows={rows}
        onKeyDown={onKeyDown}
        onSelect={onSelect}
        aria-autocomplete={ariaAutocomplete}
        aria-controls={ariaControls}
        aria-activedescendant={ariaActiveDescendant}
        className={classNames(styles.input, areaStyles.textarea)}
      />
    </AriaTextField>
  );
}
