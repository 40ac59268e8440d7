/**
 * @mentions in a comment's markdown. A handle is the part of a user's email before `@`
 * (`@sara.lindqvist`); `@sara.lindqvist@demo.commons` names the full address, for when two
 * people share a handle. Mentions inside code (fenced blocks and inline spans) and escaped
 * ones (`\@lead`) are text, not mentions. Indented code blocks are not recognised: they can't be
 * told from indented list content without a full markdown parser.
 */
export interface ParsedMentions {
  /** Lower-case handles mentioned without a domain. */
  handles: string[];
  /** Lower-case full addresses mentioned as `@local@domain`. */
  emails: string[];
}

// Not after a word character, `.`, `@`, `\` or `/` (so `lead@demo.commons` and URLs are not
// mentions). A handle may not end with `.` so "thanks @lead." mentions `lead`.
const MENTION =
  /(?<![\w.@\\/])@([a-z0-9_%+-](?:[a-z0-9._%+-]*[a-z0-9_%+-])?)(?:@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))?/gi;

export function parseMentions(markdown: string): ParsedMentions {
  const handles = new Set<string>();
  const emails = new Set<string>();
  for (const match of withoutCode(markdown).matchAll(MENTION)) {
    const local = match[1]?.toLowerCase();
    if (!local) continue;
    const domain = match[2]?.toLowerCase();
    if (domain) emails.add(`${local}@${domain}`);
    else handles.add(local);
  }
  return { handles: [...handles], emails: [...emails] };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The text with fenced code blocks and inline code spans blanked out. */
function withoutCode(markdown: string): string {
  const kept: string[] = [];
  let open: string | null = null;
  for (const line of markdown.split('\n')) {
    const [, fence, rest = ''] = FENCE.exec(line) ?? [];
    if (open) {
      // Closed by the same character, at least as long, with nothing after it.
      if (fence && fence[0] === open[0] && fence.length >= open.length && !rest.trim()) open = null;
      kept.push('');
    } else if (fence && !(fence.startsWith('`') && rest.includes('`'))) {
      // (A backtick fence's info string has no backticks; otherwise it is an inline span.)
      open = fence;
      kept.push('');
    } else {
      kept.push(line);
    }
  }
  return withoutCodeSpans(kept.join('\n'));
}

/** A run of n backticks opens a span that the next run of exactly n backticks closes. */
function withoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      out += text.charAt(i);
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    const close = findRun(text, i + run, run);
    if (close === -1) {
      // No closing run: the backticks are literal text.
      out += text.slice(i, i + run);
      i += run;
    } else {
      out += ' ';
      i = close + run;
    }
  }
  return out;
}

function findRun(text: string, from: number, length: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    if (run === length) return i;
    i += run;
  }
  return -1;
}

/**
 * The ids of the people mentioned, among the candidates the author may see. A handle two
 * candidates share is ambiguous and mentions nobody (the full address does).
 */
export function resolveMentions(
  parsed: ParsedMentions,
  candidates: readonly { id: string; email: string }[],
): string[] {
  const ids = new Set<string>();
  for (const email of parsed.emails) {
    const user = candidates.find((c) => c.email === email);
    if (user) ids.add(user.id);
  }
  for (const handle of parsed.handles) {
    const matches = candidates.filter((c) => c.email.split('@')[0] === handle);
    if (matches.length === 1 && matches[0]) ids.add(matches[0].id);
  }
  return [...ids];
}
