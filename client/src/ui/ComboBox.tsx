import type { Key } from 'react-aria-components';
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import textStyles from './TextField.module.css';
import styles from './ComboBox.module.css';
import { classNames } from './class-names';

/** One choice of a ComboBox. */
export interface ComboBoxOption {
  id: string;
  /** What the option says, and what the input shows once it is chosen. */
  label: string;
  /** A second line, e.g. job title and organisation. */
  description?: string;
}

export interface ComboBoxProps {
  /** The input's id: error summaries link to it. */
  id: string;
  label: string;
  description?: string;
  errorMessage?: string;
  /** The options to show now (filter them yourself, e.g. from a server search). */
  options: readonly ComboBoxOption[];
  /** The text typed in the input (controlled). */
  inputValue: string;
  onInputChange: (value: string) => void;
  /** The chosen option's id, or null. */
  selectedId: string | null;
  onSelectionChange: (id: string | null) => void;
  /** Says "Searching…" in the list while true. */
  isLoading?: boolean;
  /** Shown in the open list when there are no options. Default "No matches". */
  emptyText?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/**
 * A text input with a list of suggestions (React Aria ComboBox: Down opens the list, arrows move,
 * Enter chooses, Escape closes; the list is announced). The caller filters: pass the options
 * matching `inputValue`, e.g. from `users(search:)`.
 */
export function ComboBox({
  id,
  label,
  description,
  errorMessage,
  options,
  inputValue,
  onInputChange,
  selectedId,
  onSelectionChange,
  isLoading = false,
  emptyText = 'No matches',
  isRequired,
  isDisabled,
}: ComboBoxProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <AriaComboBox
      id={`${id}-combobox`}
      items={options}
      inputValue={inputValue}
      onInputChange={onInputChange}
      value={selectedId}
      onChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      allowsEmptyCollection
      menuTrigger="input"
      isInvalid={isInvalid}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
      className={classNames(textStyles.field, isInvalid && textStyles.invalid)}
    >
      <Label className={textStyles.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={textStyles.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={textStyles.error}>
        <span className="visually-hidden">Error: </span>
        {errorMessage}
      </FieldError>
      <div className={styles.control}>
        <Input id={id} className={classNames(textStyles.input, styles.input)} />
        <AriaButton className={styles.button} aria-label={`Show suggestions for ${label}`}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Popover className={styles.popover} placement="bottom start">
        <ListBox<ComboBoxOption>
          className={styles.listbox}
          renderEmptyState={() => (
            <div className={styles.empty}>{isLoading ? 'Searching…' : emptyText}</div>
          )}
        >
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className={styles.option}>
              <Text slot="label" className={styles.optionLabel}>
                {option.label}
              </Text>
              {option.description ? (
                <Text slot="description" className={styles.optionDescription}>
                  {option.description}
                </Text>
              ) : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
