import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { visiblePeopleSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { likePattern, SqlParams } from '../graphql/sql.js';
import { UserEntity } from './user.entity.js';

interface RawUser {
  id: string;
  email: string;
  display_name: string;
  title: string | null;
  organization_id: string;
  role: UserEntity['role'];
  total_count?: number;
}

const PUBLIC_COLUMNS = 'u.id, u.email, u.display_name, u.title, u.organization_id, u.role';

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** Those of `ids` the caller may see (see visiblePeopleSql). */
  findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<Map<string, UserEntity>> {
    return this.byIds(ids, (sql) => visiblePeopleSql(actor, 'u', sql));
  }

  /**
   * The name of an active person the caller may see, read in the caller's transaction; null for
   * an unknown, disabled or hidden one alike (NOT_FOUND to the caller: an id it could not have
   * found in the directory does not say whether that person exists).
   */
  async findActiveVisibleName(tx: EntityManager, actor: Actor, id: string): Promise<string | null> {
    const sql = new SqlParams();
    const rows = await tx.query<{ display_name: string }[]>(
      `SELECT u.display_name FROM app_user u
        WHERE u.id = ${sql.param(id)} AND u.disabled_at IS NULL AND ${visiblePeopleSql(actor, 'u', sql)}`,
      sql.values,
    );
    return rows[0]?.display_name ?? null;
  }

  /** Users by id whatever the directory shows the caller, disabled ones included. */
  findByIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    return this.byIds(ids, () => 'TRUE');
  }

  /** Never selects the password hash: these rows feed GraphQL and DataLoaders. */
  private async byIds(
    ids: readonly string[],
    seen: (sql: SqlParams) => string,
  ): Promise<Map<string, UserEntity>> {
    if (!ids.length) return new Map();
    const sql = new SqlParams();
    const rows = await this.dataSource.query<RawUser[]>(
      `SELECT ${PUBLIC_COLUMNS} FROM app_user u
        WHERE u.id = ANY(${sql.param(ids)}::uuid[]) AND ${seen(sql)}`,
      sql.values,
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  /** The people directory: name, title or organisation matches `search`; by name. */
  async directory(
    actor: Actor,
    query: { search?: string | null; after?: { name: string; id: string } | null; limit: number },
  ): Promise<{ rows: UserEntity[]; totalCount: number }> {
    const sql = new SqlParams();
    const where = ['u.disabled_at IS NULL', visiblePeopleSql(actor, 'u', sql)];
    if (query.search?.trim()) {
      const pattern = sql.param(likePattern(query.search.trim()));
      where.push(
        `(u.display_name ILIKE ${pattern} OR u.title ILIKE ${pattern} OR o.name ILIKE ${pattern} OR u.email ILIKE ${pattern})`,
      );
    }
    const after = query.after
      ? `WHERE (lower(display_name), id) > (lower(${sql.param(query.after.name)}), ${sql.param(query.after.id)}::uuid)`
      : '';
    const rows = await this.dataSource.query<RawUser[]>(
      `WITH base AS (
         SELECT ${PUBLIC_COLUMNS}
           FROM app_user u JOIN organization o ON o.id = u.organization_id
          WHERE ${where.join(' AND ')})
       SELECT base.*, (SELECT count(*) FROM base)::int AS total_count FROM base ${after}
        ORDER BY lower(display_name), id LIMIT ${sql.param(query.limit + 1)}`,
      sql.values,
    );
    const totalCount =
      rows[0]?.total_count ??
      (query.after
        ? (await this.directory(actor, { ...query, after: null, limit: 0 })).totalCount
        : 0);
    return { rows: rows.map(toEntity), totalCount };
  }
}

function toEntity(raw: RawUser): UserEntity {
  const user = new UserEntity();
  user.id = raw.id;
  user.email = raw.email;
  user.displayName = raw.display_name;
  user.title = raw.title;
  user.organizationId = raw.organization_id;
  user.role = raw.role;
  return user;
}
