import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutcomeEntity } from '../outcomes/outcome.entity.js';
import { TaskEntity } from './task.entity.js';

/**
 * A task contributes to an outcome. The composite foreign keys carry problem_id, so the
 * database itself refuses a link to another problem's outcome.
 */
@Entity({ name: 'task_outcome' })
@Index('task_outcome_outcome_id_idx', ['outcomeId'])
export class TaskOutcomeEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'task_outcome_pkey' })
  taskId: string;

  @PrimaryColumn({
    name: 'outcome_id',
    type: 'uuid',
    primaryKeyConstraintName: 'task_outcome_pkey',
  })
  outcomeId: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'problem_id',
      referencedColumnName: 'problemId',
      foreignKeyConstraintName: 'task_outcome_task_fkey',
    },
    { name: 'task_id', referencedColumnName: 'id' },
  ])
  task?: TaskEntity;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'problem_id',
      referencedColumnName: 'problemId',
      foreignKeyConstraintName: 'task_outcome_outcome_fkey',
    },
    { name: 'outcome_id', referencedColumnName: 'id' },
  ])
  outcome?: OutcomeEntity;
}

/** `taskId` is blocked by `blockedById`, both of one problem; cycles are refused by the service. */
@Entity({ name: 'task_dependency' })
@Check('task_dependency_not_self', `"task_id" <> "blocked_by_id"`)
@Index('task_dependency_blocked_by_id_idx', ['blockedById'])
export class TaskDependencyEntity {
  @PrimaryColumn({
    name: 'task_id',
    type: 'uuid',
    primaryKeyConstraintName: 'task_dependency_pkey',
  })
  taskId: string;

  @PrimaryColumn({
    name: 'blocked_by_id',
    type: 'uuid',
    primaryKeyConstraintName: 'task_dependency_pkey',
  })
  blockedById: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'problem_id',
      referencedColumnName: 'problemId',
      foreignKeyConstraintName: 'task_dependency_task_fkey',
    },
    { name: 'task_id', referencedColumnName: 'id' },
  ])
  task?: TaskEntity;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'problem_id',
      referencedColumnName: 'problemId',
      foreignKeyConstraintName: 'task_dependency_blocked_by_fkey',
    },
    { name: 'blocked_by_id', referencedColumnName: 'id' },
  ])
  blockedBy?: TaskEntity;
}
