import { InvalidInputError } from './errors.js';

/** Opaque global ids: base64url("Type:uuid"). */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A uuid as PostgreSQL writes it (what a forged id or cursor must be before it reaches SQL). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Null for anything that is not a well-formed id of ours. */
export function decodeGlobalId(globalId: string): DecodedId | null {
  if (globalId.length > 200) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const type = text.slice(0, colon);
  const id = text.slice(colon + 1);
  return /^[A-Z][A-Za-z]+$/.test(type) && UUID.test(id) ? { type, id } : null;
}

/** The uuid of a global id of `type`, or a BAD_USER_INPUT naming `path`. */
export function requireGlobalId(globalId: string, type: string, path: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw new InvalidInputError([{ path, message: `is not a ${type} id` }]);
  }
  return decoded.id;
}
