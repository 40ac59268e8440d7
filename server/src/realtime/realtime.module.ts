import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CommentsModule } from '../comments/comments.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OutcomesModule } from '../outcomes/outcomes.module.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { UsersModule } from '../users/users.module.js';
import { EventReads } from './event-reads.js';
import { NotificationEventsResolver } from './notification-events.resolver.js';
import { PresenceRepository } from './presence.repository.js';
import { PresenceService } from './presence.service.js';
import { ProblemEventsResolver } from './problem-events.resolver.js';
import { ProblemPresenceResolver } from './problem-presence.resolver.js';
import { RealtimeHub } from './realtime-hub.js';
import { RealtimeListener } from './realtime-listener.js';
import { RealtimeServer } from './realtime-server.js';

/**
 * Live collaboration: writers announce changes with NOTIFY in their transactions
 * (`realtime-message.ts`); each instance's listener hands them to its WebSocket subscribers,
 * who read each change fresh, as themselves. No state here that another instance needs.
 */
@Module({
  imports: [
    AuthModule,
    UsersModule,
    ProblemsModule,
    TasksModule,
    OutcomesModule,
    CommentsModule,
    NotificationsModule,
  ],
  providers: [
    RealtimeHub,
    RealtimeListener,
    RealtimeServer,
    ProblemEventsResolver,
    PresenceRepository,
    PresenceService,
    ProblemPresenceResolver,
    NotificationEventsResolver,
    EventReads,
  ],
  exports: [RealtimeHub, RealtimeServer],
})
export class RealtimeModule {}
