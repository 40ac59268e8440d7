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
import {
  OUTCOME_DIRECTIONS,
  REPORTING_CADENCES,
  type OutcomeDirection,
  type ReportingCadence,
} from '@commons/shared';
import { ProblemEntity } from '../problems/problem.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** The definitions PRODUCT.md refuses are refused by the database too. */
@Entity({ name: 'outcome' })
@Check('outcome_name_length', `length(btrim("name")) between 1 and 200`)
@Check('outcome_unit_length', `length(btrim("unit")) between 1 and 50`)
@Check('outcome_target_differs', `"target_value" <> "baseline_value"`)
@Check(
  'outcome_target_direction',
  `("direction" = 'INCREASE' AND "target_value" > "baseline_value") OR ("direction" = 'DECREASE' AND "target_value" < "baseline_value")`,
)
@Check('outcome_target_after_baseline', `"target_date" > "baseline_date"`)
@Check(
  'outcome_values_finite',
  `"baseline_value" NOT IN ('NaN', 'Infinity', '-Infinity') AND "target_value" NOT IN ('NaN', 'Infinity', '-Infinity')`,
)
@Check(
  'outcome_suppress_below_positive',
  `"suppress_below" > 0 AND "suppress_below" NOT IN ('NaN', 'Infinity')`,
)
@Unique('outcome_problem_id_id_key', ['problemId', 'id'])
export class OutcomeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outcome_pkey' })
  id: string;

  @Index('outcome_problem_id_idx')
  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'outcome_problem_id_fkey' })
  problem?: ProblemEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'enum', enumName: 'outcome_direction', enum: OUTCOME_DIRECTIONS })
  direction: OutcomeDirection;

  @Column({ name: 'baseline_value', type: 'double precision' })
  baselineValue: number;

  @Column({ name: 'baseline_date', type: 'date' })
  baselineDate: string;

  @Column({ name: 'target_value', type: 'double precision' })
  targetValue: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ name: 'data_source', type: 'text', nullable: true })
  dataSource: string | null;

  /** Who reports it; null: the problem's lead. */
  @Index('outcome_owner_id_idx')
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'outcome_owner_id_fkey' })
  owner?: UserEntity;

  @Column({
    type: 'enum',
    enumName: 'reporting_cadence',
    enum: REPORTING_CADENCES,
    nullable: true,
  })
  cadence: ReportingCadence | null;

  /** Published values below it are suppressed (statistical disclosure control). */
  @Column({ name: 'suppress_below', type: 'double precision', nullable: true })
  suppressBelow: number | null;

  @Column({ name: 'is_public', type: 'boolean', default: true })
  isPublic: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
