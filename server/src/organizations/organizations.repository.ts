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

  /** All organisations by name, keyset-paged; one statement with the total. */
  async list(after: { name: string; id: string } | null, limit: number) {
    const params: unknown[] = [limit + 1];
    const where = after ? 'WHERE (name, id) > ($2, $3::uuid)' : '';
    if (after) params.push(after.name, after.id);
    const rows = await this.dataSource.query<
      {
        id: string;
        name: string;
        kind: OrganizationEntity['kind'];
        parent_id: string | null;
        total_count: number;
      }[]
    >(
      `SELECT id, name, kind, parent_id, (SELECT count(*) FROM organization)::int AS total_count
         FROM organization ${where} ORDER BY name, id LIMIT $1`,
      params,
    );
    const entities = rows.map((row) => {
      const entity = new OrganizationEntity();
      entity.id = row.id;
      entity.name = row.name;
      entity.kind = row.kind;
      entity.parentId = row.parent_id;
      return entity;
    });
    return { rows: entities, totalCount: rows[0]?.total_count ?? null };
  }
}
