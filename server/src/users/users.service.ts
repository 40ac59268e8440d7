import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { UserEntity } from './user.entity.js';
import { toUserModel, type User } from './user.model.js';
import { UsersRepository } from './users.repository.js';

const USER_BY_ID = loaderKey<string, UserEntity | null>('userById');

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  /**
   * Staff see everyone; a PARTNER-only account sees only people on its problems (API.md),
   * which until problems exist means only itself.
   */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<User | null> {
    if (!actor) return null;
    if (actor.partnerOnly && id !== actor.userId) return null;
    const entity = await this.loader(loaders).load(id);
    return entity ? toUserModel(entity) : null;
  }

  private loader(loaders: RequestLoaders) {
    return loaders.get(
      USER_BY_ID,
      () => new DataLoader(async (ids) => byKeys(ids, await this.users.findByIds(ids))),
    );
  }
}
