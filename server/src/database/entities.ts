import { ActivityEventEntity } from '../activity/activity-event.entity.js';
import { CommentEntity, CommentMentionEntity } from '../comments/comment.entity.js';
import { MembershipEntity } from '../members/membership.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { MeasurementEntity } from '../outcomes/measurement.entity.js';
import { OutcomeReminderEntity } from '../outcomes/outcome-reminder.entity.js';
import { OutcomeEntity } from '../outcomes/outcome.entity.js';
import { PortfolioEntity } from '../portfolios/portfolio.entity.js';
import { ProblemEntity } from '../problems/problem.entity.js';
import { TaskDependencyEntity, TaskOutcomeEntity } from '../tasks/task-link.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Every TypeORM entity; the drift test compares them with the migrations. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  PortfolioEntity,
  ProblemEntity,
  MembershipEntity,
  OutcomeEntity,
  MeasurementEntity,
  TaskEntity,
  TaskOutcomeEntity,
  TaskDependencyEntity,
  CommentEntity,
  CommentMentionEntity,
  ActivityEventEntity,
  NotificationEntity,
  OutcomeReminderEntity,
];
