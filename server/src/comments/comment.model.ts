import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommentSubject } from '@commons/shared';
import { Connection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { CommentEntity } from './comment.entity.js';

/** The GraphQL type of each comment subject (global ids and audit events use it). */
export const SUBJECT_TYPE_NAMES = {
  PROBLEM: 'Problem',
  TASK: 'Task',
  OUTCOME: 'Outcome',
} as const satisfies Record<CommentSubject, string>;

@ObjectType('Comment', {
  implements: () => [Node],
  description: 'Markdown discussion on a problem, task or outcome.',
})
export class Comment implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => ID, { description: 'The problem, task or outcome it is about.' })
  subjectId: string;

  @Field(() => String, {
    description: 'Markdown exactly as written; render it sanitised, never as raw HTML.',
  })
  body: string;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last edited; null if never.',
  })
  editedAt: Date | null;

  /** Internal: the uuids behind the relations. */
  uuid: string;
  problemId: string;
  authorId: string;
  subjectType: CommentSubject;
  subjectUuid: string;
}

export function toCommentModel(entity: CommentEntity): Comment {
  const comment = new Comment();
  comment.id = toGlobalId('Comment', entity.id);
  comment.uuid = entity.id;
  comment.subjectId = toGlobalId(SUBJECT_TYPE_NAMES[entity.subjectType], entity.subjectId);
  comment.body = entity.body;
  comment.version = entity.version;
  comment.createdAt = entity.createdAt;
  comment.editedAt = entity.editedAt;
  comment.problemId = entity.problemId;
  comment.authorId = entity.authorId;
  comment.subjectType = entity.subjectType;
  comment.subjectUuid = entity.subjectId;
  return comment;
}

export const CommentConnection = Connection(Comment, 'Comment');
