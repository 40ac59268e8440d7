import * as z from 'zod/mini';
import { LIMITS, PUBLIC_VALUES, VISIBILITIES } from '@commons/shared';
import type { CreateProblemInput, PublicValue, Visibility } from '@/generated/graphql';

export const NEW_PROBLEM_FIELD_IDS = {
  title: 'new-problem-title',
  statement: 'new-problem-statement',
  affectedPopulation: 'new-problem-affected-population',
  geography: 'new-problem-geography',
  publicValues: 'new-problem-public-values',
  themes: 'new-problem-themes',
  visibility: 'new-problem-visibility',
  portfolioId: 'new-problem-portfolio',
  keyPrefix: 'new-problem-key-prefix',
} as const;

export type NewProblemField = keyof typeof NEW_PROBLEM_FIELD_IDS;

export const NEW_PROBLEM_FIELD_ORDER = Object.keys(NEW_PROBLEM_FIELD_IDS) as NewProblemField[];

export function isNewProblemField(name: string): name is NewProblemField {
  return Object.hasOwn(NEW_PROBLEM_FIELD_IDS, name);
}

export interface NewProblemValues {
  title: string;
  statement: string;
  affectedPopulation: string;
  geography: string;
  publicValues: PublicValue[];
  /** Comma-separated in the form, a list in the API. */
  themes: string;
  visibility: Visibility;
  portfolioId: string;
  keyPrefix: string;
}

export const NEW_PROBLEM_DEFAULTS: NewProblemValues = {
  title: '',
  statement: '',
  affectedPopulation: '',
  geography: '',
  publicValues: [],
  themes: '',
  visibility: 'INTERNAL',
  portfolioId: '',
  keyPrefix: '',
};

export const newProblemSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a title for the problem'),
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
  publicValues: z.array(z.enum(PUBLIC_VALUES)),
  themes: z.string().check(
    z.refine(
      (text) => parseThemes(text).every((theme) => theme.length <= 50),
      'Each theme must be 50 characters or fewer',
    ),
    z.refine((text) => parseThemes(text).length <= 20, 'Give 20 themes or fewer'),
  ),
  visibility: z.enum(VISIBILITIES, 'Choose who may see the problem'),
  portfolioId: z.string(),
  keyPrefix: z.string().check(
    z.trim(),
    z.refine(
      (text) => text === '' || /^[A-Za-z]{2,8}$/.test(text),
      'Key prefix must be 2 to 8 letters, like HOUS',
    ),
  ),
});

/** "housing, Health inequalities ," → ["housing", "health inequalities"] (no repeats). */
export function parseThemes(text: string): string[] {
  const themes = text
    .split(',')
    .map((theme) => theme.trim().toLowerCase())
    .filter((theme) => theme.length > 0);
  return [...new Set(themes)];
}

/** The API's input: empty optional fields left out, themes as a list, the prefix in capitals. */
export function toCreateProblemInput(values: NewProblemValues): CreateProblemInput {
  const input: CreateProblemInput = {
    title: values.title.trim(),
    statement: values.statement,
    visibility: values.visibility,
    publicValues: values.publicValues,
    themes: parseThemes(values.themes),
  };
  if (values.affectedPopulation.trim()) input.affectedPopulation = values.affectedPopulation.trim();
  if (values.geography.trim()) input.geography = values.geography.trim();
  if (values.portfolioId) input.portfolioId = values.portfolioId;
  if (values.keyPrefix.trim()) input.keyPrefix = values.keyPrefix.trim().toUpperCase();
  return input;
}
