import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { CommentsRepository } from './comments.repository.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [UsersModule, ProblemsModule, ActivityModule, NotificationsModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly comments: CommentsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Comment', (uuid, ctx) =>
      this.comments.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
