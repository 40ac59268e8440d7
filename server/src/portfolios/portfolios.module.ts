import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { PortfoliosRepository } from './portfolios.repository.js';
import { PortfoliosResolver, ProblemPortfolioResolver } from './portfolios.resolver.js';
import { PortfoliosService } from './portfolios.service.js';

@Module({
  imports: [ActivityModule, ProblemsModule, UsersModule],
  providers: [
    PortfoliosRepository,
    PortfoliosService,
    PortfoliosResolver,
    ProblemPortfolioResolver,
  ],
  exports: [PortfoliosService],
})
export class PortfoliosModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly portfolios: PortfoliosService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Portfolio', (uuid, ctx) =>
      this.portfolios.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
