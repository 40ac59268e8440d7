import { decodeCursor, encodeCursor } from './connection.js';
import { InvalidInputError } from './errors.js';
import { isUuid } from './global-id.js';

/** A keyset position in a list ordered by (created_at, id). */
export interface TimeKey {
  /** ISO 8601 UTC with microseconds, as PostgreSQL stores it (a JS Date keeps only ms). */
  createdAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeTimeCursor(key: TimeKey): string {
  return encodeCursor([key.createdAt, key.id]);
}

/** Null without a cursor; BAD_USER_INPUT on `after` for one that is not ours. */
export function decodeTimeCursor(after: string | null | undefined): TimeKey | null {
  if (!after) return null;
  const [createdAt, id] = decodeCursor(after, 2) ?? [];
  if (typeof createdAt !== 'string' || !TIMESTAMP.test(createdAt) || !isUuid(id))
    throw new InvalidInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
  return { createdAt, id };
}
