import {
  dateToTime,
  niceDomain,
  outcomeChartData,
  plannedValueAt,
  timeTicks,
} from './outcome-chart-data';

// 410 → 300 beds over 2026 (365 days).
const BEDS = {
  direction: 'DECREASE' as const,
  baselineValue: 410,
  baselineDate: '2026-01-01',
  targetValue: 300,
  targetDate: '2027-01-01',
};

describe('outcomeChartData', () => {
  it('puts the planned line at baseline and target, the measurements between, in date order', () => {
    const data = outcomeChartData(
      BEDS,
      [
        { id: 'b', observedAt: '2026-07-02', value: 350, note: 'mid-year' },
        { id: 'a', observedAt: '2026-03-01', value: 400 },
      ],
      '2026-09-30',
    );
    expect(data.points).toEqual([
      { time: dateToTime('2026-01-01'), date: '2026-01-01', planned: 410 },
      { time: dateToTime('2026-03-01'), date: '2026-03-01', actual: 400 },
      { time: dateToTime('2026-07-02'), date: '2026-07-02', actual: 350 },
      { time: dateToTime('2027-01-01'), date: '2027-01-01', planned: 300 },
    ]);
    expect(data.rows.map((r) => [r.id, r.note])).toEqual([
      ['a', null],
      ['b', 'mid-year'],
    ]);
    // 2026-07-02 is day 182 of 365: 410 − 110 × 182/365.
    expect(data.rows[1]?.planned).toBeCloseTo(410 - (110 * 182) / 365, 9);
    expect(data.todayTime).toBe(dateToTime('2026-09-30'));
    expect(data.timeDomain).toEqual([dateToTime('2026-01-01'), dateToTime('2027-01-01')]);
    // 300..410, 5% of 110 either side (294.5..415.5), widened to round numbers.
    expect(data.valueDomain).toEqual([275, 425]);
  });

  it('widens the time range to measurements and today outside the plan, and the value range to every value', () => {
    const data = outcomeChartData(
      BEDS,
      [{ id: 'x', observedAt: '2025-12-01', value: 450 }],
      '2027-06-01',
    );
    expect(data.timeDomain).toEqual([dateToTime('2025-12-01'), dateToTime('2027-06-01')]);
    // Up to 450 + 5% of 150, rounded up.
    expect(data.valueDomain).toEqual([250, 500]);
    // Before the baseline date the plan has not started; after the target date it is complete.
    expect(data.rows[0]?.planned).toBe(410);
    expect(plannedValueAt(BEDS, '2028-01-01')).toBe(300);
  });

  it('keeps measurements of the same day in the order given, and copes with none', () => {
    const data = outcomeChartData(
      BEDS,
      [
        { id: 'first', observedAt: '2026-02-01', value: 405 },
        { id: 'second', observedAt: '2026-02-01', value: 402 },
      ],
      '2026-02-01',
    );
    expect(data.rows.map((r) => r.id)).toEqual(['first', 'second']);
    expect(outcomeChartData(BEDS, [], '2026-02-01').points).toHaveLength(2);
  });

  it('leaves room around a flat series', () => {
    const flat = { ...BEDS, baselineValue: 0, targetValue: 0 };
    expect(outcomeChartData(flat, [], '2026-02-01').valueDomain).toEqual([-1, 1]);
  });
});

describe('niceDomain', () => {
  it.each([
    [32.75, 82.25, [30, 90]],
    [13.35, 49.65, [10, 50]],
    [0.12, 0.31, [0.1, 0.35]],
    [-5, 5, [-6, 6]],
    [7, 7, [7, 7]],
  ])('rounds %d..%d out to %j', (low, high, expected) => {
    expect(niceDomain(low, high)).toEqual(expected);
  });
});

describe('timeTicks', () => {
  it('spaces ticks on whole days from start to end', () => {
    const ticks = timeTicks([dateToTime('2026-01-01'), dateToTime('2026-01-31')], 4);
    expect(ticks[0]).toBe(dateToTime('2026-01-01'));
    expect(ticks.at(-1)).toBe(dateToTime('2026-01-31'));
    expect(ticks).toHaveLength(4);
    for (const tick of ticks) expect(tick % 86_400_000).toBe(0);
    expect(timeTicks([5, 5])).toEqual([5]);
  });
});
