import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../graphql/global-id.js';
import type { RealtimeMessage } from './realtime-message.js';

export const PROBLEM_EVENT_KINDS = [
  'PROBLEM_CREATED',
  'PROBLEM_UPDATED',
  'TASK_CREATED',
  'TASK_UPDATED',
  'TASK_MOVED',
  'TASK_DELETED',
  'OUTCOME_CHANGED',
  'MEASUREMENT_RECORDED',
  'MEMBER_CHANGED',
  'COMMENT_ADDED',
  'COMMENT_UPDATED',
  'COMMENT_DELETED',
  'PRESENCE_CHANGED',
] as const;
export type ProblemEventKind = (typeof PROBLEM_EVENT_KINDS)[number];

export const ProblemEventKindEnum = Object.fromEntries(PROBLEM_EVENT_KINDS.map((k) => [k, k])) as {
  [K in ProblemEventKind]: K;
};
registerEnumType(ProblemEventKindEnum, {
  name: 'ProblemEventKind',
  description: 'What changed on a problem (webhooks use the same names).',
});

/** The audit actions (activity_event.action) that live views hear of, by the API's kind. */
const KIND_OF_ACTION: Readonly<Record<string, ProblemEventKind>> = {
  'problem.created': 'PROBLEM_CREATED',
  'problem.updated': 'PROBLEM_UPDATED',
  'task.created': 'TASK_CREATED',
  'task.updated': 'TASK_UPDATED',
  'task.moved': 'TASK_MOVED',
  'task.deleted': 'TASK_DELETED',
  'outcome.created': 'OUTCOME_CHANGED',
  'outcome.updated': 'OUTCOME_CHANGED',
  'measurement.recorded': 'MEASUREMENT_RECORDED',
  'member.added': 'MEMBER_CHANGED',
  'member.updated': 'MEMBER_CHANGED',
  'member.removed': 'MEMBER_CHANGED',
  'comment.created': 'COMMENT_ADDED',
  'comment.updated': 'COMMENT_UPDATED',
  'comment.deleted': 'COMMENT_DELETED',
  'presence.changed': 'PRESENCE_CHANGED',
};

export function problemEventKind(action: string): ProblemEventKind | null {
  return KIND_OF_ACTION[action] ?? null;
}

@ObjectType('ProblemEvent', {
  description:
    'A change on a problem, as you may see it now: the changed object is read fresh for you, and is null once deleted or hidden from you.',
})
export class ProblemEvent {
  @Field(() => ProblemEventKindEnum, { description: 'What changed.' })
  kind: ProblemEventKind;

  @Field(() => ID, {
    description: 'The global id of what changed (a task, outcome, comment, or the problem).',
  })
  subjectId: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was recorded.' })
  at: Date;

  /** Internal: uuids the field resolvers read as the subscriber. */
  problemUuid: string;
  subjectType: string;
  subjectUuid: string;
  actorUuid: string | null;
  activityUuid: string | null;
}

export function toProblemEvent(
  message: Extract<RealtimeMessage, { type: 'problem' }>,
  kind: ProblemEventKind,
): ProblemEvent {
  const event = new ProblemEvent();
  event.kind = kind;
  event.subjectId = toGlobalId(message.subjectType, message.subjectId);
  event.at = new Date(message.at);
  event.problemUuid = message.problemId;
  event.subjectType = message.subjectType;
  event.subjectUuid = message.subjectId;
  event.actorUuid = message.actorId;
  event.activityUuid = message.eventId;
  return event;
}
