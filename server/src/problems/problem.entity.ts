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
import {
  PROBLEM_STATUSES,
  PUBLIC_VALUES,
  VISIBILITIES,
  type ProblemStatus,
  type PublicValue,
  type Visibility,
} from '@commons/shared';
import { PortfolioEntity } from '../portfolios/portfolio.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'problem' })
@Check('problem_title_length', `length(btrim("title")) between 1 and 200`)
@Check('problem_statement_length', `length("statement") <= 50000`)
@Check('problem_key_format', `"key" ~ '^[A-Z][A-Z0-9]{1,7}-[1-9][0-9]*$'`)
@Check('problem_next_task_number_positive', `"next_task_number" >= 1`)
@Index('problem_visibility_status_idx', ['visibility', 'status'])
export class ProblemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'problem_pkey' })
  id: string;

  /** Human key such as HOUS-12: unique and never reused (see problem_key_counter). */
  @Index('problem_key_key', { unique: true })
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown, stored as written. */
  @Column({ type: 'text', default: '' })
  statement: string;

  @Column({ name: 'affected_population', type: 'text', nullable: true })
  affectedPopulation: string | null;

  @Column({ type: 'text', nullable: true })
  geography: string | null;

  @Column({ type: 'enum', enumName: 'problem_status', enum: PROBLEM_STATUSES, default: 'DRAFT' })
  status: ProblemStatus;

  @Column({ type: 'enum', enumName: 'visibility', enum: VISIBILITIES, default: 'INTERNAL' })
  visibility: Visibility;

  @Column({
    name: 'public_values',
    type: 'enum',
    enumName: 'public_value',
    enum: PUBLIC_VALUES,
    array: true,
    default: '{}',
  })
  publicValues: PublicValue[];

  @Column({ type: 'text', array: true, default: '{}' })
  themes: string[];

  @Index('problem_portfolio_id_idx')
  @Column({ name: 'portfolio_id', type: 'uuid', nullable: true })
  portfolioId: string | null;

  @ManyToOne(() => PortfolioEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'portfolio_id', foreignKeyConstraintName: 'problem_portfolio_id_fkey' })
  portfolio?: PortfolioEntity;

  @Index('problem_lead_id_idx')
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'problem_lead_id_fkey' })
  lead?: UserEntity;

  @Column({ name: 'sponsor_id', type: 'uuid', nullable: true })
  sponsorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sponsor_id', foreignKeyConstraintName: 'problem_sponsor_id_fkey' })
  sponsor?: UserEntity;

  /** The number the next task of this problem gets (per-problem task numbers). */
  @Column({ name: 'next_task_number', type: 'int', default: 1 })
  nextTaskNumber: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
