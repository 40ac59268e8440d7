import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { Organization } from './organization.model.js';
import { OrganizationsService } from './organizations.service.js';

export const OrganizationConnection = Connection(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @SignedIn()
  @Query(() => OrganizationConnection, { description: 'Every organisation, by name.' })
  organizations(@Args() page: PageArgs) {
    return this.service.list(page);
  }

  @ResolveField('parent', () => Organization, {
    nullable: true,
    description: 'The organisation this one belongs to, if any.',
  })
  parent(organization: Organization, _args: NoArgs, ctx: RequestContext) {
    if (!organization.parentId) return null;
    return this.service.findVisible(ctx.actor, organization.parentId, ctx.loaders);
  }
}

/** Adds `User.organization` from this feature (an extension resolver). */
@Resolver(() => User)
export class UserOrganizationResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField('organization', () => Organization, { description: 'Home organisation.' })
  async organization(user: User, _args: NoArgs, ctx: RequestContext) {
    const organization = await this.organizations.findVisible(
      ctx.actor,
      user.organizationId,
      ctx.loaders,
    );
    // A user the caller may see always has a home organisation the caller may see.
    if (!organization) throw new Error(`organization ${user.organizationId} missing`);
    return organization;
  }
}
