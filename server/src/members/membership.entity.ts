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
import { MEMBER_ROLES, type MemberRole } from '@commons/shared';
import { ProblemEntity } from '../problems/problem.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'membership' })
@Check('membership_allocation_range', `"allocation_percent" between 0 and 100`)
@Index('membership_problem_id_user_id_key', ['problemId', 'userId'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'membership_pkey' })
  id: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'membership_problem_id_fkey' })
  problem?: ProblemEntity;

  /** The access policy looks memberships up by user: "which problems am I on". */
  @Index('membership_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'membership_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enumName: 'member_role', enum: MEMBER_ROLES })
  role: MemberRole;

  @Column({ name: 'allocation_percent', type: 'int', default: 0 })
  allocationPercent: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
