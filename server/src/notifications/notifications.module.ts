import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../graphql/node.registry.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { NotificationEmailsResolver } from './notification-emails.resolver.js';
import { NotificationEmailsService } from './notification-emails.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver, UserNotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationsWriter } from './notifications.writer.js';

/**
 * In-app notifications: features create them with `NotificationsWriter` inside their
 * transactions (as with the audit log); `notifications`, `node(id)` and the User fields read a
 * person's own. `NotificationEmailsService` emails them (IMMEDIATE, DAILY and WEEKLY digests).
 * It imports no feature that writes notifications (they import it).
 */
@Module({
  imports: [ProblemsModule, UsersModule, JobsModule, MailModule],
  providers: [
    NotificationEmailsService,
    NotificationEmailsResolver,
    NotificationsWriter,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    UserNotificationsResolver,
  ],
  exports: [NotificationsWriter, NotificationsService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Notification', (uuid, ctx) =>
      this.notifications.findOwn(ctx.actor, uuid, ctx.loaders),
    );
  }
}
