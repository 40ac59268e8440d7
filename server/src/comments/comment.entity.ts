import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { COMMENT_SUBJECTS, type CommentSubject } from '@commons/shared';
import { ProblemEntity } from '../problems/problem.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Markdown on a problem, task or outcome; `problem_id` is the subject's problem (access). */
@Entity({ name: 'comment' })
@Check('comment_body_length', `length(btrim("body")) between 1 and 50000`)
@Index('comment_subject_idx', ['subjectId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'comment_pkey' })
  id: string;

  @Index('comment_problem_id_idx')
  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'comment_problem_id_fkey' })
  problem?: ProblemEntity;

  @Column({
    name: 'subject_type',
    type: 'enum',
    enumName: 'comment_subject',
    enum: COMMENT_SUBJECTS,
  })
  subjectType: CommentSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comment_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}

/** A user @mentioned in a comment, kept for the notifications of a later step. */
@Entity({ name: 'comment_mention' })
@Index('comment_mention_user_id_idx', ['userId'])
export class CommentMentionEntity {
  @PrimaryColumn({
    name: 'comment_id',
    type: 'uuid',
    primaryKeyConstraintName: 'comment_mention_pkey',
  })
  commentId: string;

  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'comment_mention_pkey',
  })
  userId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_mention_comment_id_fkey' })
  comment?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'comment_mention_user_id_fkey' })
  user?: UserEntity;
}
