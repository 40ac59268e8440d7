import { figuresAfterMeasurement } from './measurement-figures';

// 48 → 15 people over 2026; mid-year planned progress ≈ 0.5.
const DEF = {
  direction: 'DECREASE' as const,
  baselineValue: 48,
  baselineDate: '2026-01-01',
  targetValue: 15,
  targetDate: '2027-01-01',
};

describe('figuresAfterMeasurement', () => {
  it('makes a newer measurement the latest and judges it by the shared formulas', () => {
    const result = figuresAfterMeasurement(
      DEF,
      { id: 'old', observedAt: '2026-03-01', value: 45 },
      { id: 'new', observedAt: '2026-07-02', value: 30 },
      '2026-08-01',
    );
    expect(result.latest.id).toBe('new');
    expect(result.progress).toBeCloseTo(18 / 33, 9);
    expect(result.plannedProgress).toBeCloseTo(182 / 365, 9);
    expect(result.health).toBe('ON_TRACK');
  });

  it('keeps a later-dated measurement as the latest, takes the new one on the same date, and reaches ACHIEVED', () => {
    const later = { id: 'later', observedAt: '2026-09-01', value: 40 };
    expect(
      figuresAfterMeasurement(
        DEF,
        later,
        { id: 'back', observedAt: '2026-02-01', value: 15 },
        '2026-10-01',
      ).latest.id,
    ).toBe('later');
    const same = figuresAfterMeasurement(
      DEF,
      later,
      { id: 'same', observedAt: '2026-09-01', value: 15 },
      '2026-10-01',
    );
    expect(same.latest.id).toBe('same');
    expect(same.health).toBe('ACHIEVED');
    expect(
      figuresAfterMeasurement(
        DEF,
        null,
        { id: 'first', observedAt: '2026-01-10', value: 60 },
        '2026-01-10',
      ).health,
    ).toBe('OFF_TRACK');
  });
});
