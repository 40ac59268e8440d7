import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { visiblePortfoliosSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { modifiedRows } from '../database/modified-rows.js';
import { PortfolioEntity } from './portfolio.entity.js';

@Injectable()
export class PortfoliosRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The portfolios the caller may see, by name. */
  findVisible(actor: Actor): Promise<PortfolioEntity[]> {
    return this.visibleTo(actor).orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
  }

  /** Those of `ids` the caller may see. */
  async findVisibleByIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, PortfolioEntity>> {
    const rows = ids.length
      ? await this.visibleTo(actor)
          .andWhere('p.id IN (:...ids)', { ids: [...ids] })
          .getMany()
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  private visibleTo(actor: Actor) {
    return this.dataSource
      .getRepository(PortfolioEntity)
      .createQueryBuilder('p')
      .where(visiblePortfoliosSql(actor, 'p', ':me'), { me: actor.userId });
  }

  findForUpdate(tx: EntityManager, id: string): Promise<PortfolioEntity | null> {
    return tx
      .getRepository(PortfolioEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  insert(tx: EntityManager, values: Partial<PortfolioEntity>): Promise<PortfolioEntity> {
    const repository = tx.getRepository(PortfolioEntity);
    return repository.save(repository.create(values));
  }

  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<PortfolioEntity, 'name' | 'description'>>,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(PortfolioEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Makes `problemIds` exactly the portfolio's problems. Problems that join or leave get a new
   * version (their portfolio changed); returns their ids and keys for the audit log.
   */
  async setProblems(
    tx: EntityManager,
    portfolioId: string,
    problemIds: readonly string[],
  ): Promise<{ joined: string[]; left: string[]; unknown: string[] }> {
    const existing = await tx.query<{ id: string }[]>(
      'SELECT id FROM problem WHERE id = ANY($1::uuid[])',
      [problemIds],
    );
    const known = new Set(existing.map((r) => r.id));
    const unknown = problemIds.filter((id) => !known.has(id));
    if (unknown.length) return { joined: [], left: [], unknown };
    const left = await modifiedRows<{ key: string }>(
      tx,
      `UPDATE problem SET portfolio_id = NULL, version = version + 1, updated_at = now()
        WHERE portfolio_id = $1 AND NOT (id = ANY($2::uuid[])) RETURNING key`,
      [portfolioId, problemIds],
    );
    const joined = await modifiedRows<{ key: string }>(
      tx,
      `UPDATE problem SET portfolio_id = $1, version = version + 1, updated_at = now()
        WHERE id = ANY($2::uuid[]) AND portfolio_id IS DISTINCT FROM $1 RETURNING key`,
      [portfolioId, problemIds],
    );
    return { joined: keysOf(joined), left: keysOf(left), unknown: [] };
  }
}

/** Problem keys in reading order (HOUS-2 before HOUS-10), for the audit summary. */
function keysOf(rows: readonly { key: string }[]): string[] {
  return rows.map((r) => r.key).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
