export declare const ORGANIZATION_KINDS: readonly ["DEPARTMENT", "AGENCY", "MUNICIPALITY", "NONPROFIT", "PRIVATE", "ACADEMIC", "COMMUNITY"];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export declare const WORKSPACE_ROLES: readonly ["ADMIN", "EXECUTIVE", "MEMBER"];
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
/** Kinds outside the public sector: a user whose home organisation is one of them is a partner. */
export declare const PARTNER_ORGANIZATION_KINDS: readonly OrganizationKind[];
/** A PARTNER-only account (API.md): sees only what it was invited to. */
export declare function isPartnerOnlyKind(kind: OrganizationKind): boolean;
