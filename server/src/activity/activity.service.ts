import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import {
  DEFAULT_PAGE_SIZE,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import { InvalidInputError, NotFoundError } from '../graphql/errors.js';
import { decodeGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { ActivityEventEntity } from './activity-event.entity.js';
import { toActivityEventModel, type ActivityEvent } from './activity-event.model.js';
import { ActivityRepository, type ActivityScope } from './activity.repository.js';
import { decodeTimeCursor, encodeTimeCursor } from '../graphql/time-cursor.js';

const EVENT_BY_ID = loaderKey<string, ActivityEventEntity | null>('activityEventById');

/** Reads the audit log. There is no write path here: `ActivityWriter` appends, nothing edits. */
@Injectable()
export class ActivityService {
  constructor(
    private readonly events: ActivityRepository,
    private readonly users: UsersService,
  ) {}

  /**
   * Newest first. A problem's trail is every event of the problem (its tasks, outcomes, team,
   * comments); any other subject's is its own events. NOT_FOUND when the caller may not see it.
   */
  async list(
    actor: Actor,
    subjectId: string,
    page: PageArgs,
  ): Promise<ConnectionShape<ActivityEvent>> {
    const after = decodeTimeCursor(page.after);
    const subject = decodeGlobalId(subjectId);
    if (!subject) throw new InvalidInputError([{ path: 'subjectId', message: 'is not an id' }]);
    const problemId = await this.events.problemOfSubject(subject.type, subject.id);
    const visible =
      problemId === undefined
        ? false
        : problemId === null
          ? actor.role === 'ADMIN'
          : await this.events.isProblemVisible(actor, problemId);
    if (!visible) throw NotFoundError.forField('subjectId', 'Nothing to show for that id.');
    const scope: ActivityScope =
      subject.type === 'Problem'
        ? { problemId: subject.id }
        : { subjectType: subject.type, subjectId: subject.id };
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const { rows, totalCount } = await this.events.list(scope, after, limit + 1);
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeTimeCursor({ createdAt: row.cursorAt, id: row.event.id }),
      (row) => toActivityEventModel(row.event),
    );
  }

  /**
   * Newest first, every event of the problems the caller is on: what moved on my teams. Being on
   * a team is enough to see the problem (API.md), so no further visibility check is needed.
   */
  async recent(actor: Actor, page: PageArgs): Promise<ConnectionShape<ActivityEvent>> {
    const after = decodeTimeCursor(page.after);
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const { rows, totalCount } = await this.events.list(
      { memberId: actor.userId },
      after,
      limit + 1,
    );
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeTimeCursor({ createdAt: row.cursorAt, id: row.event.id }),
      (row) => toActivityEventModel(row.event),
    );
  }

  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<ActivityEvent | null> {
    if (!actor) return null;
    const entity = await loaders
      .get(
        EVENT_BY_ID,
        () =>
          new DataLoader(async (ids) =>
            byKeys(ids, await this.events.findVisibleByIds(actor, ids)),
          ),
      )
      .load(id);
    return entity ? toActivityEventModel(entity) : null;
  }

  /** Null when there was none (a system change) or the directory hides the person. */
  actor(viewer: Actor | null, event: ActivityEvent, loaders: RequestLoaders): Promise<User | null> {
    return event.actorId
      ? this.users.findVisible(viewer, event.actorId, loaders)
      : Promise.resolve(null);
  }
}
