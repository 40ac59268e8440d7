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
import { ORGANIZATION_KINDS, type OrganizationKind } from '@commons/shared';

@Entity({ name: 'organization' })
@Check('organization_name_not_blank', `length(btrim("name")) between 1 and 200`)
@Check('organization_not_own_parent', `"parent_id" is distinct from "id"`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organization_pkey' })
  id: string;

  @Index('organization_name_key', { unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enumName: 'organization_kind', enum: ORGANIZATION_KINDS })
  kind: OrganizationKind;

  @Index('organization_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** Declares the foreign key only; never loaded through TypeORM (lists batch by id). */
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organization_parent_id_fkey' })
  parent?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
