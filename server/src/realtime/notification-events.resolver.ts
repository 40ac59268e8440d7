import { Logger } from '@nestjs/common';
import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Notification } from '../notifications/notification.model.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RealtimeHub } from './realtime-hub.js';
import { deliver } from './subscriber.js';

/** The viewer's own notifications, as they are created on any instance. */
@Resolver(() => Notification)
export class NotificationEventsResolver {
  private readonly log = new Logger('NotificationEvents');

  constructor(
    private readonly hub: RealtimeHub,
    private readonly notifications: NotificationsService,
  ) {}

  @SignedIn()
  @Subscription(() => Notification, {
    description: 'Your new notifications, as they are created (the bell counts them).',
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Context() ctx: RequestContext) {
    const userId = actorOf(ctx).userId;
    return deliver(
      ctx,
      this.hub.notificationMessages(userId),
      // Read as the recipient: a notification is only ever its recipient's.
      (message) => this.notifications.findOwn(ctx.actor, message.notificationId, ctx.loaders),
      (error) => this.log.error({ err: error }, 'could not read a notification'),
    );
  }
}
