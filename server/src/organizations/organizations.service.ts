import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
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

  private loader(loaders: RequestLoaders) {
    return loaders.get(
      ORGANIZATION_BY_ID,
      () => new DataLoader(async (ids) => byKeys(ids, await this.organizations.findByIds(ids))),
    );
  }
}
