import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Markdown, type MarkdownMention } from './Markdown';
import { Tabs } from './Tabs';
import { TextArea } from './TextArea';
import { classNames } from './class-names';
import { insertMention, mentionQueryAt, type MentionQuery } from './mentions';
import styles from './MarkdownEditor.module.css';

/** A person the editor may offer after `@`. */
export interface MentionOption {
  id: string;
  /** What is inserted after `@` (the server's mention syntax: the email's local part). */
  handle: string;
  /** The person's name, shown in the list. */
  label: string;
  /** Shown after the name, e.g. their organisation. */
  description?: string;
}

/** Where the editor gets people to @mention: the caller searches, the editor shows and inserts. */
export interface MentionSource {
  /** People matching the current query (the caller's search results). */
  options: readonly MentionOption[];
  /** Called with the letters typed after `@` (may be ""), or null when no mention is being typed. */
  onQueryChange: (query: string | null) => void;
  /** Called when a person is chosen and inserted (e.g. to name them in the preview). */
  onChoose?: (option: MentionOption) => void;
  isLoading?: boolean;
}

export interface MarkdownEditorProps {
  /** The textarea's id: error summaries link to it. */
  id: string;
  label: string;
  isLabelHidden?: boolean;
  description?: string;
  errorMessage?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  /** Turns on @mention autocomplete. */
  mentions?: MentionSource;
  /** Mentions to show as names in the preview. */
  previewMentions?: readonly MarkdownMention[];
}

/**
 * A markdown field with Write and Preview tabs and optional @mention autocomplete. While a
 * mention is being typed ("@sa"), the matching people are listed under the field: Up and Down
 * move through them, Enter or Tab inserts `@handle `, Escape closes the list. The list is tied
 * to the field with `aria-activedescendant`, and a status line says how many people match.
 */
export function MarkdownEditor({
  id,
  label,
  isLabelHidden,
  description,
  errorMessage,
  value,
  onChange,
  rows = 6,
  maxLength,
  mentions,
  previewMentions,
}: MarkdownEditorProps) {
  const [tab, setTab] = useState('write');
  return (
    <div className={styles.editor}>
      <Tabs
        label={`${label}: write or preview`}
        selectedId={tab}
        onSelectionChange={setTab}
        items={[
          {
            id: 'write',
            label: 'Write',
            panel: (
              <MentionTextArea
                id={id}
                label={label}
                isLabelHidden={isLabelHidden}
                description={description ?? 'You can use Markdown.'}
                errorMessage={errorMessage}
                value={value}
                onChange={onChange}
                rows={rows}
                maxLength={maxLength}
                mentions={mentions}
              />
            ),
          },
          {
            id: 'preview',
            label: 'Preview',
            panel: (
              <div className={styles.preview} aria-label={`Preview of ${label}`} role="region">
                {value.trim() ? (
                  <Markdown mentions={previewMentions}>{value}</Markdown>
                ) : (
                  <p className={styles.nothing}>Nothing to preview yet.</p>
                )}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}

type MentionTextAreaProps = Omit<MarkdownEditorProps, 'previewMentions'>;

function MentionTextArea({ mentions, value, onChange, ...props }: MentionTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const pendingCaret = useRef<number | null>(null);
  const onQueryChange = mentions?.onQueryChange;
  const options = mentions?.options ?? [];
  const isOpen = Boolean(mentions) && query !== null && query.start !== dismissedAt;
  const shown = isOpen ? options.slice(0, 8) : [];
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    onQueryChange?.(isOpen ? query.query : null);
  }, [onQueryChange, isOpen, query]);

  // After an insertion, put the caret after the inserted mention.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.setSelectionRange(caret, caret);
  }, [value]);

  function readQuery() {
    const element = ref.current;
    if (!element || !mentions) return;
    const next = mentionQueryAt(element.value, element.selectionStart);
    setQuery((previous) =>
      previous?.start === next?.start && previous?.query === next?.query ? previous : next,
    );
    if (next?.start !== query?.start) setActive(0);
  }

  function choose(option: MentionOption) {
    const element = ref.current;
    if (!element || !query) return;
    const result = insertMention(value, query.start, element.selectionStart, option.handle);
    pendingCaret.current = result.caret;
    setQuery(null);
    mentions?.onChoose?.(option);
    onChange(result.text);
    element.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!isOpen) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(query.start);
      return;
    }
    if (shown.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % shown.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + shown.length) % shown.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const option = shown[activeIndex];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    }
  }

  const optionId = (index: number) => `${listId}-option-${String(index)}`;
  const status = !isOpen
    ? ''
    : mentions?.isLoading && shown.length === 0
      ? 'Looking for people…'
      : shown.length === 0
        ? 'No people match.'
        : `${String(shown.length)} ${shown.length === 1 ? 'person matches' : 'people match'}. Up and down arrows to choose, Enter to insert.`;

  return (
    <div className={styles.mentionField}>
      <TextArea
        {...props}
        value={value}
        onChange={(next) => {
          onChange(next);
          if (dismissedAt !== null) setDismissedAt(null);
          // The field already holds the new text and caret: read the mention being typed.
          readQuery();
        }}
        textAreaRef={ref}
        onKeyDown={handleKeyDown}
        onSelect={readQuery}
        aria-autocomplete={mentions ? 'list' : undefined}
        aria-controls={shown.length > 0 ? listId : undefined}
        aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
      />
      {shown.length > 0 ? (
        <ul id={listId} role="listbox" aria-label="People to mention" className={styles.listbox}>
          {shown.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={classNames(styles.option, index === activeIndex && styles.activeOption)}
              onMouseDown={(event) => {
                // Keep focus (and the caret) in the field.
                event.preventDefault();
              }}
              onClick={() => {
                choose(option);
              }}
            >
              <span className={styles.optionLabel}>{option.label}</span>{' '}
              <span className={styles.optionHandle}>@{option.handle}</span>
              {option.description ? (
                <span className={styles.optionDescription}> · {option.description}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </div>
  );
}
