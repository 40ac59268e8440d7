import type { OutcomeHealth } from './formulas.js';

/** A field name as people say it: `allocationPercent` → "allocation percent". */
export function fieldInWords(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** An outcome's health as the app says it: "Off track". */
export const HEALTH_WORDS: Record<OutcomeHealth, string> = {
  NO_DATA: 'No data',
  OFF_TRACK: 'Off track',
  AT_RISK: 'At risk',
  ON_TRACK: 'On track',
  ACHIEVED: 'Achieved',
};
