import type { BoardTaskFragment } from '@/generated/graphql';
import type { FractionalIndexingLoader } from '../testing/fractional-indexing';
import { isSameColumn, type BoardColumnProps } from './BoardColumn';

// fractional-indexing ships only ESM, which jest's CommonJS run can't load (see the loader).
jest.mock('fractional-indexing', () =>
  jest.requireActual<FractionalIndexingLoader>('../testing/fractional-indexing').load(),
);

const task = (id: string) => ({ id, status: 'TODO' }) as unknown as BoardTaskFragment;
const [a, b, c] = [task('Task:1'), task('Task:2'), task('Task:3')];
const handlers = {
  onShowMore: () => undefined,
  onDrop: () => undefined,
  onMenuMove: () => undefined,
  onEdit: () => undefined,
};
const column = (changes: Partial<BoardColumnProps> = {}): BoardColumnProps => ({
  problemKey: 'HOUS-12',
  status: 'TODO',
  label: 'To do',
  tasks: [a, b],
  count: 2,
  hasMore: false,
  isLoadingMore: false,
  canContribute: true,
  ...handlers,
  ...changes,
});

describe('isSameColumn (when a board column may skip re-rendering)', () => {
  it('skips when the board regrouped the same cards into a new array', () => {
    expect(isSameColumn(column(), column({ tasks: [a, b] }))).toBe(true);
  });

  it('re-renders when a card arrives, leaves, moves within it or changes', () => {
    expect(isSameColumn(column(), column({ tasks: [a, b, c] }))).toBe(false);
    expect(isSameColumn(column(), column({ tasks: [a] }))).toBe(false);
    expect(isSameColumn(column(), column({ tasks: [b, a] }))).toBe(false);
    expect(isSameColumn(column(), column({ tasks: [a, { ...b }] }))).toBe(false);
  });

  it('re-renders for any other changed prop', () => {
    expect(isSameColumn(column(), column({ count: 3 }))).toBe(false);
    expect(isSameColumn(column(), column({ hasMore: true }))).toBe(false);
    expect(isSameColumn(column(), column({ canContribute: false }))).toBe(false);
    expect(isSameColumn(column(), column({ isLoadingMore: true }))).toBe(false);
    expect(isSameColumn(column(), column({ onEdit: () => undefined }))).toBe(false);
  });
});
