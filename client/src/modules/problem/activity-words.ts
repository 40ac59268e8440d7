import { fieldInWords } from '@commons/shared';
import { PUBLIC_VALUE_LABELS, ROLE_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from './labels';

const TASK_STATUS_LABELS: Record<string, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
};

const HEALTH_WORDS: Record<string, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NO_DATA: 'No data',
  ACHIEVED: 'Achieved',
  INCREASE: 'Increase',
  DECREASE: 'Decrease',
};

/** Enum values as people say them: DONE → Done, IN_PROGRESS → In progress, SPONSOR → Sponsor. */
const WORDS: Record<string, string> = {
  ...TASK_STATUS_LABELS,
  ...HEALTH_WORDS,
  ...STATUS_LABELS,
  ...VISIBILITY_LABELS,
  ...PUBLIC_VALUE_LABELS,
  ...ROLE_LABELS,
};

const ENUM_TOKEN = /\b[A-Z][A-Z_]{2,}\b/g;

/** "… to HOUS-12 as MEMBER (20%)" → "… to HOUS-12 as member (20%)"; keys like HOUS-12 stay. */
export function readableSummary(summary: string): string {
  return summary.replace(ENUM_TOKEN, (token, offset: number) => {
    const word = WORDS[token];
    if (!word) return token;
    // Part of a key (HOUS-12): leave it.
    if (summary.charAt(offset + token.length) === '-') return token;
    const atSentenceStart = offset === 0;
    return atSentenceStart ? word : word.toLowerCase();
  });
}

/** A field name as words: `allocationPercent` → "Allocation percent". */
export function fieldLabel(field: string): string {
  const words = fieldInWords(field);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A before/after value as words: enum values readable, lists spaced, nothing as "(none)". */
export function fieldValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '(none)';
  const whole = WORDS[value];
  if (whole) return whole;
  return value.replace(ENUM_TOKEN, (token) => WORDS[token] ?? token);
}

/**
 * Fields whose values mean nothing to people: a task's rank is the board's ordering key, and a
 * move's summary already says where the card went.
 */
const UNSHOWN_FIELDS = new Set(['rank']);

/** The changes of an event worth showing, in order. */
export function shownChanges<C extends { field: string }>(changes: readonly C[]): C[] {
  return changes.filter((change) => !UNSHOWN_FIELDS.has(change.field));
}
