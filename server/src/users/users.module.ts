import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../graphql/node.registry.js';
import { UsersRepository } from './users.repository.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [UsersRepository, UsersService, UsersResolver],
  exports: [UsersService, UsersRepository],
})
export class UsersModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', (uuid, ctx) =>
      this.users.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
