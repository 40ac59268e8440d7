import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OutcomesModule } from '../outcomes/outcomes.module.js';
import { ProblemsModule } from '../problems/problems.module.js';
import { UsersModule } from '../users/users.module.js';
import { MembersRepository } from './members.repository.js';
import {
  MembersResolver,
  ProblemTeamResolver,
  UserMembershipsResolver,
} from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  // Outcomes: someone leaving the team gives the outcomes they report back to the lead.
  imports: [ActivityModule, NotificationsModule, OutcomesModule, ProblemsModule, UsersModule],
  providers: [
    MembersRepository,
    MembersService,
    MembersResolver,
    ProblemTeamResolver,
    UserMembershipsResolver,
  ],
  exports: [MembersService],
})
export class MembersModule {}
