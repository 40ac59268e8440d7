import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../graphql/node.registry.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsResolver, UserOrganizationResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  providers: [
    OrganizationsRepository,
    OrganizationsService,
    OrganizationsResolver,
    UserOrganizationResolver,
  ],
  exports: [OrganizationsService],
})
export class OrganizationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly organizations: OrganizationsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Organization', (uuid, ctx) =>
      this.organizations.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
