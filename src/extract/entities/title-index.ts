import { TITLE_HEADS } from "./data/titles.js";
import { type Token, TokenKind } from "./tokenize.js";
import { W } from "./word-classes.js";

interface TitleForm {
  words: readonly string[];
  head: string;
}

function buildIndex(): ReadonlyMap<string, readonly TitleForm[]> {
  const index = new Map<string, TitleForm[]>();
  for (const [phrase, head] of Object.entries(TITLE_HEADS)) {
    const words = phrase.split(" ");
    const first = words[0] as string;
    const list = index.get(first) ?? [];
    list.push({ words, head });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Title phrases by first word, longest first (an immutable constant derived from the data). */
const TITLE_INDEX = buildIndex();

/** Heads of kinship words ("son", "daughter"), which are also name words when capitalised. */
const KIN_HEADS: ReadonlySet<string> = new Set(["relative"]);

/** A title phrase found in the tokens: where it ends (exclusive token index) and its canonical head. */
export interface TitleMatch {
  end: number;
  head: string;
}

/**
 * The longest title phrase starting at token `index`, matched case-insensitively ("Foreign Minister",
 * "special envoy", "Secretary of State"), or null.
 *
 * @example
 * matchTitle(tokenize("Prime Minister Abiy Ahmed"), 0); // { end: 2, head: "prime minister" }
 */
export function matchTitle(tokens: readonly Token[], index: number): TitleMatch | null {
  const token = tokens[index];
  if (token === undefined || (token.flags & W.TITLE_FIRST) === 0) return matchPluralTitle(tokens, index);
  const forms = TITLE_INDEX.get(token.lower);
  if (forms === undefined) return null;
  // "Tran Thanh Son", "Nguyen Van Hai": a capitalised kinship word right after a name word ends that name.
  if (token.cap && isNameWord(tokens[index - 1]) && KIN_HEADS.has(forms[0]?.head ?? "")) return null;
  for (const form of forms) {
    let k = 1;
    for (; k < form.words.length; k++) {
      const next = tokens[index + k];
      if (next === undefined || next.kind !== TokenKind.Word || next.lower !== form.words[k]) break;
      if (tokens[index + k - 1]?.possessive) break;
    }
    if (k === form.words.length) return { end: index + k, head: form.head };
    // "Prime Ministers Zoran Zaev and Alexis Tsipras": a capitalised plural title before the names it shares.
    const last = tokens[index + k];
    if (
      k === form.words.length - 1 &&
      last?.kind === TokenKind.Word &&
      last.cap &&
      !last.possessive &&
      last.lower === `${form.words[k]}s` &&
      isNameWord(tokens[index + k + 1])
    )
      return { end: index + k + 1, head: form.head };
  }
  return null;
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === TokenKind.Word && token.cap;
}

/** "Presidents Lula and Boric": a capitalised one-word title in the plural, right before a name. */
function matchPluralTitle(tokens: readonly Token[], index: number): TitleMatch | null {
  const token = tokens[index];
  if (token === undefined || !token.cap || token.possessive || !token.lower.endsWith("s")) return null;
  if (!isNameWord(tokens[index + 1])) return null;
  const form = TITLE_INDEX.get(token.lower.slice(0, -1))?.find((candidate) => candidate.words.length === 1);
  return form === undefined ? null : { end: index + 1, head: form.head };
}
