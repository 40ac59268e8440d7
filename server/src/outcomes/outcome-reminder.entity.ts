import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutcomeEntity } from './outcome.entity.js';

/** DUE: on the due date; OVERDUE: 7 days after it. */
export const REMINDER_STEPS = ['DUE', 'OVERDUE'] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/**
 * One MEASUREMENT_DUE reminder that was sent: the primary key makes each (outcome, due date,
 * step) happen at most once, whichever instance runs the reminders and however often.
 */
@Entity({ name: 'outcome_reminder' })
@Check('outcome_reminder_step_known', `"step" IN ('DUE', 'OVERDUE')`)
export class OutcomeReminderEntity {
  @PrimaryColumn({
    name: 'outcome_id',
    type: 'uuid',
    primaryKeyConstraintName: 'outcome_reminder_pkey',
  })
  outcomeId: string;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id', foreignKeyConstraintName: 'outcome_reminder_outcome_id_fkey' })
  outcome?: OutcomeEntity;

  @PrimaryColumn({
    name: 'due_date',
    type: 'date',
    primaryKeyConstraintName: 'outcome_reminder_pkey',
  })
  dueDate: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'outcome_reminder_pkey' })
  step: ReminderStep;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
