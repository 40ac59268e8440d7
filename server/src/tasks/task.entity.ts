import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { TASK_STATUSES, type TaskStatus } from '@commons/shared';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProblemEntity } from '../problems/problem.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'task' })
@Check('task_title_length', `length(btrim("title")) between 1 and 200`)
@Check('task_description_length', `length("description") <= 50000`)
@Check('task_number_positive', `"number" >= 1`)
@Unique('task_problem_id_number_key', ['problemId', 'number'])
// Composite target for task_outcome / task_dependency: links stay within one problem.
@Unique('task_problem_id_id_key', ['problemId', 'id'])
// The board: a problem's tasks per column in rank order.
@Index('task_board_idx', ['problemId', 'status', 'rank'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'task_pkey' })
  id: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'task_problem_id_fkey' })
  problem?: ProblemEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'enum', enumName: 'task_status', enum: TASK_STATUSES, default: 'TODO' })
  status: TaskStatus;

  /** Fractional index (fractional-indexing); "C" collation orders it bytewise as it must. */
  @Column({ type: 'text', collation: 'C' })
  rank: string;

  @Index('task_assignee_id_idx')
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'task_assignee_id_fkey' })
  assignee?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'task_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
