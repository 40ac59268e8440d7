import { daysBetween, isIsoDate, todayIn } from './dates.js';
import {
  alignment,
  crossSiloIndex,
  healthRollup,
  isOverdue,
  latestMeasurement,
  outcomeDefinitionProblems,
  outcomeFigures,
  outcomeHealth,
  outcomeProgress,
  plannedProgress,
  type OutcomeDefinition,
} from './formulas.js';

// Rough sleepers counted on one night: from 80 (1 Jan 2026) down to 40 by 1 Jan 2027.
const ROUGH_SLEEPING: OutcomeDefinition = {
  direction: 'DECREASE',
  baselineValue: 80,
  baselineDate: '2026-01-01',
  targetValue: 40,
  targetDate: '2027-01-01',
};

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('counts days across a leap year and backwards', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('takes today in the workspace time zone', () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-23');
    expect(todayIn('Europe/Helsinki', lateEvening)).toBe('2026-11-24');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-11-23');
  });
});

describe('outcome progress and planned progress', () => {
  it('works a decreasing outcome: 80 → 60 of the way to 40 is half way', () => {
    expect(outcomeProgress(ROUGH_SLEEPING, 60)).toBe(0.5);
  });

  it('is not clamped: moving the wrong way is negative, beyond target is above 1', () => {
    expect(outcomeProgress(ROUGH_SLEEPING, 90)).toBe(-0.25);
    expect(outcomeProgress(ROUGH_SLEEPING, 30)).toBe(1.25);
  });

  it('has no progress without a measurement', () => {
    expect(outcomeProgress(ROUGH_SLEEPING, null)).toBeNull();
  });

  it('plans linearly by date and clamps to [0, 1]', () => {
    // 2026-07-02 is day 182 of 365.
    expect(plannedProgress(ROUGH_SLEEPING, '2026-07-02')).toBeCloseTo(182 / 365, 12);
    expect(plannedProgress(ROUGH_SLEEPING, '2025-06-01')).toBe(0);
    expect(plannedProgress(ROUGH_SLEEPING, '2027-06-01')).toBe(1);
  });
});

describe('outcome health', () => {
  const at = (value: number, observedAt: string) =>
    outcomeFigures(ROUGH_SLEEPING, { value, observedAt }, '2026-11-23');

  it('is NO_DATA without a measurement, with planned progress taken today', () => {
    const figures = outcomeFigures(ROUGH_SLEEPING, null, '2026-07-02');
    expect(figures).toEqual({ progress: null, plannedProgress: 182 / 365, health: 'NO_DATA' });
  });

  it('takes planned progress at the latest measurement, not today', () => {
    // 1 Apr 2026: 90 days in, planned 0.2466; progress (80-71)/40 = 0.225 → within 0.10: ON_TRACK.
    const figures = at(71, '2026-04-01');
    expect(figures.plannedProgress).toBeCloseTo(90 / 365, 12);
    expect(figures.health).toBe('ON_TRACK');
  });

  it('walks every band with worked examples', () => {
    // On 2026-07-02 planned is 0.4986.
    expect(at(40, '2026-07-02').health).toBe('ACHIEVED'); // progress 1
    expect(at(62, '2026-07-02').health).toBe('ON_TRACK'); // 0.45 ≥ 0.3986
    expect(at(66, '2026-07-02').health).toBe('AT_RISK'); // 0.35 ≥ 0.2486
    expect(at(72, '2026-07-02').health).toBe('OFF_TRACK'); // 0.20 < 0.2486
    expect(at(85, '2026-07-02').health).toBe('OFF_TRACK'); // wrong way
  });

  it('judges a value exactly on a threshold as on it', () => {
    expect(outcomeHealth(0.5 - 0.1, 0.5)).toBe('ON_TRACK');
    expect(outcomeHealth(0.5 - 0.25, 0.5)).toBe('AT_RISK');
    expect(outcomeHealth(0.1 + 0.2 + 0.7, 1)).toBe('ACHIEVED');
  });
});

describe('latest measurement', () => {
  it('is the latest by date; ties go to the one recorded last', () => {
    const m = [
      { id: 'a', observedAt: '2026-03-01', value: 1, recordedAt: '2026-03-02T10:00:00Z' },
      { id: 'b', observedAt: '2026-04-01', value: 2, recordedAt: '2026-04-02T10:00:00Z' },
      { id: 'c', observedAt: '2026-04-01', value: 3, recordedAt: '2026-04-05T10:00:00Z' },
      { id: 'd', observedAt: '2026-02-01', value: 4, recordedAt: '2026-06-01T10:00:00Z' },
    ];
    expect(latestMeasurement(m)?.id).toBe('c');
    expect(latestMeasurement([])).toBeNull();
  });
});

describe('outcome definitions that cannot give a progress', () => {
  it.each([
    [{ targetValue: 80 }, 'targetValue', 'differ'],
    [{ targetValue: 90 }, 'targetValue', 'below the baseline'],
    [{ direction: 'INCREASE' as const, targetValue: 40 }, 'targetValue', 'above the baseline'],
    [{ targetDate: '2026-01-01' }, 'targetDate', 'after the baseline date'],
    [{ targetDate: '2025-12-31' }, 'targetDate', 'after the baseline date'],
  ])('%j is refused on %s', (change, field, message) => {
    const problems = outcomeDefinitionProblems({ ...ROUGH_SLEEPING, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toContain(message);
  });

  it('accepts a sound definition', () => {
    expect(outcomeDefinitionProblems(ROUGH_SLEEPING)).toEqual([]);
  });
});

describe('cross-silo index', () => {
  it('is 1 for one organisation and N for N equal ones', () => {
    expect(
      crossSiloIndex([
        { organizationId: 'housing', allocationPercent: 50 },
        { organizationId: 'housing', allocationPercent: 20 },
      ]),
    ).toBe(1);
    expect(
      crossSiloIndex([
        { organizationId: 'housing', allocationPercent: 30 },
        { organizationId: 'health', allocationPercent: 30 },
        { organizationId: 'trust', allocationPercent: 30 },
      ]),
    ).toBeCloseTo(3, 12);
  });

  it('works an uneven team: shares 0.5, 0.3, 0.2 give 1 / 0.38', () => {
    const team = [
      { organizationId: 'housing', allocationPercent: 40 },
      { organizationId: 'housing', allocationPercent: 10 },
      { organizationId: 'health', allocationPercent: 30 },
      { organizationId: 'trust', allocationPercent: 20 },
      { organizationId: 'observer-org', allocationPercent: 0 },
    ];
    expect(crossSiloIndex(team)).toBeCloseTo(1 / 0.38, 12);
  });

  it('is 0 with no allocation', () => {
    expect(crossSiloIndex([])).toBe(0);
    expect(crossSiloIndex([{ organizationId: 'x', allocationPercent: 0 }])).toBe(0);
  });
});

describe('alignment, rollup and overdue', () => {
  it('is the share of open tasks linked to an outcome, null without open tasks', () => {
    expect(
      alignment([
        { outcomeCount: 2 },
        { outcomeCount: 0 },
        { outcomeCount: 1 },
        { outcomeCount: 0 },
      ]),
    ).toBe(0.5);
    expect(alignment([])).toBeNull();
  });

  it('counts healths', () => {
    expect(healthRollup(['ON_TRACK', 'OFF_TRACK', 'ON_TRACK', 'NO_DATA'])).toEqual({
      onTrack: 2,
      atRisk: 0,
      offTrack: 1,
      noData: 1,
      achieved: 0,
    });
  });

  it('marks open tasks due before today as overdue', () => {
    expect(isOverdue({ status: 'TODO', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'TODO', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'DONE', dueDate: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'BLOCKED', dueDate: null }, '2026-11-23')).toBe(false);
  });
});
