import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Autocomplete, type Key } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { MAIN_NAV_ITEMS } from '@/app/layout/MainNav';
import { Dialog } from '@/ui/Dialog';
import { Menu, MenuItem, MenuSection } from '@/ui/Menu';
import { SearchField } from '@/ui/SearchField';
import {
  PaletteSearchQueryDocument,
  PaletteViewerCanQueryDocument,
} from './graphql/palette-search.query';
import { parsePaletteQuery } from './palette-query';
import styles from './CommandPalette.module.css';

const SEARCH_DELAY_MS = 200;

export interface CommandPaletteProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

interface Entry {
  id: string;
  label: string;
  description?: string;
}

/**
 * Ctrl+K / ⌘K: type to find a page, a problem (key or words), a task (`HOUS-12 #4` or words of
 * its title) or a person, then Enter. The text field keeps focus; Up and Down move through the
 * results (React Aria Autocomplete + Menu, with aria-activedescendant).
 */
export function CommandPalette({ isOpen, onOpenChange }: CommandPaletteProps) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={onOpenChange} title="Search and go to">
      {isOpen ? (
        <PaletteBody
          onClose={() => {
            onOpenChange(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(text);
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);

  const query = useMemo(() => parsePaletteQuery(debounced), [debounced]);
  const { data, loading, previousData } = useQuery(
    PaletteSearchQueryDocument,
    query.text === ''
      ? skipToken
      : { variables: { problemSearch: query.problemSearch, search: query.text } },
  );
  const results = query.text === '' ? undefined : (data ?? previousData);
  // Actions only for those they will work for (shown once the server has said so).
  const canCreateProblem =
    useQuery(PaletteViewerCanQueryDocument).data?.viewerCan.createProblem === true;

  const pages: Entry[] = useMemo(() => {
    const words = text.trim().toLowerCase();
    return [
      ...MAIN_NAV_ITEMS.map((item) => ({ id: item.href, label: item.label })),
      ...(canCreateProblem ? [{ id: '/problems/new', label: 'New problem' }] : []),
    ]
      .filter((page) => words === '' || page.label.toLowerCase().includes(words))
      .map((page) => ({ ...page, description: 'Page' }));
  }, [text, canCreateProblem]);

  const problems: Entry[] =
    results?.problems.edges.map(({ node }) => ({
      id: `/problems/${node.key}`,
      label: `${node.key} ${node.title}`,
      description: 'Problem',
    })) ?? [];
  const exact = query.task;
  const tasks: Entry[] = [...(results?.tasks ?? [])]
    .sort((a, b) => Number(isExact(b, exact)) - Number(isExact(a, exact)))
    .map((task) => ({
      id: `/problems/${task.problem.key}/board?task=${String(task.number)}`,
      label: `${task.problem.key} #${String(task.number)} ${task.title}`,
      description: 'Task',
    }));
  const people: Entry[] =
    results?.users.edges.map(({ node }) => ({
      id: `/people/${encodeURIComponent(node.id)}`,
      label: node.displayName,
      description: [node.title, node.organization.name].filter(Boolean).join(', '),
    })) ?? [];

  const sections = [
    { id: 'tasks', title: 'Tasks', entries: exact ? tasks : [] },
    { id: 'pages', title: 'Pages', entries: pages },
    { id: 'problems', title: 'Problems', entries: problems },
    { id: 'more-tasks', title: 'Tasks', entries: exact ? [] : tasks },
    { id: 'people', title: 'People', entries: people },
  ].filter((section) => section.entries.length > 0);

  const count = sections.reduce((sum, section) => sum + section.entries.length, 0);
  const isSearching = text.trim() !== '' && (text !== debounced || loading);

  function go(key: Key) {
    onClose();
    void navigate(String(key));
  }

  return (
    <div className={styles.palette}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <SearchField
          label="Search problems, tasks, people and pages"
          description="A task by reference, like HOUS-12 #4"
          autoFocus
          className={styles.field}
        />
        <p role="status" className="visually-hidden">
          {isSearching ? 'Searching…' : text.trim() ? `${String(count)} results` : ''}
        </p>
        <Menu
          aria-label="Results"
          onAction={go}
          className={styles.menu}
          renderEmptyState={() => (
            <p className={styles.empty}>{isSearching ? 'Searching…' : 'Nothing matches.'}</p>
          )}
        >
          {sections.map((section) => (
            <MenuSection key={section.id} id={section.id} title={section.title}>
              {section.entries.map((entry) => (
                <MenuItem
                  key={entry.id}
                  id={entry.id}
                  textValue={entry.label}
                  description={entry.description}
                >
                  {entry.label}
                </MenuItem>
              ))}
            </MenuSection>
          ))}
        </Menu>
      </Autocomplete>
      <p className={styles.hint}>Up and Down to choose, Enter to go, Escape to close.</p>
    </div>
  );
}

function isExact(
  task: { number: number; problem: { key: string } },
  exact: { key: string; number: number } | null,
): boolean {
  return exact !== null && task.problem.key === exact.key && task.number === exact.number;
}
