import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChangeRow {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * The audit log: append-only. A trigger in the migration refuses UPDATE and DELETE, so not even
 * a bug (or a compromised server) can rewrite history. No foreign keys: an event outlives the
 * rows it describes.
 */
@Entity({ name: 'activity_event' })
@Index('activity_event_subject_idx', ['subjectId', 'createdAt'])
@Index('activity_event_problem_idx', ['problemId', 'createdAt'])
export class ActivityEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_event_pkey' })
  id: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. `task.moved`, `problem.updated`. */
  @Column({ type: 'text' })
  action: string;

  /** The GraphQL type of the subject (Problem, Task, …). */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** The problem the subject belongs to (null for portfolios): who may read it follows it. */
  @Column({ name: 'problem_id', type: 'uuid', nullable: true })
  problemId: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChangeRow[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
