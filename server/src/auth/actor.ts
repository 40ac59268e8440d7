import type { OrganizationKind, WorkspaceRole } from '@commons/shared';

/** Who is calling: the signed-in user as the access policy needs them. */
export interface Actor {
  userId: string;
  role: WorkspaceRole;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** A user whose organization is NONPROFIT, PRIVATE, ACADEMIC or COMMUNITY. */
  partnerOnly: boolean;
}
