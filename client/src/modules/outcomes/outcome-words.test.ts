import {
  formatDate,
  needFigureWords,
  outcomeDetail,
  outcomeHeadline,
  scheduleWords,
  staleWords,
  withUnit,
} from './outcome-words';

const BEDS = {
  unit: 'beds',
  direction: 'DECREASE' as const,
  baselineValue: 410,
  targetValue: 300,
  targetDate: '2027-12-31',
};

describe('outcome words', () => {
  it('say health, progress and time elapsed in one sentence', () => {
    expect(
      outcomeHeadline({
        ...BEDS,
        health: 'ON_TRACK',
        progress: 0.6236,
        plannedProgress: 0.58,
        latest: { observedAt: '2026-11-03', value: 341.4 },
      }),
    ).toBe('On track: 62% of the way from 410 to 300 beds, 58% of the time elapsed.');
  });

  it('say when the indicator moved the wrong way, and when nothing is measured yet', () => {
    expect(
      outcomeHeadline({
        ...BEDS,
        health: 'OFF_TRACK',
        progress: -0.1,
        plannedProgress: 0.3,
        latest: { observedAt: '2026-11-03', value: 421 },
      }),
    ).toBe(
      'Off track: 10% the wrong way, on the way from 410 to 300 beds, 30% of the time elapsed.',
    );
    expect(
      outcomeHeadline({
        ...BEDS,
        health: 'NO_DATA',
        progress: null,
        plannedProgress: 0,
        latest: null,
      }),
    ).toBe(
      'No data: nothing measured yet on the way from 410 to 300 beds, 0% of the time elapsed.',
    );
  });

  it('give the latest value and the target date', () => {
    expect(
      outcomeDetail({
        ...BEDS,
        health: 'ACHIEVED',
        progress: 1.1,
        plannedProgress: 1,
        latest: { observedAt: '2026-11-03', value: 1299.5 },
      }),
    ).toBe('Latest: 1,299.5 beds on 3 November 2026. Target: 300 beds by 31 December 2027.');
    expect(withUnit(80, '%')).toBe('80%');
    expect(formatDate('2026-02-28')).toBe('28 February 2026');
  });

  it('say when a figure is overdue, what the schedule is, and how many need a figure', () => {
    expect(staleWords('MONTHLY', '2026-03-31')).toBe(
      'Stale: the March figure was due on 31 March 2026',
    );
    expect(staleWords('QUARTERLY', '2026-06-30')).toBe(
      'Stale: the April–June figure was due on 30 June 2026',
    );
    expect(scheduleWords('WEEKLY', '2026-03-09')).toBe('Weekly; next figure due 9 March 2026');
    expect(scheduleWords(null, null)).toBe('Not on a schedule');
    expect(needFigureWords(1)).toBe('1 outcome needs a figure');
    expect(needFigureWords(2)).toBe('2 outcomes need a figure');
  });
});
