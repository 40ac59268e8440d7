import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CommentsModule } from '../comments/comments.module.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { ProblemTasksResolver } from './problem-tasks.resolver.js';
import { TaskMutationsService } from './task-mutations.service.js';
import { TasksRepository } from './tasks.repository.js';
import { TasksResolver } from './tasks.resolver.js';
import { TasksService } from './tasks.service.js';

/** The tasks feature: boards, my tasks, task links, and Problem.tasks. */
@Module({
  imports: [
    ProblemsModule,
    UsersModule,
    OrganizationsModule,
    ActivityModule,
    NotificationsModule,
    CommentsModule,
  ],
  providers: [
    TasksRepository,
    TasksService,
    TaskMutationsService,
    TasksResolver,
    ProblemTasksResolver,
  ],
  exports: [TasksService],
})
export class TasksModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly tasks: TasksService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Task', (uuid, ctx) =>
      this.tasks.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
