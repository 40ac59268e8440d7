import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { NOTIFICATION_KINDS, type NotificationKind } from '@commons/shared';
import { ProblemEntity } from '../problems/problem.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * Something a person is told about, in the app (and later by email). The summary is written
 * once, with the actor's name as it was; who may read a row is only its recipient.
 */
@Entity({ name: 'notification' })
// An app path only: emails prefix PUBLIC_URL, so a row can never send anyone off-site.
@Check('notification_url_app_path', `left("url", 1) = '/' AND left("url", 2) <> '//'`)
@Index('notification_user_created_idx', ['userId', 'createdAt'])
@Index('notification_user_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_pkey' })
  id: string;

  /** The recipient. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enumName: 'notification_kind', enum: NOTIFICATION_KINDS })
  kind: NotificationKind;

  @Index('notification_problem_id_idx')
  @Column({ name: 'problem_id', type: 'uuid', nullable: true })
  problemId: string | null;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'notification_problem_id_fkey' })
  problem?: ProblemEntity;

  /** The GraphQL type of what it is about (Comment, Task, Outcome, Problem). */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'notification_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'text' })
  summary: string;

  /** The app path to open, e.g. `/problems/HOUS-12/board?task=4`. */
  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it went out by email, alone or in a digest (null: not yet, or never). */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
