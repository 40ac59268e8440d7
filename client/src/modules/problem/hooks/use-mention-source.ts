import { useCallback, useMemo, useState } from 'react';
import type { MarkdownMention } from '@/ui/Markdown';
import type { MentionOption, MentionSource } from '@/ui/MarkdownEditor';
import { mentionHandleOf } from '@/ui/mentions';
import { usePeopleSearch } from './use-people-search';

/**
 * People to @mention, from the directory as the author types, and the people chosen so far (so
 * the preview shows their names as the posted comment will).
 */
export function useMentionSource(): {
  source: MentionSource;
  chosen: readonly MarkdownMention[];
  clearChosen: () => void;
} {
  const [query, setQuery] = useState<string | null>(null);
  const [chosen, setChosen] = useState<readonly MarkdownMention[]>([]);
  const { people, isLoading } = usePeopleSearch(query, 8);

  const onQueryChange = useCallback((next: string | null) => {
    setQuery(next);
  }, []);
  const options = useMemo<MentionOption[]>(
    () =>
      people.map((person) => ({
        id: person.id,
        handle: mentionHandleOf(person.email),
        label: person.displayName,
        description: person.organization.name,
      })),
    [people],
  );
  const onChoose = useCallback((option: MentionOption) => {
    setChosen((previous) =>
      previous.some((m) => m.handle === option.handle)
        ? previous
        : [
            ...previous,
            {
              handle: option.handle,
              label: option.label,
              href: `/people/${encodeURIComponent(option.id)}`,
            },
          ],
    );
  }, []);
  const clearChosen = useCallback(() => {
    setChosen([]);
  }, []);

  const source = useMemo<MentionSource>(
    () => ({ options, onQueryChange, onChoose, isLoading }),
    [options, onQueryChange, onChoose, isLoading],
  );
  return { source, chosen, clearChosen };
}
