import type { EntityManager, QueryResult } from 'typeorm';

/**
 * The rows of an `UPDATE`/`DELETE … RETURNING`. A plain `tx.query` answers `[rows, count]` for
 * those (unlike for SELECT and INSERT), which is easy to read as the rows and get `undefined`s.
 */
export async function modifiedRows<T>(
  tx: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  if (!tx.queryRunner) throw new Error('a write outside a transaction');
  const result = (await tx.queryRunner.query(sql, params, true)) as QueryResult<T>;
  return result.records;
}
