// The domain's enumerations, named as in PRODUCT.md and API.md. The server registers them as
// GraphQL enums; the client reads the same constants.

export const ORGANIZATION_KINDS = [
  'DEPARTMENT',
  'AGENCY',
  'MUNICIPALITY',
  'NONPROFIT',
  'PRIVATE',
  'ACADEMIC',
  'COMMUNITY',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const WORKSPACE_ROLES = ['ADMIN', 'EXECUTIVE', 'MEMBER'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Kinds outside the public sector: a user whose home organisation is one of them is a partner. */
export const PARTNER_ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'NONPROFIT',
  'PRIVATE',
  'ACADEMIC',
  'COMMUNITY',
];

/** A PARTNER-only account (API.md): sees only what it was invited to. */
export function isPartnerOnlyKind(kind: OrganizationKind): boolean {
  return PARTNER_ORGANIZATION_KINDS.includes(kind);
}

export const PROBLEM_STATUSES = [
  'DRAFT',
  'FRAMING',
  'ACTIVE',
  'SUSTAINING',
  'RESOLVED',
  'ARCHIVED',
] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PUBLIC_VALUES = ['ETHICAL', 'DEMOCRATIC', 'PROFESSIONAL', 'PEOPLE'] as const;
export type PublicValue = (typeof PUBLIC_VALUES)[number];

export const MEMBER_ROLES = ['LEAD', 'MEMBER', 'PARTNER', 'SPONSOR', 'OBSERVER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const MEASUREMENT_SOURCES = ['MANUAL', 'IMPORT', 'API'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

export const COMMENT_SUBJECTS = ['PROBLEM', 'TASK', 'OUTCOME'] as const;
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];

/** Why a person is told about something (API.md, "Live collaboration"). */
export const NOTIFICATION_KINDS = [
  'MENTIONED',
  'ASSIGNED',
  'ADDED_TO_TEAM',
  'TASK_BLOCKED',
  'TASK_UNBLOCKED',
  'OUTCOME_HEALTH_CHANGED',
  'MEASUREMENT_DUE',
  'FEEDBACK_RECEIVED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How often a person wants notifications by email. */
export const EMAIL_FREQUENCIES = ['OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
