import { outcomeFigures, type OutcomeDefinition, type OutcomeFigures } from '@commons/shared';

export interface LatestPoint {
  id: string;
  observedAt: string;
  value: number;
}

/**
 * An outcome's figures once a new measurement is recorded, by the shared formulas: the new one
 * is the latest unless an earlier-recorded one has a later date (ties go to the one recorded
 * last, i.e. the new one). Used to update the cache at once; the server's answer follows.
 */
export function figuresAfterMeasurement(
  definition: OutcomeDefinition,
  latest: LatestPoint | null,
  recorded: LatestPoint,
  today: string,
): OutcomeFigures & { latest: LatestPoint } {
  const newLatest = !latest || recorded.observedAt >= latest.observedAt ? recorded : latest;
  return { ...outcomeFigures(definition, newLatest, today), latest: newLatest };
}
