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
import { OUTCOME_DIRECTIONS, type OutcomeDirection } from '@commons/shared';
import { ProblemEntity } from '../problems/problem.entity.js';

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

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
