import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import { PRESERVE_FOCUS, preservesFocus } from '@/app/routing/navigation-state';
import type { BoardTaskFragment, TaskStatus } from '@/generated/graphql';
import { useProblemContext } from '@/modules/problem/problem-context';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import {
  COLUMNS,
  findTask,
  groupIntoColumns,
  planMove,
  targetOfDrop,
  targetOfMenuMove,
  type MenuMove,
  type MoveTarget,
} from './board-order';
import { BoardColumn, type DropPosition } from './components/BoardColumn';
import type { TaskPanelMode } from './components/TaskPanel';
import {
  BoardTabQueryDocument,
  BoardTasksPageQueryDocument,
  COLUMN_FIELD,
} from './graphql/board.query';
import { useMoveTask } from './hooks/use-move-task';
import { resolveTaskLink, TASK_PARAM } from './task-link';
import styles from './BoardTab.module.css';

/** The panel (its form, date field and validation) loads on its own, after the board. */
const loadTaskPanel = () => import('./components/TaskPanel');
const TaskPanel = lazy(async () => ({ default: (await loadTaskPanel()).TaskPanel }));

/**
 * The Board tab of a problem: four columns of cards in rank order. Every page of tasks is
 * loaded (100 at a time) and shown as it comes. People who may contribute get drag and drop,
 * a "Move to…" menu on each card, "New task" and the task panel; others see the board only.
 *
 * The open task is in the address (`/problems/HOUS-12/board?task=7`), so a task can be linked to
 * and Back closes the panel that "Edit" opened.
 */
export function BoardTab() {
  const { problemKey: key } = useProblemContext();
  const { data, error, loading, fetchMore, refetch, networkStatus } = useQuery(
    BoardTabQueryDocument,
    { variables: { key }, notifyOnNetworkStatusChange: false },
  );
  const problem = data?.problem ?? null;
  const { move, failure, dismissFailure } = useMoveTask(problem?.key ?? key);
  /** "New task" (not in the address); an existing task's panel comes from `?task=`. */
  const [newTaskStatus, setNewTaskStatus] = useState<TaskStatus | null>(null);
  const [pageError, setPageError] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  /** The card last moved or saved: its column shows it even past "Show more". */
  const [revealId, setRevealId] = useState<string | null>(null);

  // Each column's next page, the columns side by side, each page shown as it arrives.
  const nextPages = COLUMNS.flatMap(({ status }) => {
    const { pageInfo } = problem?.[COLUMN_FIELD[status]] ?? {};
    return pageInfo?.hasNextPage && pageInfo.endCursor
      ? [{ status, after: pageInfo.endCursor }]
      : [];
  });
  const nextPagesKey = nextPages.map((page) => `${page.status}:${page.after}`).join(' ');
  const loadingCursors = useRef(new Set<string>());
  useEffect(() => {
    if (pageError) return;
    for (const { status, after } of nextPages) {
      if (loadingCursors.current.has(after)) continue;
      loadingCursors.current.add(after);
      const field = COLUMN_FIELD[status];
      fetchMore({
        query: BoardTasksPageQueryDocument,
        variables: { key, status, after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const loaded = previous.problem[field];
          const seen = new Set(loaded.edges.map((edge) => edge.node.id));
          const more = fetchMoreResult.problem.tasks;
          return {
            ...previous,
            problem: {
              ...previous.problem,
              [field]: {
                ...loaded,
                totalCount: more.totalCount,
                pageInfo: more.pageInfo,
                edges: [...loaded.edges, ...more.edges.filter((edge) => !seen.has(edge.node.id))],
              },
            },
          };
        },
      }).catch(() => {
        loadingCursors.current.delete(after);
        setPageError(true);
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `nextPagesKey` stands for `nextPages`
  }, [nextPagesKey, fetchMore, key, pageError]);

  /**
   * Every loaded task, once. A moved task stays in the list it came in (grouping by status
   * places it) and may come again in its new column's next page.
   */
  const tasks = useMemo(() => {
    if (!problem) return [];
    const byId = new Map<string, BoardTaskFragment>();
    for (const { status } of COLUMNS) {
      for (const { node } of problem[COLUMN_FIELD[status]].edges) byId.set(node.id, node);
    }
    return [...byId.values()];
  }, [problem]);
  const totalCount = problem
    ? COLUMNS.reduce((sum, { status }) => sum + problem[COLUMN_FIELD[status]].totalCount, 0)
    : 0;
  const allLoaded = Boolean(problem) && nextPages.length === 0;
  const columns = useMemo(() => groupIntoColumns(tasks), [tasks]);
  const columnsRef = useRef(columns);
  useEffect(() => {
    columnsRef.current = columns;
  }, [columns]);

  // The server says what this viewer may do; the board shows only the controls that work.
  const canContribute = problem?.viewerCan.contribute ?? false;

  // `?task=<number>`: that task's panel, once its page of tasks has arrived.
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const taskLink = resolveTaskLink(searchParams.get(TASK_PARAM), tasks, allLoaded);
  const linkedTaskId = taskLink.kind === 'found' ? taskLink.taskId : null;
  const panel: TaskPanelMode | null = newTaskStatus
    ? { kind: 'new', status: newTaskStatus }
    : linkedTaskId && canContribute
      ? { kind: 'edit', taskId: linkedTaskId }
      : null;

  // Read through a ref, so that the columns' `onEdit` stays the same function across addresses.
  const address = useRef({ location, searchParams });
  useEffect(() => {
    address.current = { location, searchParams };
  }, [location, searchParams]);

  /**
   * Sets or clears `?task=`. Focus stays where it is (the page heading takes it only on arrival
   * at a page), and the entry an opening pushed is marked, so that closing goes back over it.
   */
  const setTaskParam = useCallback(
    (number: number | null, { replace }: { replace: boolean }) => {
      const { location, searchParams } = address.current;
      const keepFocus = location.key === 'default' || preservesFocus(location.state);
      const next = new URLSearchParams(searchParams);
      if (number === null) next.delete(TASK_PARAM);
      else next.set(TASK_PARAM, String(number));
      void navigate(
        { search: next.toString() ? `?${next.toString()}` : '' },
        {
          replace,
          preventScrollReset: true,
          state: { ...(keepFocus ? PRESERVE_FOCUS : {}), ...(replace ? {} : OPENED_HERE) },
        },
      );
    },
    [navigate],
  );
  const closeLinkedTask = useCallback(() => {
    if (openedHere(address.current.location.state)) void navigate(-1);
    else setTaskParam(null, { replace: true });
  }, [navigate, setTaskParam]);

  // A viewer who may not edit tasks is taken to the linked card instead of a panel.
  const [shownLink, setShownLink] = useState<string | null>(null);
  if (linkedTaskId && !canContribute && shownLink !== linkedTaskId) {
    setShownLink(linkedTaskId);
    setRevealId(linkedTaskId);
    setFocusRequest({ id: linkedTaskId });
  }

  const moveTo = useCallback(
    (id: string, target: MoveTarget | null) => {
      if (!target) return;
      const current = columnsRef.current;
      const plan = planMove(current, id, target);
      const found = findTask(current, id);
      setFocusRequest({ id });
      setRevealId(id);
      if (!plan || !found) return;
      void move(found.task, plan);
    },
    [move],
  );

  const onDrop = useCallback(
    (id: string, status: TaskStatus, targetId: string | null, position: DropPosition) => {
      moveTo(id, targetOfDrop(columnsRef.current, id, status, targetId, position));
    },
    [moveTo],
  );
  const onMenuMove = useCallback(
    (id: string, menuMove: MenuMove) => {
      moveTo(id, targetOfMenuMove(columnsRef.current, id, menuMove));
    },
    [moveTo],
  );
  const onEdit = useCallback(
    (id: string) => {
      const found = findTask(columnsRef.current, id);
      if (!found) return;
      // Over a "no such task" message, replace it; otherwise push, so that Back closes the panel.
      setTaskParam(found.task.number, {
        replace: address.current.searchParams.has(TASK_PARAM),
      });
    },
    [setTaskParam],
  );

  // Fetch the panel's code once the board is up, so "New task" and "Edit" open at once.
  useEffect(() => {
    if (canContribute) void loadTaskPanel();
  }, [canContribute]);

  // Focus stays with the card that moved (or was saved), wherever it went. React Aria puts focus
  // back where a closing menu or dialog was opened from, a frame or two later, and that trigger
  // may have gone with the card's old place: so the card is focused again after that.
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const focusCard = () => {
      const card = [...document.querySelectorAll<HTMLElement>('[data-task-id]')].find(
        (element) => element.dataset.taskId === focusRequest.id,
      );
      const row = card?.closest<HTMLElement>('[role="row"]');
      const active = document.activeElement;
      const focusIsFree =
        !active || active === document.body || Boolean(boardRef.current?.contains(active));
      if (row && focusIsFree && !row.contains(active)) {
        row.focus();
        row.scrollIntoView({ block: 'nearest' });
      }
    };
    const frame = requestAnimationFrame(focusCard);
    const timer = setTimeout(() => {
      focusCard();
      setFocusRequest((current) => (current === focusRequest ? null : current));
    }, 150);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [focusRequest]);

  const blockerChoices = useMemo(
    () =>
      tasks
        .map((task) => ({ id: task.id, number: task.number, title: task.title }))
        .sort((a, b) => a.number - b.number),
    [tasks],
  );

  const isLoadingMore = !allLoaded && !pageError;

  return (
    <div className={styles.board} ref={boardRef}>
      <QueryState
        loading={loading && !data}
        error={networkStatus !== NetworkStatus.refetch && !data ? error : undefined}
        onRetry={() => void refetch()}
        loadingLabel="Loading the board…"
        errorMessage={
          errorCodeOf(error) === 'NOT_FOUND'
            ? `There is no problem ${key}, or you cannot see it.`
            : 'The board could not be loaded.'
        }
      >
        {problem ? (
          <>
            <div className={styles.toolbar}>
              <p className={styles.summary}>
                {totalCount} {totalCount === 1 ? 'task' : 'tasks'}
                {isLoadingMore ? ` (${tasks.length} loaded so far)` : ''}
                {canContribute
                  ? '. Drag a card by its handle, or use its “Move to…” menu.'
                  : '. You can see this board but not change it.'}
              </p>
              {canContribute ? (
                <Button onPress={() => setNewTaskStatus('TODO')}>New task</Button>
              ) : null}
            </div>
            {isLoadingMore ? (
              <p role="status" className="visually-hidden">
                Loading more tasks…
              </p>
            ) : null}
            {pageError ? (
              <div role="alert" className={styles.message}>
                <p>
                  Only {tasks.length} of {totalCount} tasks could be loaded.
                </p>
                <Button variant="secondary" onPress={() => setPageError(false)}>
                  Load the rest
                </Button>
              </div>
            ) : null}
            {taskLink.kind === 'missing' ? (
              <div role="alert" className={styles.message}>
                <p>{taskLink.message}</p>
                <Button variant="secondary" onPress={() => setTaskParam(null, { replace: true })}>
                  Dismiss
                </Button>
              </div>
            ) : null}
            {failure ? (
              <div className={styles.message} data-testid="move-failure">
                <p>{failure}</p>
                <Button variant="secondary" onPress={dismissFailure}>
                  Dismiss
                </Button>
              </div>
            ) : null}
            <div className={styles.columns}>
              {COLUMNS.map((column) => (
                <BoardColumn
                  key={column.status}
                  problemKey={problem.key}
                  status={column.status}
                  label={column.label}
                  tasks={columns[column.status]}
                  canContribute={canContribute}
                  isLoadingMore={isLoadingMore}
                  revealId={revealId}
                  onDrop={onDrop}
                  onMenuMove={onMenuMove}
                  onEdit={onEdit}
                />
              ))}
            </div>
            {panel ? (
              <Suspense fallback={<p role="status">Opening the task…</p>}>
                <TaskPanel
                  problem={problem}
                  mode={panel}
                  tasks={blockerChoices}
                  onClose={(savedId) => {
                    if (panel.kind === 'new') setNewTaskStatus(null);
                    else closeLinkedTask();
                    if (savedId) {
                      setRevealId(savedId);
                      setFocusRequest({ id: savedId });
                    }
                  }}
                />
              </Suspense>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </div>
  );
}

/** Marks a history entry that opening a task's panel pushed: closing it goes back. */
const OPENED_HERE = { taskPanelOpenedHere: true } as const;

function openedHere(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'taskPanelOpenedHere' in state;
}

export type { BoardTaskFragment };
