/**
 * @mentions as the server reads them (server/src/comments/mentions.ts): `@handle`, where the
 * handle is the part of a person's email before the `@`; `@handle@domain` names the full
 * address. Not after a word character, `.`, `@`, `\` or `/`; a handle does not end with `.`.
 */
export const MENTION_PATTERN =
  /(?<![\w.@\\/])@([a-z0-9_%+-](?:[a-z0-9._%+-]*[a-z0-9_%+-])?)(?:@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))?/gi;

/** The handle that mentions the person with this email: `sara.lindqvist@x.gov` → `sara.lindqvist`. */
export function mentionHandleOf(email: string): string {
  return email.split('@')[0]?.toLowerCase() ?? '';
}

/** A mention being typed: `@` at `start`, then `query` up to the caret. */
export interface MentionQuery {
  start: number;
  query: string;
}

const HANDLE_CHARACTER = /[\p{L}\p{N}._%+-]/u;

/**
 * The mention being typed at the caret, if any: an `@` at the start of the text or after a
 * space or punctuation that may precede a mention, followed by handle characters up to the caret
 * (so "@sa" offers Sara; "email@host" offers nobody). Null when the caret is not in a mention.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  let index = caret;
  while (index > 0 && HANDLE_CHARACTER.test(text.charAt(index - 1))) index -= 1;
  if (index === 0 || text.charAt(index - 1) !== '@') return null;
  const at = index - 1;
  const before = at > 0 ? text.charAt(at - 1) : '';
  if (before !== '' && /[\w.@\\/`]/.test(before)) return null;
  const query = text.slice(index, caret);
  if (query.length > 50) return null;
  return { start: at, query };
}

/**
 * Replaces the mention being typed (from `start` to the caret) with `@handle ` and says where
 * the caret goes: right after the inserted space.
 */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  handle: string,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const inserted = `@${handle}${after.startsWith(' ') ? '' : ' '}`;
  const next = text.slice(0, start) + inserted + after;
  return { text: next, caret: start + inserted.length + (after.startsWith(' ') ? 1 : 0) };
}
