import {
  isIsoDate,
  LIMITS,
  OUTCOME_DIRECTIONS,
  outcomeDefinitionProblems,
  REPORTING_CADENCES,
  type OutcomeDefinition,
  type OutcomeDirection,
  type ReportingCadence,
} from '@commons/shared';
import { z } from 'zod/mini';

/** Mirrors the server's OUTCOME_LIMITS (server/src/outcomes/outcome.inputs.ts). */
export const OUTCOME_FORM_LIMITS = {
  nameMax: LIMITS.titleMax,
  unitMax: 50,
  descriptionMax: LIMITS.bodyMax,
  dataSourceMax: 1000,
  noteMax: 2000,
} as const;

/**
 * A number as people type it: "1,234.5", " 42 ", "-3". Thousands commas are dropped; anything
 * else that is not a finite number gives null.
 */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

const NUMBER_HINT = 'as a number, like 42 or 3.5';

// ── Recording a measurement ───────────────────────────────────────────────────────────────

export const MEASUREMENT_FIELDS = ['observedAt', 'value', 'note'] as const;
export type MeasurementField = (typeof MEASUREMENT_FIELDS)[number];

export interface MeasurementFormValues {
  observedAt: string;
  value: string;
  note: string;
}

/** The measurement form's rules; `today` (YYYY-MM-DD) is the latest date allowed. */
export function measurementSchema(today: string) {
  return z.object({
    observedAt: z.string().check(
      z.refine((d) => d !== '', 'Enter the date the value describes'),
      z.refine((d) => d === '' || isIsoDate(d), 'Enter a real date'),
      z.refine((d) => !isIsoDate(d) || d <= today, 'The date must be today or in the past'),
    ),
    value: z.string().check(
      z.refine((v) => v.trim() !== '', 'Enter the value'),
      z.refine((v) => v.trim() === '' || parseNumber(v) !== null, `Enter the value ${NUMBER_HINT}`),
    ),
    note: z
      .string()
      .check(
        z.maxLength(
          OUTCOME_FORM_LIMITS.noteMax,
          `The note must be ${String(OUTCOME_FORM_LIMITS.noteMax)} characters or fewer`,
        ),
      ),
  });
}

export function toMeasurementInput(values: MeasurementFormValues) {
  return {
    observedAt: values.observedAt,
    value: parseNumber(values.value) ?? 0,
    note: values.note.trim() === '' ? null : values.note.trim(),
  };
}

// ── Defining an outcome ───────────────────────────────────────────────────────────────────

export const OUTCOME_FIELDS = [
  'name',
  'description',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'dataSource',
  'ownerId',
  'cadence',
  'suppressBelow',
  'isPublic',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export interface OutcomeFormValues {
  name: string;
  description: string;
  unit: string;
  /** '' until chosen, then INCREASE or DECREASE. */
  direction: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  dataSource: string;
  /** '' for the problem's lead (the default), else a team member's user id. */
  ownerId: string;
  /** '' for no schedule, else a ReportingCadence. */
  cadence: string;
  /** '' for no suppression, else a number above 0 as typed. */
  suppressBelow: string;
  isPublic: boolean;
}

export const EMPTY_OUTCOME_FORM: OutcomeFormValues = {
  name: '',
  description: '',
  unit: '',
  direction: '',
  baselineValue: '',
  baselineDate: '',
  targetValue: '',
  targetDate: '',
  dataSource: '',
  ownerId: '',
  cadence: '',
  suppressBelow: '',
  isPublic: true,
};

const requiredText = (max: number, empty: string, tooLong: string) =>
  z.string().check(
    z.refine((v) => v.trim() !== '', empty),
    z.refine((v) => v.trim().length <= max, tooLong),
  );

const requiredNumber = (empty: string, invalid: string) =>
  z.string().check(
    z.refine((v) => v.trim() !== '', empty),
    z.refine((v) => v.trim() === '' || parseNumber(v) !== null, invalid),
  );

const requiredDate = (empty: string) =>
  z.string().check(
    z.refine((d) => d !== '', empty),
    z.refine((d) => d === '' || isIsoDate(d), 'Enter a real date'),
  );

/**
 * The outcome form's rules, including the shared definition rules (target differs from the
 * baseline in the outcome's direction; the target date is after the baseline date), so the
 * form says what the server would refuse before sending it.
 */
export const outcomeSchema = z
  .object({
    name: requiredText(
      OUTCOME_FORM_LIMITS.nameMax,
      'Enter what is measured',
      `The name must be ${String(OUTCOME_FORM_LIMITS.nameMax)} characters or fewer`,
    ),
    description: z
      .string()
      .check(z.maxLength(OUTCOME_FORM_LIMITS.descriptionMax, 'The description is too long')),
    unit: requiredText(
      OUTCOME_FORM_LIMITS.unitMax,
      'Enter the unit, like people, % or days',
      `The unit must be ${String(OUTCOME_FORM_LIMITS.unitMax)} characters or fewer`,
    ),
    direction: z
      .string()
      .check(
        z.refine(
          (d) => d === 'INCREASE' || d === 'DECREASE',
          'Choose whether success means the number going up or down',
        ),
      ),
    baselineValue: requiredNumber(
      'Enter the baseline value',
      `Enter the baseline value ${NUMBER_HINT}`,
    ),
    baselineDate: requiredDate('Enter the baseline date'),
    targetValue: requiredNumber('Enter the target value', `Enter the target value ${NUMBER_HINT}`),
    targetDate: requiredDate('Enter the target date'),
    dataSource: z
      .string()
      .check(
        z.maxLength(
          OUTCOME_FORM_LIMITS.dataSourceMax,
          `The data source must be ${String(OUTCOME_FORM_LIMITS.dataSourceMax)} characters or fewer`,
        ),
      ),
    ownerId: z.string(),
    cadence: z
      .string()
      .check(z.refine((c) => c === '' || isCadence(c), 'Choose how often a figure is expected')),
    suppressBelow: z
      .string()
      .check(
        z.refine(
          (v) => v.trim() === '' || (parseNumber(v) ?? 0) > 0,
          'Enter the number below which published values are hidden, above 0, like 5 or 10',
        ),
      ),
    isPublic: z.boolean(),
  })
  .check(
    z.superRefine((values, ctx) => {
      const definition = toDefinition(values);
      if (!definition) return;
      for (const problem of outcomeDefinitionProblems(definition)) {
        ctx.issues.push({
          code: 'custom',
          path: [problem.field],
          message: problem.message,
          input: values,
        });
      }
    }),
  );

function toDefinition(
  values: Pick<
    OutcomeFormValues,
    'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate'
  > & {
    direction: string;
  },
): OutcomeDefinition | null {
  const direction = OUTCOME_DIRECTIONS.find((d) => d === values.direction);
  const baselineValue = parseNumber(values.baselineValue);
  const targetValue = parseNumber(values.targetValue);
  if (
    !direction ||
    baselineValue === null ||
    targetValue === null ||
    !isIsoDate(values.baselineDate) ||
    !isIsoDate(values.targetDate)
  ) {
    return null;
  }
  return {
    direction,
    baselineValue,
    targetValue,
    baselineDate: values.baselineDate,
    targetDate: values.targetDate,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

const isCadence = (value: string): value is ReportingCadence =>
  (REPORTING_CADENCES as readonly string[]).includes(value);

/** The form's values for the API, once the schema has passed. */
export function toOutcomeInput(values: OutcomeFormValues) {
  const definition = toDefinition(values);
  if (!definition) throw new Error('toOutcomeInput needs values the schema has accepted');
  return {
    name: values.name.trim(),
    description: orNull(values.description),
    unit: values.unit.trim(),
    dataSource: orNull(values.dataSource),
    ...definition,
    ownerId: values.ownerId === '' ? null : values.ownerId,
    cadence: isCadence(values.cadence) ? values.cadence : null,
    suppressBelow: values.suppressBelow.trim() === '' ? null : parseNumber(values.suppressBelow),
    isPublic: values.isPublic,
  };
}

/**
 * An outcome as the form's starting values, for editing. Its owner shows as the default when it
 * is the problem's lead (`leadId`): the API gives the lead as owner when none is set.
 */
export function outcomeFormValues(
  outcome: {
    name: string;
    description: string | null;
    unit: string;
    direction: OutcomeDirection;
    baselineValue: number;
    baselineDate: string;
    targetValue: number;
    targetDate: string;
    dataSource: string | null;
    owner: { id: string } | null;
    cadence: ReportingCadence | null;
    suppressBelow: number | null;
    isPublic: boolean;
  },
  leadId: string | null,
): OutcomeFormValues {
  return {
    name: outcome.name,
    description: outcome.description ?? '',
    unit: outcome.unit,
    direction: outcome.direction,
    baselineValue: String(outcome.baselineValue),
    baselineDate: outcome.baselineDate,
    targetValue: String(outcome.targetValue),
    targetDate: outcome.targetDate,
    dataSource: outcome.dataSource ?? '',
    ownerId: !outcome.owner || outcome.owner.id === leadId ? '' : outcome.owner.id,
    cadence: outcome.cadence ?? '',
    suppressBelow: outcome.suppressBelow === null ? '' : String(outcome.suppressBelow),
    isPublic: outcome.isPublic,
  };
}
