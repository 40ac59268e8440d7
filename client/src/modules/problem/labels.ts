import type { MemberRole, ProblemStatus, PublicValue, Visibility } from '@commons/shared';

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

export const VISIBILITY_DESCRIPTIONS: Record<Visibility, string> = {
  PUBLIC: 'Everyone, citizens included, can see it',
  INTERNAL: 'Staff, and partners on the team, can see it',
  RESTRICTED: 'Only the team can see it',
};

export const ROLE_LABELS: Record<MemberRole, string> = {
  LEAD: 'Lead',
  MEMBER: 'Member',
  PARTNER: 'Partner',
  SPONSOR: 'Sponsor',
  OBSERVER: 'Observer',
};

export const PUBLIC_VALUE_LABELS: Record<PublicValue, string> = {
  ETHICAL: 'Ethical',
  DEMOCRATIC: 'Democratic',
  PROFESSIONAL: 'Professional',
  PEOPLE: 'People',
};
