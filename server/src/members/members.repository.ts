import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { MembershipEntity } from './membership.entity.js';

@Injectable()
export class MembersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Teams of many problems at once, by role then join order. */
  async findByProblems(problemIds: readonly string[]): Promise<Map<string, MembershipEntity[]>> {
    const teams = new Map<string, MembershipEntity[]>(problemIds.map((id) => [id, []]));
    if (!problemIds.length) return teams;
    const rows = await this.dataSource.getRepository(MembershipEntity).find({
      where: { problemId: In([...problemIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) teams.get(row.problemId)?.push(row);
    return teams;
  }

  /**
   * The memberships of many people at once, only on problems the viewer may see (the same
   * predicate as every problem list), ordered by problem key. One statement per batch.
   */
  async findVisibleByUsers(
    viewer: Actor,
    userIds: readonly string[],
  ): Promise<Map<string, MembershipEntity[]>> {
    const result = new Map<string, MembershipEntity[]>(userIds.map((id) => [id, []]));
    if (!userIds.length) return result;
    const rows = await this.dataSource.query<
      {
        id: string;
        problem_id: string;
        user_id: string;
        role: MembershipEntity['role'];
        allocation_percent: number;
        version: number;
        created_at: Date;
      }[]
    >(
      `SELECT m.id, m.problem_id, m.user_id, m.role, m.allocation_percent, m.version, m.created_at
         FROM membership m
         JOIN problem p ON p.id = m.problem_id
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE m.user_id = ANY($2::uuid[]) AND ${visibleProblemsSql(viewer, 'p', 'vm')}
        ORDER BY p.key, m.id`,
      [viewer.userId, userIds],
    );
    for (const row of rows) {
      const entity = new MembershipEntity();
      entity.id = row.id;
      entity.problemId = row.problem_id;
      entity.userId = row.user_id;
      entity.role = row.role;
      entity.allocationPercent = row.allocation_percent;
      entity.version = row.version;
      entity.createdAt = row.created_at;
      result.get(row.user_id)?.push(entity);
    }
    return result;
  }

  /**
   * Distinct organisations of each problem's members, whole, for Problem.organizations. One
   * statement that needs no second lookup by id: that lookup would share the organisation
   * loader with other fields and batch with them or not depending on which answer came first.
   */
  async organizationsOf(problemIds: readonly string[]): Promise<Map<string, OrganizationEntity[]>> {
    const result = new Map<string, OrganizationEntity[]>(problemIds.map((id) => [id, []]));
    if (!problemIds.length) return result;
    const rows = await this.dataSource.query<
      (Pick<OrganizationEntity, 'id' | 'name' | 'kind' | 'parentId'> & { problem_id: string })[]
    >(
      `SELECT DISTINCT m.problem_id, o.id, o.name, o.kind, o.parent_id AS "parentId"
         FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organization o ON o.id = u.organization_id
        WHERE m.problem_id = ANY($1::uuid[]) ORDER BY o.name`,
      [problemIds],
    );
    for (const { problem_id, ...organization } of rows) {
      result.get(problem_id)?.push(Object.assign(new OrganizationEntity(), organization));
    }
    return result;
  }

  findById(tx: EntityManager, id: string): Promise<MembershipEntity | null> {
    return tx.getRepository(MembershipEntity).findOneBy({ id });
  }

  /** Null when the person is already on the team (the unique constraint decides, race-free). */
  async insert(
    tx: EntityManager,
    values: Pick<MembershipEntity, 'problemId' | 'userId' | 'role' | 'allocationPercent'>,
  ): Promise<MembershipEntity | null> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO membership (problem_id, user_id, role, allocation_percent) VALUES ($1, $2, $3, $4)
       ON CONFLICT (problem_id, user_id) DO NOTHING RETURNING id`,
      [values.problemId, values.userId, values.role, values.allocationPercent],
    );
    const id = rows[0]?.id;
    return id ? this.findById(tx, id) : null;
  }

  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<MembershipEntity, 'role' | 'allocationPercent'>>,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async delete(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(MembershipEntity).delete({ id });
  }

  async userExists(tx: EntityManager, userId: string): Promise<string | null> {
    const rows = await tx.query<{ display_name: string }[]>(
      'SELECT display_name FROM app_user WHERE id = $1 AND disabled_at IS NULL',
      [userId],
    );
    return rows[0]?.display_name ?? null;
  }
}
