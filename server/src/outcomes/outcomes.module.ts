import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { OutcomeRemindersService } from './outcome-reminders.service.js';
import { OutcomesRepository } from './outcomes.repository.js';
import { OutcomesResolver } from './outcomes.resolver.js';
import { OutcomesService } from './outcomes.service.js';
import { ProblemHealthRepository } from './problem-health.repository.js';
import { ProblemHealthService } from './problem-health.service.js';
import { ProblemOutcomesResolver } from './problem-outcomes.resolver.js';
import { TaskOutcomesResolver } from './task-outcomes.resolver.js';

/**
 * Outcomes, measurements, their computed figures, the problem health rollup, and the daily
 * MEASUREMENT_DUE reminders.
 */
@Module({
  imports: [ProblemsModule, UsersModule, ActivityModule, NotificationsModule, JobsModule],
  providers: [
    OutcomeRemindersService,
    OutcomesRepository,
    OutcomesService,
    ProblemHealthRepository,
    ProblemHealthService,
    OutcomesResolver,
    MeasurementResolver,
    ProblemOutcomesResolver,
    TaskOutcomesResolver,
  ],
  exports: [OutcomesService],
})
export class OutcomesModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly outcomes: OutcomesService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Outcome', (uuid, ctx) =>
      this.outcomes.findVisible(ctx.actor, uuid, ctx.loaders),
    );
  }
}
