import { useEffect, useEffectEvent, useState } from 'react';
import { SearchField } from '@/ui/SearchField';

export interface DebouncedSearchFieldProps {
  id: string;
  label: string;
  description?: string;
  /** The committed search (from the address). */
  value: string;
  /** Commits a search: `replace` when refining one already in the address (one history entry). */
  onSearch: (search: string, replace: boolean) => void;
  delayMs?: number;
}

/**
 * A search box over a search kept in the address: typing commits after a pause, Enter at once,
 * and Back/Forward (a new committed value) puts that value back in the box.
 */
export function DebouncedSearchField({
  id,
  label,
  description,
  value: committed,
  onSearch,
  delayMs = 400,
}: DebouncedSearchFieldProps) {
  const [text, setText] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);
  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    if (text.trim() !== committed.trim()) setText(committed);
  }

  const commit = useEffectEvent((next: string) => {
    onSearch(next, committed.trim() !== '');
  });
  useEffect(() => {
    if (text.trim() === committed.trim()) return;
    const timer = setTimeout(() => {
      commit(text);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, committed, delayMs]);

  return (
    <SearchField
      id={id}
      label={label}
      description={description}
      value={text}
      onChange={setText}
      onSubmit={(next) => {
        onSearch(next, false);
      }}
    />
  );
}
