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
  EMAIL_FREQUENCIES,
  NOTIFICATION_KINDS,
  WORKSPACE_ROLES,
  type EmailFrequency,
  type NotificationKind,
  type WorkspaceRole,
} from '@commons/shared';
import { OrganizationEntity } from '../organizations/organization.entity.js';

@Entity({ name: 'app_user' })
@Check('app_user_email_normalized', `"email" = lower(btrim("email")) and length("email") <= 254`)
@Check('app_user_display_name_not_blank', `length(btrim("display_name")) between 1 and 120`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id: string;

  /** Stored normalised (trimmed, lower case). */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Index('app_user_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Declares the foreign key only; never loaded through TypeORM. */
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'app_user_organization_id_fkey',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enumName: 'workspace_role', enum: WORKSPACE_ROLES })
  role: WorkspaceRole;

  /** argon2id PHC string. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** A disabled account can't sign in, and its sessions are deleted when it is disabled. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** How often notifications are sent by email (the digests read it). */
  @Column({
    name: 'notify_email',
    type: 'enum',
    enumName: 'email_frequency',
    enum: EMAIL_FREQUENCIES,
    default: 'DAILY',
  })
  notifyEmail: EmailFrequency;

  /** Kinds of notification this person does not want: none are created for them. */
  @Column({
    name: 'notify_muted',
    type: 'enum',
    enumName: 'notification_kind',
    enum: NOTIFICATION_KINDS,
    array: true,
    default: '{}',
  })
  notifyMuted: NotificationKind[];

  /** When the last email digest went out (null: never). */
  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;
}
