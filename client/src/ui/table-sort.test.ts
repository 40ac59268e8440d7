import { sortRows } from './table-sort';

describe('sortRows', () => {
  const rows = [
    { key: 'HOUS-12', score: 2 },
    { key: 'HOUS-2', score: null },
    { key: 'care-3', score: 0.5 },
    { key: 'Hous-1', score: 2 },
  ];

  it('sorts text in natural order, ignoring case', () => {
    expect(sortRows(rows, (r) => r.key, 'ascending').map((r) => r.key)).toEqual([
      'care-3',
      'Hous-1',
      'HOUS-2',
      'HOUS-12',
    ]);
    expect(sortRows(rows, (r) => r.key, 'descending').map((r) => r.key)).toEqual([
      'HOUS-12',
      'HOUS-2',
      'Hous-1',
      'care-3',
    ]);
  });

  it('sorts numbers as numbers, keeps ties in their order and puts empty values last both ways', () => {
    expect(sortRows(rows, (r) => r.score, 'ascending').map((r) => r.key)).toEqual([
      'care-3',
      'HOUS-12',
      'Hous-1',
      'HOUS-2',
    ]);
    expect(sortRows(rows, (r) => r.score, 'descending').map((r) => r.key)).toEqual([
      'HOUS-12',
      'Hous-1',
      'care-3',
      'HOUS-2',
    ]);
  });

  it('treats NaN, undefined and empty text as no data, and does not change its input', () => {
    const input = [{ v: '' }, { v: 'b' }, { v: undefined }, { v: 'a' }];
    const copy = [...input];
    expect(sortRows(input, (r) => r.v, 'ascending').map((r) => r.v)).toEqual([
      'a',
      'b',
      '',
      undefined,
    ]);
    expect(sortRows([{ v: NaN }, { v: 1 }], (r) => r.v, 'ascending')[0]?.v).toBe(1);
    expect(input).toEqual(copy);
  });
});
