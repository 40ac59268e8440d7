import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EMAIL_FREQUENCIES,
  NOTIFICATION_KINDS,
  type EmailFrequency,
  type NotificationKind,
} from '@commons/shared';
import { Connection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { NotificationEntity } from './notification.entity.js';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Why you were told.',
  valuesMap: {
    MENTIONED: { description: 'Someone @mentioned you in a comment.' },
    ASSIGNED: { description: 'Someone assigned a task to you.' },
    ADDED_TO_TEAM: { description: 'Someone put you on a problem’s team.' },
    TASK_BLOCKED: { description: 'A task assigned to you became blocked.' },
    TASK_UNBLOCKED: { description: 'A task assigned to you is no longer blocked.' },
    OUTCOME_HEALTH_CHANGED: { description: 'The health of an outcome you own changed.' },
    MEASUREMENT_DUE: { description: 'An outcome you own is due a measurement.' },
    FEEDBACK_RECEIVED: { description: 'Someone left feedback on a problem you lead.' },
  },
});

export const EmailFrequencyEnum = Object.fromEntries(EMAIL_FREQUENCIES.map((f) => [f, f])) as {
  [F in EmailFrequency]: F;
};
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description: 'How often notifications reach you by email.',
  valuesMap: {
    OFF: { description: 'Never: only in the app.' },
    IMMEDIATE: { description: 'One email per notification, within a minute.' },
    DAILY: { description: 'One digest a day of the unread ones.' },
    WEEKLY: { description: 'One digest a week of the unread ones.' },
  },
});

@ObjectType('Notification', {
  implements: () => [Node],
  description: 'Something you were told about. Only its recipient ever sees it.',
})
export class Notification implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => NotificationKindEnum, { description: 'Why you were told.' })
  kind: NotificationKind;

  @Field(() => String, {
    description:
      'A sentence with the actor’s name as it was: "Amira Haddad mentioned you on HOUS-12 #4 Find beds".',
  })
  summary: string;

  @Field(() => String, {
    description: 'The app path to open, e.g. `/problems/HOUS-12/board?task=4`.',
  })
  url: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The global id of what it is about (a comment, task, outcome or problem).',
  })
  subjectId: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When you read it; null: unread.',
  })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  /** Internal: the uuids behind `problem` and `actor`. */
  uuid: string;
  problemId: string | null;
  actorId: string | null;
}

export function toNotificationModel(entity: NotificationEntity): Notification {
  const notification = new Notification();
  notification.id = toGlobalId('Notification', entity.id);
  notification.uuid = entity.id;
  notification.kind = entity.kind;
  notification.summary = entity.summary;
  notification.url = entity.url;
  notification.subjectId = toGlobalId(entity.subjectType, entity.subjectId);
  notification.readAt = entity.readAt;
  notification.createdAt = entity.createdAt;
  notification.problemId = entity.problemId;
  notification.actorId = entity.actorId;
  return notification;
}

export const NotificationConnection = Connection(Notification, 'Notification');

@ObjectType('NotificationPreferences', {
  description: 'How you want to be told. Only your own.',
})
export class NotificationPreferences {
  @Field(() => EmailFrequencyEnum, { description: 'How often notifications reach you by email.' })
  email: EmailFrequency;

  @Field(() => [NotificationKindEnum], {
    description: 'Kinds you are never told about (in the app or by email).',
  })
  muted: NotificationKind[];

  @Field(() => Boolean, {
    description: 'Whether this server sends email at all (SMTP configured); if not, `email` waits.',
  })
  emailAvailable: boolean;
}
