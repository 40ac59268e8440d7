import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import { UsersModule } from '../users/users.module.js';
import { ProblemsRepository } from './problems.repository.js';
import { ActivityProblemResolver, ProblemsResolver } from './problems.resolver.js';
import { ProblemsService } from './problems.service.js';

@Module({
  imports: [UsersModule, ActivityModule],
  providers: [ProblemsRepository, ProblemsService, ProblemsResolver, ActivityProblemResolver],
  exports: [ProblemsService],
})
export class ProblemsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly problems: ProblemsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Problem', (uuid, ctx) =>
      this.problems.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
