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
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'portfolio' })
@Check('portfolio_name_length', `length(btrim("name")) between 1 and 200`)
@Check('portfolio_description_length', `length("description") <= 50000`)
export class PortfolioEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'portfolio_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('portfolio_owner_id_idx')
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'portfolio_owner_id_fkey' })
  owner?: UserEntity;

  /** Optimistic concurrency: updates are `WHERE version = $expected`, then version + 1. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
