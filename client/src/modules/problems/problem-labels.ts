import type { ProblemStatus, PublicValue, Visibility } from '@/generated/graphql';

export const STATUS_LABELS: Record<ProblemStatus, string> = {
  DRAFT: 'Draft',
  FRAMING: 'Framing',
  ACTIVE: 'Active',
  SUSTAINING: 'Sustaining',
  RESOLVED: 'Resolved',
  ARCHIVED: 'Archived',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  PUBLIC: 'Public',
  INTERNAL: 'Internal',
  RESTRICTED: 'Restricted',
};

export const VISIBILITY_HINTS: Record<Visibility, string> = {
  PUBLIC: 'Anyone, including citizens without an account, can see it and its outcomes.',
  INTERNAL: 'Everyone in the workspace except partner organisations not on the team.',
  RESTRICTED: 'Only the team, executives and administrators.',
};

export const PUBLIC_VALUE_LABELS: Record<PublicValue, string> = {
  ETHICAL: 'Ethical (integrity, fairness, justice)',
  DEMOCRATIC: 'Democratic (accountability, openness, participation)',
  PROFESSIONAL: 'Professional (effectiveness, efficiency, expertise)',
  PEOPLE: 'People (care, respect, inclusion)',
};

export const PROBLEM_STATUSES: readonly ProblemStatus[] = [
  'DRAFT',
  'FRAMING',
  'ACTIVE',
  'SUSTAINING',
  'RESOLVED',
  'ARCHIVED',
];

export const VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'INTERNAL', 'RESTRICTED'];

export const PUBLIC_VALUES: readonly PublicValue[] = [
  'ETHICAL',
  'DEMOCRATIC',
  'PROFESSIONAL',
  'PEOPLE',
];
