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
