/** A cell's value for sorting: numbers compare as numbers, text in natural order, null last. */
export type SortValue = string | number | null | undefined;

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two sort values ascending; empty values (null, undefined, NaN, '') are not compared here. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function isEmpty(value: SortValue): value is null | undefined {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (typeof value === 'number' && isNaN(value))
  );
}

/**
 * A new array of `rows` sorted by `valueOf`, stable (equal rows keep their order), with empty
 * values last in both directions: "no data" never pretends to be the smallest or largest figure.
 * Text compares in natural order ("HOUS-2" before "HOUS-12"), ignoring case and accents.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      const aEmpty = isEmpty(a.value);
      const bEmpty = isEmpty(b.value);
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      return (
        sign * compareValues(a.value as string | number, b.value as string | number) ||
        a.index - b.index
      );
    })
    .map(({ row }) => row);
}
