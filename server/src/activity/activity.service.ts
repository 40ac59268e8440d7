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
import { decodeGlobalId, isUuid } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { Node } from '../graphql/node.interface.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import type { RequestContext } from '../graphql/request-context.js';
import type { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { ActivityEventEntity } from './activity-event.entity.js';
import { FieldChange, toActivityEventModel, type ActivityEvent } from './activity-event.model.js';
import { ActivityRepository, type ActivityScope } from './activity.repository.js';
import { RELATION_FIELDS } from './activity.writer.js';
import { decodeTimeCursor, encodeTimeCursor } from '../graphql/time-cursor.js';

const EVENT_BY_ID = loaderKey<string, ActivityEventEntity | null>('activityEventById');

/** What people call it: a person's or an organisation's name, a task's number. */
function nameOf(node: Node): string | null {
  if ('displayName' in node && typeof node.displayName === 'string') return node.displayName;
  if ('number' in node && typeof node.number === 'number') return `#${String(node.number)}`;
  if ('name' in node && typeof node.name === 'string') return node.name;
  return null;
}

/** In place of what the caller may not see now, or what is gone. */
export const NOT_SHOWN = '(not shown)';

/** Reads the audit log. There is no write path here: `ActivityWriter` appends, nothing edits. */
@Injectable()
export class ActivityService {
  constructor(
    private readonly events: ActivityRepository,
    private readonly users: UsersService,
    private readonly nodes: NodeRegistry,
  ) {}

  /**
   * The changes in words. Relations were stored as the uuids the mutation wrote; each is named
   * here as the caller may see it now (through `node(id)`'s own checks and loaders), so the trail
   * neither shows internal ids nor tells a caller what its directory hides.
   */
  async changes(event: ActivityEvent, ctx: RequestContext): Promise<FieldChange[]> {
    return Promise.all(
      event.storedChanges.map(async (change) => {
        const relation = RELATION_FIELDS.get(change.field);
        if (!relation) return change;
        const [before, after] = await Promise.all(
          [change.before, change.after].map((value) => this.names(relation.type, value, ctx)),
        );
        return Object.assign(new FieldChange(), { field: relation.field, before, after });
      }),
    );
  }

  /** "Amira Haddad", or "#4, #9" for a stored list of ids; null stays null. */
  private async names(type: string, ids: string | null, ctx: RequestContext) {
    if (ids === null) return null;
    const fetch = this.nodes.fetcherFor(type);
    const names = await Promise.all(
      ids.split(', ').map(async (uuid) => {
        // Only what a mutation wrote is looked up: a row mended by hand with something that is
        // not a uuid would fail the whole loader batch (PostgreSQL casts), and the page with it.
        const node = fetch && isUuid(uuid) ? await fetch(uuid, ctx) : null;
        return (node && nameOf(node)) ?? NOT_SHOWN;
      }),
    );
    return names.join(', ');
  }

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
