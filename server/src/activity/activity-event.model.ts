import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { ActivityEventEntity } from './activity-event.entity.js';

@ObjectType('FieldChange', { description: 'One field of an audited change, before and after.' })
export class FieldChange {
  @Field(() => String, { description: 'The field, as the API names it (e.g. `title`).' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as text; null if none.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text; null if none.' })
  after: string | null;
}

@ObjectType('ActivityEvent', {
  implements: () => [Node],
  description: 'One entry of the audit log: who did what, when, before and after. Never edited.',
})
export class ActivityEvent implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'What happened, e.g. `task.moved`, `comment.created`.' })
  action: string;

  @Field(() => ID, { description: 'The global id of what it happened to (it may be gone).' })
  subjectId: string;

  @Field(() => String, {
    description:
      'Readable sentence, with the actor’s name as it was: "Amira Haddad created HOUS-12 …".',
  })
  summary: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  createdAt: Date;

  /** Internal: the uuids behind the relations, and the changes as stored (`changes` reads them). */
  uuid: string;
  storedChanges: FieldChange[];
  actorId: string | null;
  problemId: string | null;
}

export function toActivityEventModel(entity: ActivityEventEntity): ActivityEvent {
  const event = new ActivityEvent();
  event.id = toGlobalId('ActivityEvent', entity.id);
  event.uuid = entity.id;
  event.action = entity.action;
  event.subjectId = toGlobalId(entity.subjectType, entity.subjectId);
  event.summary = entity.summary;
  event.storedChanges = entity.changes.map((change) =>
    Object.assign(new FieldChange(), {
      field: change.field,
      before: asText(change.before),
      after: asText(change.after),
    }),
  );
  event.createdAt = entity.createdAt;
  event.actorId = entity.actorId;
  event.problemId = entity.problemId;
  return event;
}

/** jsonb is untyped at run time: a writer that stored a number still reads back as text. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const ActivityEventConnection = Connection(ActivityEvent, 'ActivityEvent');
