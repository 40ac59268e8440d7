/** What the palette's text asks for. */
export interface PaletteQuery {
  /** The trimmed text ('' for nothing). */
  text: string;
  /** `HOUS-12 #4`, `hous-12 4`, `HOUS-12-4`: one task of one problem. */
  task: { key: string; number: number } | null;
  /** A problem key on its own or the key of a task reference: `HOUS-12`. */
  problemKey: string | null;
  /** What to send as the problems' search: the key when there is one, else the text. */
  problemSearch: string;
}

const REFERENCE = /^([A-Za-z][A-Za-z0-9]*-\d+)(?:\s*[-#\s]\s*#?(\d+))?$/;

export function parsePaletteQuery(input: string): PaletteQuery {
  const text = input.trim().slice(0, 200);
  const match = REFERENCE.exec(text);
  if (!match?.[1]) return { text, task: null, problemKey: null, problemSearch: text };
  const key = match[1].toUpperCase();
  const number = match[2] ? Number(match[2]) : null;
  return {
    text,
    task: number !== null && Number.isSafeInteger(number) ? { key, number } : null,
    problemKey: key,
    problemSearch: key,
  };
}
