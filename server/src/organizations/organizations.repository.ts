import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, OrganizationEntity>> {
    const rows = ids.length
      ? await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) })
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }
}
