import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../graphql/node.registry.js';
import { UsersModule } from '../users/users.module.js';
import { ActivityRepository } from './activity.repository.js';
import { ActivityResolver } from './activity.resolver.js';
import { ActivityService } from './activity.service.js';
import { ActivityWriter } from './activity.writer.js';

/**
 * The audit log: features record events with `ActivityWriter` inside their transactions;
 * `activity(subjectId)` and `node(id)` read them. It imports no feature that writes events
 * (they import it), and checks problem visibility with the access policy's SQL.
 */
@Module({
  imports: [UsersModule],
  providers: [ActivityWriter, ActivityRepository, ActivityService, ActivityResolver],
  exports: [ActivityWriter],
})
export class ActivityModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly activity: ActivityService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('ActivityEvent', (uuid, ctx) =>
      this.activity.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
