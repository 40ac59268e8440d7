import * as z from 'zod/mini';
import {
  LIMITS,
  PROBLEM_STATUSES,
  PUBLIC_VALUES,
  VISIBILITIES,
  type ProblemStatus,
  type PublicValue,
  type Visibility,
} from '@commons/shared';

export const PROBLEM_FIELD_IDS = {
  title: 'problem-title',
  statement: 'problem-statement',
  affectedPopulation: 'problem-affected-population',
  geography: 'problem-geography',
  status: 'problem-status',
  visibility: 'problem-visibility',
  publicValues: 'problem-public-values',
  themes: 'problem-themes',
} as const;

export type ProblemField = keyof typeof PROBLEM_FIELD_IDS;

export const PROBLEM_FIELD_ORDER = Object.keys(PROBLEM_FIELD_IDS) as ProblemField[];

export function isProblemField(name: string): name is ProblemField {
  return Object.hasOwn(PROBLEM_FIELD_IDS, name);
}

export const problemFormSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a title'),
      z.maxLength(LIMITS.titleMax, `Title must be ${String(LIMITS.titleMax)} characters or fewer`),
    ),
  statement: z
    .string()
    .check(
      z.maxLength(
        LIMITS.bodyMax,
        `Statement must be ${String(LIMITS.bodyMax)} characters or fewer`,
      ),
    ),
  affectedPopulation: z
    .string()
    .check(z.trim(), z.maxLength(1000, 'Affected population must be 1000 characters or fewer')),
  geography: z
    .string()
    .check(z.trim(), z.maxLength(1000, 'Geography must be 1000 characters or fewer')),
  status: z.enum(PROBLEM_STATUSES, 'Choose a status'),
  visibility: z.enum(VISIBILITIES, 'Choose who may see the problem'),
  publicValues: z.array(z.enum(PUBLIC_VALUES)),
  themes: z
    .string()
    .check(
      z.refine(
        (text) => parseThemes(text).every((theme) => theme.length <= 50),
        'Each theme must be 50 characters or fewer',
      ),
    ),
});

export interface ProblemFormValues {
  title: string;
  statement: string;
  affectedPopulation: string;
  geography: string;
  status: ProblemStatus;
  visibility: Visibility;
  publicValues: PublicValue[];
  /** Comma-separated in the form, a list in the API. */
  themes: string;
}

/** "housing, Health inequalities ," → ["housing", "health inequalities"] (lower case, no repeats). */
export function parseThemes(text: string): string[] {
  const themes = text
    .split(',')
    .map((theme) => theme.trim().toLowerCase())
    .filter((theme) => theme.length > 0);
  return [...new Set(themes)];
}
