import type { FractionalIndexingLoader } from './testing/fractional-indexing';
import {
  describeMove,
  groupIntoColumns,
  planMove,
  rankBetween,
  targetOfDrop,
  targetOfMenuMove,
  type Placed,
} from './board-order';

jest.mock('fractional-indexing', () =>
  jest.requireActual<FractionalIndexingLoader>('./testing/fractional-indexing').load(),
);

const task = (id: string, status: Placed['status'], rank: string): Placed => ({ id, status, rank });

// To do: a (a0), b (a1), c (a2); In progress: d (a0); Blocked and Done empty.
const board = groupIntoColumns([
  task('c', 'TODO', 'a2'),
  task('d', 'IN_PROGRESS', 'a0'),
  task('a', 'TODO', 'a0'),
  task('b', 'TODO', 'a1'),
]);

describe('board order', () => {
  it('groups tasks into columns in byte order of their ranks', () => {
    expect(board.TODO.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(board.IN_PROGRESS.map((t) => t.id)).toEqual(['d']);
    expect(board.BLOCKED).toEqual([]);
    // "Zz" sorts before "a0" as bytes (COLLATE "C"), unlike a locale comparison.
    const bytes = groupIntoColumns([task('x', 'DONE', 'a0'), task('y', 'DONE', 'Zz')]);
    expect(bytes.DONE.map((t) => t.id)).toEqual(['y', 'x']);
  });

  it('names the card before the new position as afterId, null at the top', () => {
    const toTop = planMove(board, 'c', { status: 'TODO', index: 0 });
    expect(toTop).toMatchObject({ afterId: null, status: 'TODO', from: 'TODO', index: 0 });
    const between = planMove(board, 'a', { status: 'TODO', index: 1 });
    // a leaves; the rest is b, c; index 1 is after b.
    expect(between).toMatchObject({ afterId: 'b', index: 1, size: 3 });
    const across = planMove(board, 'b', { status: 'IN_PROGRESS', index: 1 });
    expect(across).toMatchObject({ afterId: 'd', from: 'TODO', status: 'IN_PROGRESS', size: 2 });
    const empty = planMove(board, 'a', { status: 'DONE', index: 0 });
    expect(empty).toMatchObject({ afterId: null, status: 'DONE', size: 1 });
  });

  it('computes a rank strictly between the new neighbours', () => {
    const between = planMove(board, 'c', { status: 'TODO', index: 1 });
    expect(between!.rank > 'a0' && between!.rank < 'a1').toBe(true);
    const top = planMove(board, 'c', { status: 'TODO', index: 0 });
    expect(top?.rank !== undefined && top.rank < 'a0').toBe(true);
    const end = planMove(board, 'a', { status: 'IN_PROGRESS', index: 5 });
    expect(end).toMatchObject({ afterId: 'd', index: 1 });
    expect(end?.rank !== undefined && end.rank > 'a0').toBe(true);
    // The optimistic order is the order the server will make.
    const moved = groupIntoColumns(
      [...board.TODO, ...board.IN_PROGRESS].map((t) =>
        t.id === 'c' && between ? { ...t, rank: between.rank } : t,
      ),
    );
    expect(moved.TODO.map((t) => t.id)).toEqual(['a', 'c', 'b']);
  });

  it('sends nothing for a move to where the card already is', () => {
    expect(planMove(board, 'a', { status: 'TODO', index: 0 })).toBeNull();
    expect(planMove(board, 'c', { status: 'TODO', index: 2 })).toBeNull();
    expect(planMove(board, 'missing', { status: 'TODO', index: 0 })).toBeNull();
  });

  it('turns menu choices into targets', () => {
    expect(targetOfMenuMove(board, 'b', { kind: 'up' })).toEqual({ status: 'TODO', index: 0 });
    expect(targetOfMenuMove(board, 'b', { kind: 'down' })).toEqual({ status: 'TODO', index: 2 });
    expect(targetOfMenuMove(board, 'b', { kind: 'top' })).toEqual({ status: 'TODO', index: 0 });
    expect(targetOfMenuMove(board, 'a', { kind: 'bottom' })).toEqual({ status: 'TODO', index: 2 });
    expect(targetOfMenuMove(board, 'a', { kind: 'up' })).toBeNull();
    expect(targetOfMenuMove(board, 'c', { kind: 'down' })).toBeNull();
    expect(targetOfMenuMove(board, 'c', { kind: 'column', status: 'TODO' })).toBeNull();
    expect(targetOfMenuMove(board, 'c', { kind: 'column', status: 'BLOCKED' })).toEqual({
      status: 'BLOCKED',
      index: 0,
    });
    // Down one: after the next card.
    const down = planMove(board, 'a', targetOfMenuMove(board, 'a', { kind: 'down' })!);
    expect(down?.afterId).toBe('b');
  });

  it('turns drops before, after or beside cards into targets', () => {
    expect(targetOfDrop(board, 'a', 'TODO', 'c', 'before')).toEqual({ status: 'TODO', index: 1 });
    expect(targetOfDrop(board, 'a', 'TODO', 'c', 'after')).toEqual({ status: 'TODO', index: 2 });
    expect(targetOfDrop(board, 'a', 'IN_PROGRESS', 'd', 'before')).toEqual({
      status: 'IN_PROGRESS',
      index: 0,
    });
    expect(targetOfDrop(board, 'a', 'DONE', null, 'on')).toEqual({ status: 'DONE', index: 0 });
  });

  it('keeps going when ranks are out of order', () => {
    expect(rankBetween('a1', 'a0') > 'a1').toBe(true);
    expect(rankBetween(null, null)).toBe('a0');
  });

  it('says what happened in words', () => {
    const across = planMove(board, 'b', { status: 'IN_PROGRESS', index: 0 })!;
    expect(describeMove('HOUS-12', 4, across)).toBe('HOUS-12 #4 moved to In progress');
    const within = planMove(board, 'c', { status: 'TODO', index: 0 })!;
    expect(describeMove('HOUS-12', 4, within)).toBe('HOUS-12 #4 moved to position 1 of 3 in To do');
  });
});
