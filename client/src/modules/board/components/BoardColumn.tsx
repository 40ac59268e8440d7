import {
  createContext,
  type FocusEvent,
  memo,
  use,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';
import {
  Button as AriaButton,
  ButtonContext,
  DropIndicator,
  GridList,
  GridListItem,
  isTextDropItem,
  useDragAndDrop,
  type DragAndDropOptions,
  type DropItem,
} from 'react-aria-components';
import type { BoardTaskFragment, TaskStatus } from '@/generated/graphql';
import { classNames } from '@/ui/class-names';
import { Menu, MenuItem, MenuSection, MenuTrigger } from '@/ui/Menu';
import { COLUMNS, type MenuMove } from '../board-order';
import { MORE_CARDS } from '../graphql/board.query';
import { TaskCard } from './TaskCard';
import styles from './BoardColumn.module.css';

/** The drag type of a card: its id. Only the board's own columns accept it. */
export const TASK_DRAG_TYPE = 'application/vnd.commons.task-id';

export type DropPosition = 'before' | 'after' | 'on';

export interface BoardColumnProps {
  problemKey: string;
  status: TaskStatus;
  label: string;
  /** The column's loaded cards, in rank order: all shown. */
  tasks: readonly BoardTaskFragment[];
  /** How many tasks the column holds in all. */
  count: number;
  /** Whether it has cards not loaded yet (below the loaded ones). */
  hasMore: boolean;
  /** Its next cards are being loaded. */
  isLoadingMore: boolean;
  canContribute: boolean;
  onShowMore: (status: TaskStatus) => void;
  onDrop: (id: string, status: TaskStatus, targetId: string | null, position: DropPosition) => void;
  onMenuMove: (id: string, move: MenuMove) => void;
  onEdit: (id: string) => void;
}

async function droppedId(items: readonly DropItem[]): Promise<string | null> {
  const item = items.find(isTextDropItem);
  if (!item || !item.types.has(TASK_DRAG_TYPE)) return null;
  return item.getText(TASK_DRAG_TYPE);
}

/**
 * One column of the board: a heading and a React Aria GridList of cards. With contribute
 * rights the cards can be dragged within and between columns (pointer, touch, and keyboard:
 * Enter on a card's handle, Tab to the place, Enter to drop; React Aria announces each step),
 * and each card has a "Move to…" menu that does the same with one press.
 */
export const BoardColumn = memo(function BoardColumn({
  problemKey,
  status,
  label,
  tasks,
  count,
  hasMore,
  isLoadingMore,
  canContribute,
  onShowMore,
  onDrop,
  onMenuMove,
  onEdit,
}: BoardColumnProps) {
  const headingId = useId();
  const hidden = Math.max(count - tasks.length, 0);
  // Where a card is, asked when its menu opens (and its text, asked when it is dragged): read at
  // that moment, so that nothing about a card's neighbours is baked into its element and a move
  // re-renders the cards it changes only.
  const order = useRef({ tasks, hasMore });
  useEffect(() => {
    order.current = { tasks, hasMore };
  }, [tasks, hasMore]);
  const positionOf = useCallback((id: string): CardPosition => {
    const { tasks: current, hasMore: more } = order.current;
    return { isFirst: current[0]?.id === id, isLast: !more && current.at(-1)?.id === id };
  }, []);
  // React Aria makes new hooks whenever the options object is new.
  const dragAndDropOptions = useMemo(
    (): DragAndDropOptions<BoardTaskFragment> => ({
      isDisabled: !canContribute,
      // By key: React Aria gives no item values for cards rendered through a wrapper component.
      getItems: (keys) =>
        [...keys].map((key) => {
          const task = order.current.tasks.find((candidate) => candidate.id === String(key));
          return {
            [TASK_DRAG_TYPE]: String(key),
            'text/plain': task ? `${problemKey} #${task.number} ${task.title}` : String(key),
          };
        }),
      acceptedDragTypes: [TASK_DRAG_TYPE],
      getDropOperation: (target) =>
        target.type === 'item' && target.dropPosition === 'on' ? 'cancel' : 'move',
      onReorder: (event) => {
        const [id] = [...event.keys];
        if (id === undefined) return;
        onDrop(String(id), status, String(event.target.key), event.target.dropPosition);
      },
      onInsert: (event) => {
        void droppedId(event.items).then((id) => {
          if (id) onDrop(id, status, String(event.target.key), event.target.dropPosition);
        });
      },
      onRootDrop: (event) => {
        void droppedId(event.items).then((id) => {
          if (id) onDrop(id, status, null, 'on');
        });
      },
      renderDropIndicator: (target) => (
        <DropIndicator target={target} className={styles.dropIndicator} />
      ),
    }),
    [canContribute, problemKey, status, onDrop],
  );
  const { dragAndDropHooks } = useDragAndDrop(dragAndDropOptions);
  const column = useMemo(
    (): CardColumn => ({ label, status, positionOf, canContribute, onMenuMove, onEdit }),
    [label, status, positionOf, canContribute, onMenuMove, onEdit],
  );
  const cards = useMemo((): ColumnCardsValue => ({ tasks, column }), [tasks, column]);
  // The same GridList element from one set of cards to the next: the cards reach it through
  // context (`ColumnCards`). React Aria then rebuilds the list once per change, from its
  // collection, instead of also drawing every row again with the old collection first.
  const list = useMemo(
    () => (
      <GridList
        aria-labelledby={headingId}
        dragAndDropHooks={canContribute ? dragAndDropHooks : undefined}
        keyboardNavigationBehavior="tab"
        onAction={canContribute ? (key) => onEdit(String(key)) : undefined}
        className={styles.list}
        renderEmptyState={() => <p className={styles.empty}>No tasks</p>}
      >
        <ColumnCards />
      </GridList>
    ),
    [headingId, canContribute, dragAndDropHooks, onEdit],
  );

  return (
    <section className={styles.column} aria-labelledby={headingId} onFocus={revealFocusedCard}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {label}{' '}
          <span className={styles.count}>
            ({count}
            <span className="visually-hidden"> {count === 1 ? 'task' : 'tasks'}</span>)
          </span>
        </h2>
      </div>
      <ColumnCardsContext.Provider value={cards}>{list}</ColumnCardsContext.Provider>
      {hasMore ? (
        <AriaButton
          className={styles.more}
          isPending={isLoadingMore}
          onPress={() => onShowMore(status)}
        >
          {isLoadingMore ? 'Loading…' : `Show ${String(Math.min(hidden, MORE_CARDS) || '')} more`}
          <span className="visually-hidden"> in {label}</span>
          {hidden > 0 ? ` (${String(hidden)} not shown)` : ''}
        </AriaButton>
      ) : null}
    </section>
  );
}, isSameColumn);

/**
 * When the keyboard comes back into a column (Shift+Tab from below), React Aria's GridList
 * moves the focus to the card it remembers without scrolling to it: that card could sit
 * screens away from where the browser had scrolled (WCAG 2.4.11, tests/wcag.e2e.ts).
 */
function revealFocusedCard(event: FocusEvent<HTMLElement>) {
  if (event.target.getAttribute('role') === 'row') {
    event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

/**
 * A column re-renders only when what it shows changed. The board regroups its tasks into new
 * arrays whenever any task changes: compared by value, a move re-renders the two columns it
 * touches instead of all four (each card of a re-rendered column costs React Aria's collection
 * work, however memoised the card is).
 */
export function isSameColumn(prev: BoardColumnProps, next: BoardColumnProps): boolean {
  return (
    prev.problemKey === next.problemKey &&
    prev.status === next.status &&
    prev.label === next.label &&
    prev.canContribute === next.canContribute &&
    prev.count === next.count &&
    prev.hasMore === next.hasMore &&
    prev.isLoadingMore === next.isLoadingMore &&
    prev.onShowMore === next.onShowMore &&
    prev.onDrop === next.onDrop &&
    prev.onMenuMove === next.onMenuMove &&
    prev.onEdit === next.onEdit &&
    sameItems(prev.tasks, next.tasks)
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

interface CardPosition {
  isFirst: boolean;
  isLast: boolean;
}

/** What every card of a column shares: one object, the same while none of it changes. */
interface CardColumn {
  label: string;
  status: TaskStatus;
  positionOf: (id: string) => CardPosition;
  canContribute: boolean;
  onMenuMove: (id: string, move: MenuMove) => void;
  onEdit: (id: string) => void;
}

/** What a column's cards are drawn from. */
interface ColumnCardsValue {
  tasks: readonly BoardTaskFragment[];
  column: CardColumn;
}

const ColumnCardsContext = createContext<ColumnCardsValue | null>(null);

/** A column's cards, in the GridList's collection. */
function ColumnCards() {
  const cards = use(ColumnCardsContext);
  if (!cards) return null;
  return cards.tasks.map((task) => <BoardCard key={task.id} task={task} column={cards.column} />);
}

interface CardProps {
  task: BoardTaskFragment;
  column: CardColumn;
}

const BoardCard = memo(function BoardCard({ task, column }: CardProps) {
  return (
    <GridListItem
      id={task.id}
      textValue={`#${task.number} ${task.title}`}
      className={({ isDragging, isDropTarget }) =>
        classNames(styles.card, isDragging && styles.dragging, isDropTarget && styles.dropTarget)
      }
    >
      <div data-task-id={task.id}>
        <TaskCard
          task={task}
          canDrag={column.canContribute}
          actions={column.canContribute ? <CardActions task={task} column={column} /> : undefined}
        />
      </div>
    </GridListItem>
  );
});

function CardActions({ task, column }: CardProps) {
  // Every render of a card's GridListItem (each card of a column, at every change to the column)
  // hands the buttons inside a new ButtonContext value; only the drag handle takes anything from
  // it. Kept out of it, these two re-render with their own card only.
  return (
    <ButtonContext.Provider value={null}>
      <AriaButton className={styles.action} onPress={() => column.onEdit(task.id)}>
        Edit<span className="visually-hidden"> #{task.number}</span>
      </AriaButton>
      <MenuTrigger
        trigger={
          <AriaButton className={styles.action}>
            Move to…<span className="visually-hidden"> #{task.number}</span>
          </AriaButton>
        }
      >
        <MoveMenu task={task} column={column} />
      </MenuTrigger>
    </ButtonContext.Provider>
  );
}

/** The card's "Move to…" choices, worked out from where it is when the menu opens. */
function MoveMenu({ task, column: { label, status, positionOf, onMenuMove } }: CardProps) {
  const { isFirst, isLast } = positionOf(task.id);
  const moves: Array<{ id: string; label: string; move: MenuMove }> = [];
  if (!isFirst) {
    moves.push({ id: 'top', label: 'To the top', move: { kind: 'top' } });
    moves.push({ id: 'up', label: 'Up one', move: { kind: 'up' } });
  }
  if (!isLast) {
    moves.push({ id: 'down', label: 'Down one', move: { kind: 'down' } });
    moves.push({ id: 'bottom', label: 'To the bottom', move: { kind: 'bottom' } });
  }
  const others = COLUMNS.filter((column) => column.status !== status);
  return (
    <Menu
      aria-label={`Move #${String(task.number)} to`}
      onAction={(key) => {
        const choice = String(key);
        const column = others.find((c) => `column:${c.status}` === choice);
        if (column) onMenuMove(task.id, { kind: 'column', status: column.status });
        const within = moves.find((m) => m.id === choice);
        if (within) onMenuMove(task.id, within.move);
      }}
    >
      <MenuSection title="Another column">
        {others.map((column) => (
          <MenuItem key={column.status} id={`column:${column.status}`}>
            {column.label}
          </MenuItem>
        ))}
      </MenuSection>
      {moves.length > 0 ? (
        <MenuSection title={`Within ${label}`}>
          {moves.map((move) => (
            <MenuItem key={move.id} id={move.id}>
              {move.label}
            </MenuItem>
          ))}
        </MenuSection>
      ) : null}
    </Menu>
  );
}
