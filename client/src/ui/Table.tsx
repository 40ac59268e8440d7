import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  Cell,
  Column,
  Row,
  Table as AriaTable,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from 'react-aria-components';
import { classNames } from './class-names';
import styles from './Table.module.css';
import { sortRows, type SortDirection, type SortValue } from './table-sort';

export type { SortDirection, SortValue } from './table-sort';

export interface TableColumn<T> {
  /** Unique among the table's columns; also the key of the sort state. */
  id: string;
  /** The header text. */
  name: string;
  /** What a cell shows. */
  render: (row: T) => ReactNode;
  /** Given for sortable columns: the value the column sorts by (null = no data, always last). */
  sortValue?: (row: T) => SortValue;
  /** The column that names the row (e.g. the problem's key and title); one per table. */
  isRowHeader?: boolean;
  /** Numbers line up on the right. */
  align?: 'start' | 'end';
}

export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface TableProps<T> {
  /** The table's accessible name; also names the scrolling region around it. */
  label: string;
  /** Show the label as a caption above the table (otherwise it is read out only). */
  showLabel?: boolean;
  columns: readonly TableColumn<T>[];
  rows: readonly T[];
  rowId: (row: T) => string;
  /** The sort the table starts with (uncontrolled). */
  defaultSort?: TableSort;
  /** Controlled sort, with `onSortChange`. */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** Shown in place of rows when there are none. */
  emptyState?: ReactNode;
}

/**
 * A data table (React Aria: a grid with arrow-key navigation, `aria-sort` on sortable headers,
 * row headers read with every cell). Sorting happens here, on the rows given: press a sortable
 * header to sort by it, again to reverse. The table scrolls sideways inside a labelled,
 * focusable region, so that a narrow screen (360 px) never scrolls the whole page.
 */
export function Table<T>({
  label,
  showLabel = false,
  columns,
  rows,
  rowId,
  defaultSort,
  sort: controlledSort,
  onSortChange,
  emptyState = 'Nothing to show.',
}: TableProps<T>) {
  const labelId = useId();
  const [uncontrolledSort, setUncontrolledSort] = useState<TableSort | undefined>(defaultSort);
  const sort = controlledSort ?? uncontrolledSort;

  const sortedRows = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column);
    if (!sort || !column?.sortValue) return [...rows];
    return sortRows(rows, column.sortValue, sort.direction);
  }, [rows, columns, sort]);

  const sortDescriptor: SortDescriptor | undefined = sort
    ? { column: sort.column, direction: sort.direction }
    : undefined;

  function handleSortChange(descriptor: SortDescriptor) {
    const next: TableSort = { column: String(descriptor.column), direction: descriptor.direction };
    setUncontrolledSort(next);
    onSortChange?.(next);
  }

  return (
    <div className={styles.wrapper}>
      <div id={labelId} className={showLabel ? styles.caption : 'visually-hidden'}>
        {label}
      </div>
      <div
        role="region"
        aria-labelledby={labelId}
        // Focusable so that keyboard users can scroll it sideways (WCAG 2.1.1).
        tabIndex={0}
        className={styles.scroller}
      >
        <AriaTable
          aria-labelledby={labelId}
          className={styles.table}
          sortDescriptor={sortDescriptor}
          onSortChange={handleSortChange}
        >
          <TableHeader className={styles.header}>
            {columns.map((column) => (
              <Column
                key={column.id}
                id={column.id}
                isRowHeader={column.isRowHeader}
                allowsSorting={Boolean(column.sortValue)}
                textValue={column.name}
                className={classNames(
                  styles.column,
                  column.align === 'end' && styles.end,
                  column.sortValue && styles.sortable,
                )}
              >
                {({ allowsSorting, sortDirection }) => (
                  <span className={styles.columnLabel}>
                    {column.name}
                    {allowsSorting ? (
                      <span aria-hidden="true" className={styles.sortIcon}>
                        {sortDirection === 'ascending'
                          ? '▲'
                          : sortDirection === 'descending'
                            ? '▼'
                            : '↕'}
                      </span>
                    ) : null}
                  </span>
                )}
              </Column>
            ))}
          </TableHeader>
          <TableBody
            // Prefixed: row and column keys share one collection and must not collide.
            items={sortedRows.map((row) => ({ id: `row:${rowId(row)}`, row }))}
            dependencies={[columns]}
            renderEmptyState={() => <div className={styles.empty}>{emptyState}</div>}
          >
            {({ id, row }) => (
              <Row id={id} className={styles.row} columns={columns}>
                {(column) => (
                  <Cell className={classNames(styles.cell, column.align === 'end' && styles.end)}>
                    {column.render(row)}
                  </Cell>
                )}
              </Row>
            )}
          </TableBody>
        </AriaTable>
      </div>
    </div>
  );
}
