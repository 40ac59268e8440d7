import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
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
  imports: [ActivityModule, NotificationsModule, ProblemsModule, UsersModule],
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
