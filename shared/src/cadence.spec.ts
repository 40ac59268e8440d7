import {
  dueFigureInWords,
  isStale,
  nextDueDate,
  REPORTING_CADENCES,
  type ReportingCadence,
} from './cadence.js';
import { addDays, addMonths } from './dates.js';

describe('nextDueDate', () => {
  it.each<[ReportingCadence, string, string]>([
    ['WEEKLY', '2026-03-02', '2026-03-09'],
    ['MONTHLY', '2026-03-15', '2026-04-15'],
    ['QUARTERLY', '2026-03-15', '2026-06-15'],
    ['ANNUAL', '2026-03-15', '2027-03-15'],
  ])('adds one period to the latest figure: %s after %s is %s', (cadence, latest, due) => {
    expect(nextDueDate(cadence, latest, '2020-01-01')).toBe(due);
  });

  it('counts from the baseline date without a measurement', () => {
    expect(nextDueDate('MONTHLY', null, '2026-01-15')).toBe('2026-02-15');
    expect(nextDueDate('WEEKLY', null, '2026-01-15')).toBe('2026-01-22');
  });

  it('is null without a cadence, measured or not', () => {
    expect(nextDueDate(null, '2026-03-15', '2026-01-01')).toBeNull();
    expect(nextDueDate(null, null, '2026-01-01')).toBeNull();
  });

  it.each<[ReportingCadence, string, string]>([
    // The 31st plus a month is that month's last day.
    ['MONTHLY', '2026-01-31', '2026-02-28'],
    ['MONTHLY', '2028-01-31', '2028-02-29'],
    ['MONTHLY', '2026-03-31', '2026-04-30'],
    ['MONTHLY', '2026-02-28', '2026-03-28'],
    ['QUARTERLY', '2026-11-30', '2027-02-28'],
    ['QUARTERLY', '2027-11-30', '2028-02-29'],
    ['QUARTERLY', '2026-08-31', '2026-11-30'],
    ['QUARTERLY', '2026-12-31', '2027-03-31'],
    // Leap days.
    ['ANNUAL', '2028-02-29', '2029-02-28'],
    ['ANNUAL', '2027-02-28', '2028-02-28'],
    ['WEEKLY', '2028-02-25', '2028-03-03'],
    ['WEEKLY', '2026-02-25', '2026-03-04'],
  ])('at month ends and leap days: %s after %s is %s', (cadence, latest, due) => {
    expect(nextDueDate(cadence, latest, '2020-01-01')).toBe(due);
  });

  it.each<[ReportingCadence, string, string]>([
    ['WEEKLY', '2026-12-28', '2027-01-04'],
    ['MONTHLY', '2026-12-31', '2027-01-31'],
    ['MONTHLY', '2026-12-15', '2027-01-15'],
    ['QUARTERLY', '2026-10-31', '2027-01-31'],
    ['ANNUAL', '2026-12-31', '2027-12-31'],
  ])('across year ends: %s after %s is %s', (cadence, latest, due) => {
    expect(nextDueDate(cadence, latest, '2020-01-01')).toBe(due);
  });

  it('has a period for every cadence', () => {
    for (const cadence of REPORTING_CADENCES) {
      expect((nextDueDate(cadence, '2026-01-01', '2026-01-01') ?? '') > '2026-01-01').toBe(true);
    }
  });
});

describe('isStale', () => {
  it('is stale only once today is after the due date', () => {
    expect(isStale('2026-03-31', '2026-03-31')).toBe(false); // due today
    expect(isStale('2026-03-31', '2026-03-30')).toBe(false);
    expect(isStale('2026-03-31', '2026-04-01')).toBe(true); // due yesterday
    expect(isStale('2026-12-31', '2027-01-01')).toBe(true);
  });

  it('is never stale without a cadence', () => {
    expect(isStale(nextDueDate(null, '2020-01-01', '2019-01-01'), '2026-01-01')).toBe(false);
  });

  it('follows the cadence: a monthly figure of 31 January is stale from 1 March', () => {
    const due = nextDueDate('MONTHLY', '2026-01-31', '2025-12-31');
    expect(isStale(due, '2026-02-28')).toBe(false);
    expect(isStale(due, '2026-03-01')).toBe(true);
  });
});

describe('date arithmetic', () => {
  it('adds and subtracts months and days', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('dueFigureInWords', () => {
  it.each<[ReportingCadence, string, string]>([
    ['MONTHLY', '2026-03-31', 'the March figure'],
    ['QUARTERLY', '2026-03-31', 'the January–March figure'],
    ['QUARTERLY', '2027-01-31', 'the November–January figure'],
    ['ANNUAL', '2026-12-31', 'the figure for the year to December 2026'],
    ['WEEKLY', '2026-03-09', 'the figure for the week to 9 March'],
  ])('%s due %s: %s', (cadence, due, words) => {
    expect(dueFigureInWords(cadence, due)).toBe(words);
  });
});
