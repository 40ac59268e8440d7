import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_STATUSES, type TaskStatus } from '@commons/shared';
import { Connection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import { DateScalar } from '../graphql/scalars.js';
import type { TaskEntity } from './task.entity.js';

export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as {
  [S in TaskStatus]: S;
};
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description: 'The board column a task is in.',
});

@ObjectType('Task', {
  implements: () => [Node],
  description: 'A piece of work on a problem’s board.',
})
export class Task implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => Int, { description: 'Number within its problem (HOUS-12 #4).' })
  number: number;

  @Field(() => String, { description: 'Short title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details, markdown.' })
  description: string | null;

  @Field(() => TaskStatusEnum, { description: 'Board column.' })
  status: TaskStatus;

  @Field(() => String, {
    description: 'Position within its column (fractional index; sort as bytes).',
  })
  rank: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' })
  dueDate: string | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt: Date;

  /** Internal: the uuids behind the relations, for the extension resolvers. */
  uuid: string;
  problemId: string;
  assigneeId: string | null;
  organizationId: string | null;
}

export function toTaskModel(entity: TaskEntity): Task {
  const task = new Task();
  task.id = toGlobalId('Task', entity.id);
  task.uuid = entity.id;
  task.number = entity.number;
  task.title = entity.title;
  task.description = entity.description;
  task.status = entity.status;
  task.rank = entity.rank;
  task.dueDate = entity.dueDate;
  task.version = entity.version;
  task.createdAt = entity.createdAt;
  task.updatedAt = entity.updatedAt;
  task.problemId = entity.problemId;
  task.assigneeId = entity.assigneeId;
  task.organizationId = entity.organizationId;
  return task;
}

export const TaskConnection = Connection(Task, 'Task');
