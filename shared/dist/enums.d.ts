export declare const ORGANIZATION_KINDS: readonly ["DEPARTMENT", "AGENCY", "MUNICIPALITY", "NONPROFIT", "PRIVATE", "ACADEMIC", "COMMUNITY"];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export declare const WORKSPACE_ROLES: readonly ["ADMIN", "EXECUTIVE", "MEMBER"];
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
/** Kinds outside the public sector: a user whose home organisation is one of them is a partner. */
export declare const PARTNER_ORGANIZATION_KINDS: readonly OrganizationKind[];
/** A PARTNER-only account (API.md): sees only what it was invited to. */
export declare function isPartnerOnlyKind(kind: OrganizationKind): boolean;
export declare const PROBLEM_STATUSES: readonly ["DRAFT", "FRAMING", "ACTIVE", "SUSTAINING", "RESOLVED", "ARCHIVED"];
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export declare const VISIBILITIES: readonly ["PUBLIC", "INTERNAL", "RESTRICTED"];
export type Visibility = (typeof VISIBILITIES)[number];
export declare const PUBLIC_VALUES: readonly ["ETHICAL", "DEMOCRATIC", "PROFESSIONAL", "PEOPLE"];
export type PublicValue = (typeof PUBLIC_VALUES)[number];
export declare const MEMBER_ROLES: readonly ["LEAD", "MEMBER", "PARTNER", "SPONSOR", "OBSERVER"];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export declare const TASK_STATUSES: readonly ["TODO", "IN_PROGRESS", "BLOCKED", "DONE"];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export declare const MEASUREMENT_SOURCES: readonly ["MANUAL", "IMPORT", "API"];
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];
export declare const COMMENT_SUBJECTS: readonly ["PROBLEM", "TASK", "OUTCOME"];
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];
