import { type ArgsOptions, registerEnumType } from '@nestjs/graphql';
import { decodeCursor, encodeCursor } from '../graphql/connection.js';
import { InvalidInputError } from '../graphql/errors.js';

export const PROBLEM_ORDERS = ['NEWEST', 'RECENTLY_UPDATED', 'KEY', 'TITLE'] as const;
export type ProblemOrder = (typeof PROBLEM_ORDERS)[number];

export const ProblemOrderEnum = Object.fromEntries(PROBLEM_ORDERS.map((o) => [o, o])) as {
  [O in ProblemOrder]: O;
};
registerEnumType(ProblemOrderEnum, {
  name: 'ProblemOrder',
  description: 'How a list of problems is ordered; every order pages with stable cursors.',
  valuesMap: {
    NEWEST: { description: 'Most recently created first.' },
    RECENTLY_UPDATED: { description: 'Most recently changed first.' },
    KEY: { description: 'By key, prefix then number: HOUS-2 before HOUS-12.' },
    TITLE: { description: 'By title A to Z, ignoring case; equal titles in a stable order.' },
  },
});

/** The `orderBy` argument of every list of problems (`@Args('orderBy', PROBLEM_ORDER_ARG)`). */
export const PROBLEM_ORDER_ARG: ArgsOptions = {
  type: () => ProblemOrderEnum,
  nullable: true,
  defaultValue: ProblemOrderEnum.NEWEST,
  description: 'How the list is ordered; a cursor pages only the order it came from.',
};

/**
 * A keyset position in one order of the problems list: the order it belongs to, the last
 * item's sort value as PostgreSQL compares it, and its id (the tie-breaker).
 */
export interface ProblemCursor {
  order: ProblemOrder;
  /** NEWEST / RECENTLY_UPDATED: ISO 8601 UTC with microseconds; KEY: the key; TITLE: lower(title). */
  value: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** As the problem_key_format check; the number stays within a safe integer. */
export const PROBLEM_KEY = /^([A-Z][A-Z0-9]{1,7})-([1-9][0-9]{0,14})$/;
/** A title is at most 200 characters; lower() may turn one into two (İ → i̇). */
const MAX_TITLE_VALUE = 400;

const VALID_VALUE: Record<ProblemOrder, (value: string) => boolean> = {
  NEWEST: (value) => TIMESTAMP.test(value),
  RECENTLY_UPDATED: (value) => TIMESTAMP.test(value),
  KEY: (value) => PROBLEM_KEY.test(value),
  TITLE: (value) => value.length <= MAX_TITLE_VALUE,
};

export function encodeProblemCursor(cursor: ProblemCursor): string {
  return encodeCursor([cursor.order, cursor.value, cursor.id]);
}

/** Null without a cursor; BAD_USER_INPUT on `after` for one of another order or not ours. */
export function decodeProblemCursor(
  after: string | null | undefined,
  order: ProblemOrder,
): ProblemCursor | null {
  if (!after) return null;
  const [cursorOrder, value, id] = decodeCursor(after, 3) ?? [];
  if (
    typeof cursorOrder !== 'string' ||
    typeof value !== 'string' ||
    typeof id !== 'string' ||
    !(PROBLEM_ORDERS as readonly string[]).includes(cursorOrder) ||
    !UUID.test(id) ||
    !VALID_VALUE[cursorOrder as ProblemOrder](value)
  )
    throw new InvalidInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
  if (cursorOrder !== order)
    throw new InvalidInputError([
      { path: 'after', message: `is a cursor of another order, not ${order}` },
    ]);
  return { order, value, id };
}
