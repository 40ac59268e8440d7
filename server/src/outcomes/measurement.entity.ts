import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MEASUREMENT_SOURCES, type MeasurementSource } from '@commons/shared';
import { UserEntity } from '../users/user.entity.js';
import { OutcomeEntity } from './outcome.entity.js';

@Entity({ name: 'measurement' })
@Check('measurement_value_finite', `"value" NOT IN ('NaN', 'Infinity', '-Infinity')`)
@Check('measurement_note_length', `length("note") <= 2000`)
// The latest measurement per outcome (DISTINCT ON / LATERAL) reads this index backwards.
@Index('measurement_outcome_latest_idx', ['outcomeId', 'observedAt', 'recordedAt'])
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'measurement_pkey' })
  id: string;

  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id', foreignKeyConstraintName: 'measurement_outcome_id_fkey' })
  outcome?: OutcomeEntity;

  @Column({ name: 'observed_at', type: 'date' })
  observedAt: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({
    type: 'enum',
    enumName: 'measurement_source',
    enum: MEASUREMENT_SOURCES,
    default: 'MANUAL',
  })
  source: MeasurementSource;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'measurement_recorded_by_id_fkey',
  })
  recordedBy?: UserEntity;

  /** Tie-breaker for equal dates ("the one recorded last"): clock time, not transaction time. */
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
