import { LIMITS } from '@commons/shared';
import { z } from 'zod/mini';

export const PORTFOLIO_FIELDS = ['name', 'description', 'problemIds'] as const;
export type PortfolioField = (typeof PORTFOLIO_FIELDS)[number];

export interface PortfolioFormValues {
  name: string;
  description: string;
  problemIds: string[];
}

export const portfolioSchema = z.object({
  name: z.string().check(
    z.refine((v) => v.trim() !== '', 'Enter a name for the portfolio'),
    z.refine(
      (v) => v.trim().length <= LIMITS.titleMax,
      `The name must be ${String(LIMITS.titleMax)} characters or fewer`,
    ),
  ),
  description: z.string().check(z.maxLength(LIMITS.bodyMax, 'The description is too long')),
  problemIds: z.array(z.string()),
});

export function toPortfolioInput(values: PortfolioFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim() === '' ? null : values.description.trim(),
  };
}
