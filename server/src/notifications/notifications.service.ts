import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { NotificationKind } from '@commons/shared';
import type { Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DEFAULT_PAGE_SIZE, toConnection, type ConnectionShape } from '../graphql/connection.js';
import { InvalidInputError, NotFoundError } from '../graphql/errors.js';
import { requireGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import { decodeTimeCursor, encodeTimeCursor } from '../graphql/time-cursor.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import type { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { NotificationEntity } from './notification.entity.js';
import type {
  MarkNotificationsReadArgs,
  NotificationPreferencesInput,
  NotificationsArgs,
} from './notification.inputs.js';
import {
  toNotificationModel,
  type Notification,
  type NotificationPreferences,
} from './notification.model.js';
import { NotificationsRepository, type StoredPreferences } from './notifications.repository.js';

const NOTIFICATION_BY_ID = loaderKey<string, NotificationEntity | null>('notificationById');

/**
 * A person's own notifications and preferences. Nothing here shows one person's notifications to
 * another: every read is scoped to the caller, and another person's are NOT_FOUND (or null).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly problems: ProblemsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<Notification>> {
    const after = decodeTimeCursor(args.after);
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const { rows, totalCount } = await this.notifications.list(
      actor.userId,
      args.unreadOnly ?? false,
      after,
      limit + 1,
    );
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeTimeCursor({ createdAt: row.cursorAt, id: row.notification.id }),
      (row) => toNotificationModel(row.notification),
    );
  }

  /** The notification if the caller is its recipient, else null (no hint that it exists). */
  async findOwn(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Notification | null> {
    if (!actor) return null;
    const entity = await loaders
      .get(
        NOTIFICATION_BY_ID,
        () =>
          new DataLoader(async (ids) =>
            byKeys(ids, await this.notifications.findOwnByIds(actor.userId, ids)),
          ),
      )
      .load(id);
    return entity ? toNotificationModel(entity) : null;
  }

  async unreadCount(viewer: Actor | null, user: User): Promise<number> {
    return this.notifications.unreadCount(this.requireSelf(viewer, user));
  }

  async preferences(viewer: Actor | null, user: User): Promise<NotificationPreferences> {
    const stored = await this.notifications.preferences(this.requireSelf(viewer, user));
    if (!stored) throw new NotFoundError('That person');
    return this.toPreferences(stored);
  }

  /** Exactly one of `ids` and `all: true`; only the caller's own change. */
  async markRead(actor: Actor, args: MarkNotificationsReadArgs): Promise<number> {
    const hasIds = args.ids !== undefined && args.ids !== null;
    const all = args.all === true;
    // Neither or both: "mark these" and "mark everything" can't both be meant.
    if (hasIds === all)
      throw new InvalidInputError(
        [{ path: hasIds ? 'all' : 'ids', message: 'give either `ids` or `all: true`, not both' }],
        'Give either `ids` or `all: true`, not both.',
      );
    const ids = args.ids
      ? [...new Set(args.ids.map((id) => requireGlobalId(id, 'Notification', 'ids')))]
      : null;
    if (ids && !ids.length) return 0;
    return this.notifications.markRead(actor.userId, ids);
  }

  async updatePreferences(
    actor: Actor,
    input: NotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    const muted: NotificationKind[] | undefined = input.muted
      ? [...new Set(input.muted)]
      : undefined;
    const stored = await this.notifications.updatePreferences(actor.userId, {
      email: input.email ?? undefined,
      muted,
    });
    if (!stored) throw new NotFoundError('That person');
    return this.toPreferences(stored);
  }

  /** As the recipient may see it now: null once they may not. */
  problem(
    viewer: Actor | null,
    notification: Notification,
    loaders: RequestLoaders,
  ): Promise<Problem | null> {
    return notification.problemId
      ? this.problems.findVisible(viewer, notification.problemId, loaders)
      : Promise.resolve(null);
  }

  /** Null for the system, or someone the directory hides from the recipient. */
  actor(
    viewer: Actor | null,
    notification: Notification,
    loaders: RequestLoaders,
  ): Promise<User | null> {
    return notification.actorId
      ? this.users.findVisible(viewer, notification.actorId, loaders)
      : Promise.resolve(null);
  }

  /**
   * Another person's counts and preferences are theirs alone: NOT_FOUND rather than null, so the
   * answer can't be mistaken for "no notifications" and the non-null API type stays honest.
   */
  private requireSelf(viewer: Actor | null, user: User): string {
    if (!viewer || viewer.userId !== user.uuid) throw new NotFoundError('That information');
    return viewer.userId;
  }

  private toPreferences(stored: StoredPreferences): NotificationPreferences {
    return {
      email: stored.email,
      muted: stored.muted,
      emailAvailable: this.config.SMTP_URL !== undefined,
    };
  }
}
