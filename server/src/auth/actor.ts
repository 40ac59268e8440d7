import type { OrganizationKind, WorkspaceRole } from '@commons/shared';
import type { RequestContext } from '../graphql/request-context.js';

/** Who is calling: the signed-in user as the access policy needs them. */
export interface Actor {
  userId: string;
  role: WorkspaceRole;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** A user whose organization is NONPROFIT, PRIVATE, ACADEMIC or COMMUNITY. */
  partnerOnly: boolean;
}

/** The caller of a root field marked @SignedIn: the guard has already refused anonymous ones. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('actor missing behind @SignedIn');
  return ctx.actor;
}
