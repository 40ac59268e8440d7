import {
  EMPTY_OUTCOME_FORM,
  measurementSchema,
  outcomeFormValues,
  outcomeSchema,
  parseNumber,
  toMeasurementInput,
  toOutcomeInput,
} from './outcome-forms';

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
  );
}

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    [' 3.5 ', 3.5],
    ['-12', -12],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
    ['', null],
    ['12 beds', null],
    ['1,2', null],
    ['Infinity', null],
  ])('%j gives %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('the measurement form', () => {
  const schema = measurementSchema('2026-12-01');

  it('accepts today or earlier, a number, and an optional note', () => {
    const values = { observedAt: '2026-12-01', value: ' 342 ', note: '  ' };
    expect(schema.safeParse(values).success).toBe(true);
    expect(toMeasurementInput(values)).toEqual({
      observedAt: '2026-12-01',
      value: 342,
      note: null,
    });
  });

  it('refuses a future date, a missing or wrong value, and a long note, with words for each', () => {
    expect(
      messages(
        schema.safeParse({ observedAt: '2026-12-02', value: 'lots', note: 'x'.repeat(2001) }),
      ),
    ).toEqual({
      observedAt: 'The date must be today or in the past',
      value: 'Enter the value as a number, like 42 or 3.5',
      note: 'The note must be 2000 characters or fewer',
    });
    expect(messages(schema.safeParse({ observedAt: '', value: '', note: '' }))).toEqual({
      observedAt: 'Enter the date the value describes',
      value: 'Enter the value',
    });
  });
});

describe('the outcome form', () => {
  const valid = {
    ...EMPTY_OUTCOME_FORM,
    name: 'Beds in use',
    unit: 'beds',
    direction: 'DECREASE',
    baselineValue: '410',
    baselineDate: '2026-01-01',
    targetValue: '300',
    targetDate: '2027-12-31',
  };

  it('accepts a definition that gives a progress and turns it into the API input', () => {
    expect(outcomeSchema.safeParse(valid).success).toBe(true);
    expect(toOutcomeInput(valid)).toEqual({
      name: 'Beds in use',
      description: null,
      unit: 'beds',
      dataSource: null,
      direction: 'DECREASE',
      baselineValue: 410,
      baselineDate: '2026-01-01',
      targetValue: 300,
      targetDate: '2027-12-31',
      ownerId: null,
      cadence: null,
      suppressBelow: null,
      isPublic: true,
    });
  });

  it('sends the owner, cadence, suppression and publication chosen', () => {
    const chosen = {
      ...valid,
      ownerId: 'VXNlcjoy',
      cadence: 'QUARTERLY',
      suppressBelow: ' 10 ',
      isPublic: false,
    };
    expect(outcomeSchema.safeParse(chosen).success).toBe(true);
    expect(toOutcomeInput(chosen)).toMatchObject({
      ownerId: 'VXNlcjoy',
      cadence: 'QUARTERLY',
      suppressBelow: 10,
      isPublic: false,
    });
  });

  it('refuses a suppression that is not a number above 0, and a cadence that does not exist', () => {
    for (const suppressBelow of ['0', '-5', 'few']) {
      expect(messages(outcomeSchema.safeParse({ ...valid, suppressBelow }))).toEqual({
        suppressBelow:
          'Enter the number below which published values are hidden, above 0, like 5 or 10',
      });
    }
    expect(messages(outcomeSchema.safeParse({ ...valid, cadence: 'DAILY' }))).toEqual({
      cadence: 'Choose how often a figure is expected',
    });
  });

  it('shows the lead as the default owner when editing', () => {
    const outcome = {
      name: 'Beds in use',
      description: null,
      unit: 'beds',
      direction: 'DECREASE' as const,
      baselineValue: 410,
      baselineDate: '2026-01-01',
      targetValue: 300,
      targetDate: '2027-12-31',
      dataSource: null,
      owner: { id: 'lead' },
      cadence: 'MONTHLY' as const,
      suppressBelow: 5,
      isPublic: false,
    };
    expect(outcomeFormValues(outcome, 'lead')).toMatchObject({
      ownerId: '',
      cadence: 'MONTHLY',
      suppressBelow: '5',
      isPublic: false,
    });
    expect(outcomeFormValues({ ...outcome, owner: { id: 'tom' } }, 'lead').ownerId).toBe('tom');
  });

  it('says what is missing', () => {
    expect(Object.keys(messages(outcomeSchema.safeParse(EMPTY_OUTCOME_FORM)))).toEqual([
      'name',
      'unit',
      'direction',
      'baselineValue',
      'baselineDate',
      'targetValue',
      'targetDate',
    ]);
  });

  it('applies the shared definition rules: target in the direction, target date after baseline', () => {
    expect(
      messages(outcomeSchema.safeParse({ ...valid, targetValue: '500', targetDate: '2025-12-31' })),
    ).toEqual({
      targetValue: 'To decrease, the target must be below the baseline.',
      targetDate: 'The target date must be after the baseline date.',
    });
  });
});
