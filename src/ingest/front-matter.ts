/** The fields front matter may give (see the report contract). */
export interface FrontMatterFields {
  id: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export interface FrontMatter {
  fields: FrontMatterFields;
  /** Offset just after the closing `---` line; 0 when there is no (well-formed) front matter. */
  end: number;
  /** Problems found, each naming what is wrong. */
  warnings: string[];
}

/** Other spellings of the four keys that front matter written by other tools uses. */
const KEY_ALIASES: Readonly<Record<string, keyof FrontMatterFields>> = {
  id: "id",
  slug: "id",
  url: "url",
  link: "url",
  canonical: "url",
  source_url: "url",
  outlet: "outlet",
  site: "outlet",
  publisher: "outlet",
  source: "outlet",
  published: "published",
  published_at: "published",
  publishedat: "published",
  date: "published",
  pubdate: "published",
};

const OPENING = /^\uFEFF?[ \t]*---[ \t]*\r?\n/;
const CLOSING = /^[ \t]*(?:---|\.\.\.)[ \t]*$/;
/** Front matter longer than this is taken to be text that happens to start with a rule. */
const MAX_LINES = 60;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(trimmed);
  return quoted ? quoted[2]! : trimmed;
}

interface Line {
  text: string;
  end: number;
}

function linesFrom(text: string, from: number, limit: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length && lines.length < limit) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ text: text.slice(start, newline === -1 ? end : newline).replace(/\r$/, ""), end });
    start = end;
  }
  return lines;
}

function readField(line: string, number: number, fields: FrontMatterFields, warnings: string[]): void {
  if (line.trim() === "" || line.trimStart().startsWith("#")) return;
  const pair = /^([A-Za-z_][\w.-]*)\s*:(.*)$/.exec(line);
  if (!pair) {
    if (/^\s/.test(line) || line.trimStart().startsWith("- ")) return;
    warnings.push(`front matter line ${number} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
    return;
  }
  const alias = KEY_ALIASES[pair[1]!.toLowerCase()];
  if (!alias) return;
  const value = unquote(pair[2]!);
  if (value === "") return;
  const key = alias === "outlet" && /^https?:\/\//i.test(value) ? "url" : alias;
  if (fields[key] === null) fields[key] = value;
}

/**
 * Reads front matter (`---` lines around `key: value` lines) at the start of a text. Only `id`, `url`,
 * `outlet` and `published` (and their common aliases) are used; other keys are ignored. A problem —
 * front matter that is never closed, a line that is not `key: value` — becomes a warning, and an
 * unclosed block is read as ordinary text. Never throws.
 *
 * @example
 * readFrontMatter("---\nurl: https://example.org/a\n---\nText").fields.url; // "https://example.org/a"
 */
export function readFrontMatter(text: string): FrontMatter {
  const fields: FrontMatterFields = { id: null, url: null, outlet: null, published: null };
  const opening = OPENING.exec(text);
  if (!opening) return { fields, end: 0, warnings: [] };
  const lines = linesFrom(text, opening[0].length, MAX_LINES + 1);
  const closing = lines.findIndex((line) => CLOSING.test(line.text));
  if (closing === -1) {
    return {
      fields,
      end: 0,
      warnings: ["front matter is not closed by a '---' line; it was read as text"],
    };
  }
  const warnings: string[] = [];
  for (const [index, line] of lines.slice(0, closing).entries())
    readField(line.text, index + 2, fields, warnings);
  return { fields, end: lines[closing]!.end, warnings };
}
