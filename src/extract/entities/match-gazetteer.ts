import type { CompiledGazetteer, GazetteerForm } from "./compile-gazetteer.js";
import { mayStartForm, wordKey } from "./compile-gazetteer.js";
import { type Token, TokenKind } from "./tokenize.js";

/** Folded keys of words, computed on first use (one cache per call, never shared). */
export type KeyCache = Map<string, string>;

/** The folded key of token `index`. */
export function keyAt(tokens: readonly Token[], keys: KeyCache, index: number): string {
  const token = tokens[index] as Token;
  if (token.key !== "") return token.key;
  let key = keys.get(token.text);
  if (key === undefined) {
    key = wordKey(token.text);
    keys.set(token.text, key);
  }
  // A memo on the call's own token: the folded key of a word never changes.
  token.key = key;
  return key;
}

/** Every gazetteer form of the longest length matching at a token, and the token index after it. */
export interface GazetteerMatch {
  end: number;
  forms: GazetteerForm[];
}

function stripDots(text: string): string {
  return text.includes(".") ? text.replaceAll(".", "") : text;
}

function formMatches(form: GazetteerForm, tokens: readonly Token[], keys: KeyCache, index: number): boolean {
  for (let k = 0; k < form.keys.length; k++) {
    const token = tokens[index + k];
    if (token === undefined || token.kind !== TokenKind.Word) return false;
    if (!token.cap && !form.lowerOk[k]) return false;
    const exact = form.exact[k];
    if (exact !== null && exact !== undefined && stripDots(token.text) !== stripDots(exact)) return false;
    if (keyAt(tokens, keys, index + k) !== form.keys[k]) return false;
  }
  return true;
}

/**
 * The longest gazetteer forms matching the words at token `index` (whole words, capitalised, folded for
 * spelling variants; short acronyms must match exactly). Null when nothing matches.
 *
 * @example
 * matchGazetteerAt(tokenize("Yury Ushakov said"), [], 0, compiled)?.forms[0]?.entry.name; // "Yuri Ushakov"
 */
export function matchGazetteerAt(
  tokens: readonly Token[],
  keys: KeyCache,
  index: number,
  gazetteer: CompiledGazetteer,
): GazetteerMatch | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== TokenKind.Word) return null;
  if (!mayStartForm(gazetteer, token.prefixHash)) return null;
  const candidates = gazetteer.byFirstKey.get(keyAt(tokens, keys, index));
  if (candidates === undefined) return null;
  let best: GazetteerMatch | null = null;
  for (const form of candidates) {
    if (best !== null && form.keys.length < best.end - index) break;
    if (!formMatches(form, tokens, keys, index)) continue;
    if (best === null) best = { end: index + form.keys.length, forms: [form] };
    else best.forms.push(form);
  }
  // "Korea" is the country before it is a folded spelling of "Correa": a form written as the text is comes first.
  if (best !== null && best.forms.length > 1 && best.forms[0]?.firstLower !== token.lower) {
    const asWritten = best.forms.filter((form) => form.firstLower === token.lower);
    if (asWritten.length > 0)
      best.forms = [...asWritten, ...best.forms.filter((form) => form.firstLower !== token.lower)];
  }
  return best;
}
