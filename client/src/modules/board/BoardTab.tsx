import { NetworkStatus } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import {
  isDocumentLoadLocation,
  PRESERVE_FOCUS,
  preservesFocus,
} from '@/app/routing/navigation-state';
import type { BoardTaskFragment, TaskStatus } from '@/generated/graphql';
import { useProblemContext } from '@/modules/problem/problem-context';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { boardOf, sharingUnchanged, withPage, type BoardTask } from './board-columns';
import {
  COLUMN_LABEL,
  COLUMNS,
  findTask,
  planMove,
  targetOfDrop,
  targetOfMenuMove,
  type Columns,
  type MenuMove,
  type MoveTarget,
} from './board-order';
import { BoardColumn, type DropPosition } from './components/BoardColumn';
import type { TaskPanelMode } from './components/TaskPanel';
import {
  BoardTabQueryDocument,
  BoardTaskByNumberQueryDocument,
  BoardTasksPageQueryDocument,
  COLUMN_FIELD,
  MORE_CARDS,
} from './graphql/board.query';
import { useMoveTask } from './hooks/use-move-task';
import { resolveTaskLink, TASK_PARAM, taskNumberOf, type TaskLink } from './task-link';
import styles from './BoardTab.module.css';

/** The panel (its form, date field and validation) loads on its own, after the board. */
const loadTaskPanel = () => import('./components/TaskPanel');
const TaskPanel = lazy(async () => ({ default: (await loadTaskPanel()).TaskPanel }));

/**
 * The event React Aria's FocusScope dispatches, cancelable, on the element it is about to give
 * the focus back to when a menu or dialog closes ("parent elements can intercept to customize
 * focus restoration", react-aria's FocusScope).
 */
const REACT_ARIA_RESTORE_FOCUS = 'react-aria-focus-scope-restore';
const NO_TASKS: readonly BoardTask[] = [];
const NO_COLUMNS: Columns<BoardTask> = { TODO: [], IN_PROGRESS: [], BLOCKED: [], DONE: [] };

/**
 * The Board tab of a problem: four columns of cards in rank order, each with its count. A column
 * loads its first cards with the board and more on "Show more", so a board of hundreds of tasks
 * is quick to open and to use. People who may contribute get drag and drop, a "Move to…" menu
 * on each card, "New task" and the task panel; others see the board only.
 *
 * The open task is in the address (`/problems/HOUS-12/board?task=7`), so a task can be linked to
 * and Back closes the panel that "Edit" opened.
 */
export function BoardTab() {
  const { problemKey: key } = useProblemContext();
  const client = useApolloClient();
  const { data, error, loading, fetchMore, refetch, networkStatus } = useQuery(
    BoardTabQueryDocument,
    { variables: { key }, notifyOnNetworkStatusChange: false },
  );
  const problem = data?.problem ?? null;
  const { move, failure, dismissFailure } = useMoveTask(key, problem?.id ?? null);
  /** "New task" (not in the address); an existing task's panel comes from `?task=`. */
  const [newTaskStatus, setNewTaskStatus] = useState<TaskStatus | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  const [shareUnchanged] = useState(sharingUnchanged<BoardTask>);
  const board = useMemo(
    () => (problem ? boardOf(problem, shareUnchanged) : null),
    [problem, shareUnchanged],
  );
  const tasks = board?.tasks ?? NO_TASKS;
  const columns = board?.columns ?? NO_COLUMNS;
  const boardRef = useRef(board);
  useEffect(() => {
    boardRef.current = board;
  }, [board]);
  /** The board as the cache has it now, before React has drawn it (after a page arrived). */
  const readBoard = useCallback(() => {
    const lists = client.readQuery({ query: BoardTabQueryDocument, variables: { key } })?.problem;
    return lists ? boardOf(lists) : null;
  }, [client, key]);

  // A column's next cards: on "Show more", or all of them for a move to its very bottom.
  const [loadingColumns, setLoadingColumns] = useState<ReadonlySet<TaskStatus>>(new Set());
  const [pageError, setPageError] = useState<TaskStatus | null>(null);
  const loads = useRef(new Map<TaskStatus, Promise<boolean>>());
  /** Fetches a column's next page (`all`: every page left) into the cache; false on failure. */
  const fetchColumn = useCallback(
    async (status: TaskStatus, all: boolean): Promise<boolean> => {
      const field = COLUMN_FIELD[status];
      try {
        for (;;) {
          const lists = client.readQuery({ query: BoardTabQueryDocument, variables: { key } });
          const { hasNextPage, endCursor } = lists?.problem[field].pageInfo ?? {};
          if (!hasNextPage || !endCursor) return true;
          await fetchMore({
            query: BoardTasksPageQueryDocument,
            variables: { key, status, after: endCursor, first: all ? 100 : MORE_CARDS },
            updateQuery: (previous, { fetchMoreResult }) => ({
              ...previous,
              problem: withPage(previous.problem, status, fetchMoreResult.problem.tasks),
            }),
          });
          if (!all) return true;
        }
      } catch {
        setPageError(status);
        return false;
      }
    },
    [client, fetchMore, key],
  );
  /** One load per column at a time; a load of the whole column waits for the one running. */
  const loadMore = useCallback(
    (status: TaskStatus, { all = false }: { all?: boolean } = {}): Promise<boolean> => {
      const running = loads.current.get(status);
      if (running && !all) return running;
      setPageError(null);
      const load = running
        ? running.then(() => fetchColumn(status, all))
        : fetchColumn(status, all);
      loads.current.set(status, load);
      setLoadingColumns((current) => new Set(current).add(status));
      void load.finally(() => {
        if (loads.current.get(status) !== load) return;
        loads.current.delete(status);
        setLoadingColumns((current) => {
          const next = new Set(current);
          next.delete(status);
          return next;
        });
      });
      return load;
    },
    [fetchColumn],
  );
  const onShowMore = useCallback((status: TaskStatus) => void loadMore(status), [loadMore]);

  // The server says what this viewer may do; the board shows only the controls that work.
  const canContribute = problem?.viewerCan.contribute ?? false;

  // `?task=<number>`: that task's panel, once its page of tasks has arrived.
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const taskParam = searchParams.get(TASK_PARAM);
  const linkedNumber = taskNumberOf(taskParam);
  const linkedIsLoaded = tasks.some((task) => task.number === linkedNumber);
  // A card the board has not loaded is looked up by its number.
  const lookup = useQuery(
    BoardTaskByNumberQueryDocument,
    !problem || linkedNumber === null || linkedIsLoaded
      ? skipToken
      : { variables: { key, number: linkedNumber } },
  );
  const lookedUp = lookup.data?.problem.tasks.edges[0]?.node;
  const taskLink: TaskLink =
    lookup.error && !linkedIsLoaded
      ? { kind: 'missing', message: `Task #${String(linkedNumber)} could not be loaded.` }
      : resolveTaskLink(
          taskParam,
          lookedUp ? [...tasks, lookedUp] : tasks,
          linkedIsLoaded || lookup.data !== undefined,
        );
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
      const keepFocus = isDocumentLoadLocation(location) || preservesFocus(location.state);
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

  // A viewer who may not edit tasks is taken to the linked card instead of a panel; a card not
  // loaded yet comes with the rest of its column.
  const [shownLink, setShownLink] = useState<string | null>(null);
  if (linkedTaskId && !canContribute && linkedIsLoaded && shownLink !== linkedTaskId) {
    setShownLink(linkedTaskId);
    setFocusRequest({ id: linkedTaskId });
  }
  const lookedUpStatus = !canContribute && !linkedIsLoaded ? lookedUp?.status : undefined;
  useEffect(() => {
    if (lookedUpStatus) void loadMore(lookedUpStatus, { all: true });
  }, [lookedUpStatus, loadMore]);

  const moveTo = useCallback(
    (current: Columns<BoardTask>, id: string, target: MoveTarget | null) => {
      if (!target) return;
      const plan = planMove(current, id, target);
      const found = findTask(current, id);
      setFocusRequest({ id });
      if (!plan || !found) return;
      void move(found.task, plan);
    },
    [move],
  );

  const onDrop = useCallback(
    (id: string, status: TaskStatus, targetId: string | null, position: DropPosition) => {
      const current = boardRef.current?.columns ?? NO_COLUMNS;
      moveTo(current, id, targetOfDrop(current, id, status, targetId, position));
    },
    [moveTo],
  );
  const onMenuMove = useCallback(
    (id: string, menuMove: MenuMove) => {
      const current = boardRef.current;
      const found = current && findTask(current.columns, id);
      if (!current || !found) return;
      const { status } = found.task;
      // Below the last loaded card are cards not loaded yet: load them to go past them.
      const pastLoaded =
        current.hasMore[status] &&
        (menuMove.kind === 'bottom' ||
          (menuMove.kind === 'down' && found.index === current.columns[status].length - 1));
      if (!pastLoaded) {
        moveTo(current.columns, id, targetOfMenuMove(current.columns, id, menuMove));
        return;
      }
      void loadMore(status, { all: true }).then((loaded) => {
        const latest = loaded ? readBoard() : null;
        if (latest) moveTo(latest.columns, id, targetOfMenuMove(latest.columns, id, menuMove));
      });
    },
    [moveTo, loadMore, readBoard],
  );
  const onEdit = useCallback(
    (id: string) => {
      const found = boardRef.current && findTask(boardRef.current.columns, id);
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

  // Focus stays with the card that moved (or was saved), wherever it went: the board focuses it
  // after the frame that shows it, and again a moment later in case something took the focus.
  const boardElement = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const rowOfCard = () =>
      [...document.querySelectorAll<HTMLElement>('[data-task-id]')]
        .find((element) => element.dataset.taskId === focusRequest.id)
        ?.closest<HTMLElement>('[role="row"]');
    const focusCard = () => {
      const row = rowOfCard();
      const active = document.activeElement;
      const focusIsFree =
        !active || active === document.body || Boolean(boardElement.current?.contains(active));
      if (row && focusIsFree && !row.contains(active)) {
        row.focus();
        row.scrollIntoView({ block: 'nearest' });
      }
    };
    // After the next paint, not in its frame: focusing a row re-renders its column (React Aria's
    // focus state), which would hold back the frame that shows the moved card by tens of ms.
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(focusCard, 0);
    });
    const timer = setTimeout(() => {
      focusCard();
      setFocusRequest((current) => (current === focusRequest ? null : current));
    }, 150);
    // Meanwhile the board, not a closing menu or dialog, decides where the focus goes when the
    // card is there to take it. React Aria would give it back to the column the menu was opened
    // from; when the card has moved to another column, that column's list has handed its focused
    // key to the card's old neighbour, and the focus (and a screen reader) would visit that card
    // first. Without the card (not loaded, or deleted), React Aria restores the focus as usual.
    const board = boardElement.current;
    const takeOverRestore = (event: Event) => {
      if (!rowOfCard()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    board?.addEventListener(REACT_ARIA_RESTORE_FOCUS, takeOverRestore, true);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(timer);
      board?.removeEventListener(REACT_ARIA_RESTORE_FOCUS, takeOverRestore, true);
    };
  }, [focusRequest]);

  const totalCount = board ? COLUMNS.reduce((sum, { status }) => sum + board.counts[status], 0) : 0;

  return (
    <div className={styles.board} ref={boardElement} data-surface="wide">
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
                {canContribute
                  ? '. Drag a card by its handle, or use its “Move to…” menu.'
                  : '. You can see this board but not change it.'}
              </p>
              {canContribute ? (
                <Button onPress={() => setNewTaskStatus('TODO')}>New task</Button>
              ) : null}
            </div>
            {pageError ? (
              <div role="alert" className={styles.message}>
                <p>More tasks of {COLUMN_LABEL[pageError]} could not be loaded.</p>
                <Button variant="secondary" onPress={() => void loadMore(pageError)}>
                  Try again
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
                  count={board?.counts[column.status] ?? 0}
                  hasMore={board?.hasMore[column.status] ?? false}
                  isLoadingMore={loadingColumns.has(column.status)}
                  canContribute={canContribute}
                  onShowMore={onShowMore}
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
                  onClose={(savedId) => {
                    if (panel.kind === 'new') setNewTaskStatus(null);
                    else closeLinkedTask();
                    if (savedId) setFocusRequest({ id: savedId });
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
