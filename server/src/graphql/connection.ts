import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { isUuid } from './global-id.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType('PageInfo', { description: 'Where a page sits in a Relay connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  // Room for a cursor that carries a 200-character title (up to 6 bytes each in JSON, base64).
  @MaxLength(4000)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node` (`ProblemConnection`, `ProblemEdge`). */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more items follow.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (all pages).' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Opaque keyset cursors: base64url JSON of the sort key of the last item. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === length &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through
  }
  return null;
}

/**
 * The `[name, id]` cursor of a list ordered by name (people, organisations), or null for one this
 * server did not make: a forged id or a NUL would otherwise fail in SQL as an internal error.
 */
export function decodeNameCursor(cursor: string): { name: string; id: string } | null {
  const [name, id] = decodeCursor(cursor, 2) ?? [];
  if (typeof name !== 'string' || name.includes('\u0000')) return null;
  return isUuid(id) ? { name, id } : null;
}

/** Builds the connection from `limit + 1` rows (the extra one tells whether more follow). */
export function toConnection<R, T>(
  rows: readonly R[],
  limit: number,
  totalCount: number,
  cursorOf: (row: R) => string,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
