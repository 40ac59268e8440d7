import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import {
  decodeNameCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import { InvalidInputError } from '../graphql/errors.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { OrganizationEntity } from './organization.entity.js';
import { type Organization, toOrganizationModel } from './organization.model.js';
import { OrganizationsRepository } from './organizations.repository.js';

const ORGANIZATION_BY_ID = loaderKey<string, OrganizationEntity | null>('organizationById');

@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  /** Organisations are not confidential: every signed-in user may see every one. */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Organization | null> {
    if (!actor) return null;
    const entity = await this.loader(loaders).load(id);
    return entity ? toOrganizationModel(entity) : null;
  }

  /** Organisations are listed to every signed-in user. */
  async list(page: PageArgs): Promise<ConnectionShape<Organization>> {
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decodeNameCursor(page.after) : null;
    if (page.after && !after) {
      throw new InvalidInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
    }
    const { rows, totalCount } = await this.organizations.list(after, limit);
    const total = totalCount ?? (await this.organizations.list(null, 0)).totalCount ?? 0;
    return toConnection(
      rows,
      limit,
      total,
      (row) => encodeCursor([row.name, row.id]),
      toOrganizationModel,
    );
  }

  private loader(loaders: RequestLoaders) {
    return loaders.get(
      ORGANIZATION_BY_ID,
      () => new DataLoader(async (ids) => byKeys(ids, await this.organizations.findByIds(ids))),
    );
  }
}
