import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Problem } from '../problems/problem.model.js';
import { User } from '../users/user.model.js';
import {
  MarkNotificationsReadArgs,
  NotificationPreferencesInput,
  NotificationsArgs,
} from './notification.inputs.js';
import {
  Notification,
  NotificationConnection,
  NotificationPreferences,
} from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@Args() args: NotificationsArgs, @Context() ctx: RequestContext) {
    return this.service.list(actorOf(ctx), args);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description:
      'Marks your notifications read: these `ids`, or `all: true` (give exactly one). How many changed (ones already read, or not yours, don’t count).',
  })
  markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @Context() ctx: RequestContext) {
    return this.service.markRead(actorOf(ctx), args);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferences, { description: 'Changes how you are told.' })
  updateNotificationPreferences(
    @Args('input', { description: 'Email frequency and muted kinds.' })
    input: NotificationPreferencesInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.updatePreferences(actorOf(ctx), input);
  }

  @ResolveField('problem', () => Problem, {
    nullable: true,
    description: 'The problem it is about; null when you may no longer see it (or none).',
  })
  problem(notification: Notification, _args: NoArgs, ctx: RequestContext) {
    return this.service.problem(ctx.actor, notification, ctx.loaders);
  }

  @ResolveField('actor', () => User, {
    nullable: true,
    description: 'Who did it; null for the system or someone the directory hides from you.',
  })
  actor(notification: Notification, _args: NoArgs, ctx: RequestContext) {
    return this.service.actor(ctx.actor, notification, ctx.loaders);
  }
}

/** `User.unreadNotificationCount` and `User.notificationPreferences`: the viewer's own only. */
@Resolver(() => User)
export class UserNotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @ResolveField('unreadNotificationCount', () => Int, {
    description: 'How many of your notifications are unread. Yours only: NOT_FOUND on anyone else.',
  })
  unreadNotificationCount(user: User, _args: NoArgs, ctx: RequestContext) {
    return this.service.unreadCount(ctx.actor, user);
  }

  @ResolveField('notificationPreferences', () => NotificationPreferences, {
    description: 'How you want to be told. Yours only: NOT_FOUND on anyone else.',
  })
  notificationPreferences(user: User, _args: NoArgs, ctx: RequestContext) {
    return this.service.preferences(ctx.actor, user);
  }
}
