import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import {
  decodeNameCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import { InvalidInputError, NotFoundError } from '../graphql/errors.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { UserEntity } from './user.entity.js';
import { toUserModel, type User } from './user.model.js';
import { UsersRepository } from './users.repository.js';

const USER_BY_ID = loaderKey<string, UserEntity | null>('userById');
const USER_IN_CONTEXT = loaderKey<string, UserEntity | null>('userInContext');

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  /**
   * The name of the active person an input names, if the caller may see them; NOT_FOUND on that
   * input otherwise, whether the person is unknown, disabled or hidden from the caller.
   */
  async requireNamed(tx: EntityManager, actor: Actor, id: string, path: string): Promise<string> {
    const name = await this.users.findActiveVisibleName(tx, actor, id);
    if (!name) throw NotFoundError.forField(path, 'No such person.');
    return name;
  }

  /** The user if the caller may see them (see UsersRepository), else null. */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<User | null> {
    if (!actor) return null;
    const entity = await loaders
      .get(
        USER_BY_ID,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            byKeys(ids, await this.users.findVisibleByIds(actor, ids)),
          ),
      )
      .load(id);
    return entity ? toUserModel(entity) : null;
  }

  /**
   * A person the caller meets through something it may see: a member of a team, the author of a
   * comment, on a problem the caller may see. Shown even to a PARTNER-only account whose
   * directory hides them (API.md: whoever sees a problem sees its team and its discussion), so the
   * caller must have checked that it may see the problem; `null` only for a dangling id.
   */
  async findOnVisibleProblem(id: string, loaders: RequestLoaders): Promise<User | null> {
    const entity = await loaders
      .get(
        USER_IN_CONTEXT,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            byKeys(ids, await this.users.findByIds(ids)),
          ),
      )
      .load(id);
    return entity ? toUserModel(entity) : null;
  }

  async directory(
    actor: Actor,
    search: string | null | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<User>> {
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decodeNameCursor(page.after) : null;
    if (page.after && !after) {
      throw new InvalidInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
    }
    const { rows, totalCount } = await this.users.directory(actor, {
      search,
      after,
      limit,
    });
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeCursor([row.displayName, row.id]),
      toUserModel,
    );
  }
}
