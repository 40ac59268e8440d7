import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  EMAIL_FREQUENCIES,
  NOTIFICATION_KINDS,
  type EmailFrequency,
  type NotificationKind,
} from '@commons/shared';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs } from '../graphql/connection.js';
import { EmailFrequencyEnum, NotificationKindEnum } from './notification.model.js';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `These notifications of yours (at most ${MAX_PAGE_SIZE}, a page). Give this or \`all\`.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '`true`: every unread notification of yours. Give this or `ids`.',
  })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@InputType('NotificationPreferencesInput', {
  description: 'Changes how you are told. Absent fields stay as they are.',
})
export class NotificationPreferencesInput {
  @Field(() => EmailFrequencyEnum, { nullable: true, description: 'How often by email.' })
  @IsOptional()
  @IsIn(EMAIL_FREQUENCIES)
  email?: EmailFrequency | null;

  @Field(() => [NotificationKindEnum], {
    nullable: true,
    description: 'The kinds never to be told about; replaces the whole set.',
  })
  @IsOptional()
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2)
  @IsIn(NOTIFICATION_KINDS, { each: true })
  muted?: NotificationKind[] | null;
}
