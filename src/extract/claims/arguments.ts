/**
 * Argument finding: which entity mentions fill a trigger's subject, object, with-, between- and
 * by-slots. Works on mention offsets and the words between them; knows no names.
 */
import type { EntityMention } from "../../schema/document.js";

export interface SentenceMentions {
  /** People and groups, in text order. */
  parties: readonly EntityMention[];
  /** Places, in text order. */
  places: readonly EntityMention[];
  /** Organisations (and places named as a counterpart: "talks with Ukraine"). */
  others: readonly EntityMention[];
}

/**
 * What may stand between two parties of one chain: "and", a comma, a possessive, after an "of <Country>" ("X of
 * Uganda and Y"), "and, separately," ("met X and, separately, Y"), or a role apposed to the next ("X and the mayor of
 * the capital, Y").
 */
const CHAIN_GAP =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?(?:\s*,?\s*(?:and|as well as|&|,|along with|together with)\s+[^,;:.()“”"]{0,70}?|\s*,?\s*and,\s+(?:separately|later|then|afterwards|also|in turn),\s+[^,;:.()“”"]{0,50}?|\s*,?\s*and\s+(?:the|his|her|its|their)\s+[\p{L}\s'’-]{3,50},\s*|[’']s\s+[^;:.()“”"]{0,50}?|\s*,\s*[^,;:.()“”"]{0,50}?|\s*,\s*[^,;:.()“”"]{1,60},\s*(?:and|as well as)\s+[^,;:.()“”"]{0,50}?)$/u;
const POSSESSIVE_AFTER = /^[’']s?\s+(?:[\p{Ll}\p{Lu}-]+,?\s+){0,6}$/u;
/** "Bank of Korea (BOK) Governor": an acronym in brackets inside a title, no break in a chain of parties. */
const ACRONYM_IN_BRACKETS = /\s*\(\p{Lu}[\p{Lu}\d&.-]{1,7}\)/gu;

function withoutAcronyms(gap: string): string {
  return gap.includes("(") ? gap.replace(ACRONYM_IN_BRACKETS, "") : gap;
}
const STOP_IN_GAP =
  /\b(?:in|at|on|during|after|before|when|where|that|which|who|said|says|told|according|while|because|since|than|until|into)\b|[;:“”"]/i;

/** True when `mention` is a modifier ("Donald Trump's envoy X"): followed by 's and then another party. */
export function isPossessiveModifier(
  text: string,
  mention: EntityMention,
  next: EntityMention | undefined,
): boolean {
  if (!next) return false;
  const gap = text.slice(mention.end, next.start);
  return /^[’']s\s/.test(gap) && POSSESSIVE_AFTER.test(gap) && gap.length < 60;
}

/**
 * True when `mention` only introduces the party after it: a possessive pronoun ("her counterpart X")
 * or a role right before the name it describes ("the Kremlin aide, X").
 */
export function isDeterminerOrApposition(
  text: string,
  mention: EntityMention,
  next: EntityMention | undefined,
): boolean {
  if (!next) return false;
  const gap = text.slice(mention.end, next.start);
  // "his counterpart X", "his Congolese counterpart, X,"
  if (mention.form === "pronoun")
    // "his counterpart of the Democratic Republic of Congo, X": up to eight words.
    return /^(?:his|her|their|its)$/i.test(mention.text) && /^\s+(?:[\p{L}’'.-]+,?\s+){0,8}$/u.test(gap);
  if (mention.form === "role") return /^\s*,?\s*$/.test(gap) && next.entityId === mention.entityId;
  return false;
}

/** "the prime minister's adviser on foreign affairs, ": a role apposed to the name after it, whatever its words. */
const APPOSED_ROLE_LEAD =
  /^\s*(?:(?:the|his|her|its|their)\s+|(?=(?:leader|head|chief|chair(?:man|woman|person)?|president|minister|governor|speaker|secretary|ambassador|mayor|envoy)\s))[\p{L}\s'’-]{3,60},\s*$/u;

/** "the widow of", "the son and daughter of", "relatives of": someone named by their tie to the person after. */
const KIN_OF_BEFORE =
  /\b(?:widow|widower|wife|husband|son|sons|daughter|daughters|mother|father|parents|brother|sister|family|children|relatives|lawyers?)\s+(?:and\s+(?:[\p{L}-]+\s+){1,2})?of\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;

/** A possessive before a thing that does not stand for its owner ("Modi's possible visit", "the Fund's conditions"). */
const OWNS_THING_AFTER =
  /^[’']s\s+(?!(?:[\p{L}-]+\s+)?(?:government|delegation|team|administration|office|cabinet|side|camp|party|people)\b)\p{Ll}/u;

/**
 * The parties in a coordinated chain starting at the first party after `from` (within `limit`
 * characters and before `to`): "X and Y", "X, Y and Z", "X's son-in-law Y". Possessive modifiers
 * are skipped.
 */
export function chainAfter(
  text: string,
  parties: readonly EntityMention[],
  from: number,
  to: number,
  limit = 90,
  allowFirstGap: RegExp | null = null,
): EntityMention[] {
  const first = parties.findIndex((m) => m.start >= from && m.end <= to);
  if (first === -1) return [];
  const head = parties[first];
  if (!head || head.start - from > limit) return [];
  const lead = text.slice(from, head.start);
  if (allowFirstGap ? !allowFirstGap.test(lead) : STOP_IN_GAP.test(lead) && !APPOSED_ROLE_LEAD.test(lead))
    return [];
  // "met the widow and daughter of opposition leader X": the people met are X's kin, not X.
  if (KIN_OF_BEFORE.test(lead)) return [];
  const chain: EntityMention[] = [];
  let previous = head;
  let throughDeterminer = false;
  for (let i = first; i < parties.length; i++) {
    const mention = parties[i];
    if (!mention || mention.end > to) break;
    if (i > first && !throughDeterminer) {
      const gap = withoutAcronyms(text.slice(previous.end, mention.start));
      if (!CHAIN_GAP.test(gap) || (STOP_IN_GAP.test(gap) && !/^[’']s\s/.test(gap))) break;
    }
    throughDeterminer = isDeterminerOrApposition(text, mention, parties[i + 1]);
    // A possessive modifies the party after it ("Bolsonaro's son, X"), or owns a thing rather than a seat at the
    // table ("… and Modi's possible visit"), unless the thing stands for its owner ("talks with Tusk's government").
    if (
      !throughDeterminer &&
      !isPossessiveModifier(text, mention, parties[i + 1]) &&
      !OWNS_THING_AFTER.test(text.slice(mention.end, mention.end + 40))
    )
      chain.push(mention);
    previous = mention;
  }
  return chain;
}

/** The chain of parties that ends closest before `to` (and starts at or after `from`). */
export function chainBefore(
  text: string,
  parties: readonly EntityMention[],
  from: number,
  to: number,
): EntityMention[] {
  const inRange = parties.filter((m) => m.start >= from && m.end <= to);
  if (inRange.length === 0) return [];
  const chain: EntityMention[] = [];
  let next: EntityMention | undefined;
  for (let i = inRange.length - 1; i >= 0; i--) {
    const mention = inRange[i];
    if (!mention) break;
    let leader = false;
    // "X and her counterpart Y": the possessive pronoun only introduces Y; the chain goes on through it.
    if (next && isDeterminerOrApposition(text, mention, next) && mention.form === "pronoun") {
      next = mention;
      continue;
    }
    if (next) {
      const gap = withoutAcronyms(text.slice(mention.end, next.start));
      const joined =
        CHAIN_GAP.test(gap) &&
        (!STOP_IN_GAP.test(gap) || /^[’']s\s/.test(gap) || /\b(?:led|headed) by\b/.test(gap));
      const ledBy = /\b(?:led|headed|accompanied) by\s/.test(gap) && gap.length < 60;
      if (!joined && !ledBy) break;
      // "US negotiators led by A and B": the leaders stand for the group.
      leader = ledBy && mention.form === "group";
    }
    const possessive = /^[’']s\b/.test(text.slice(mention.end, mention.end + 3));
    if (!isPossessiveModifier(text, mention, next) && !possessive && !leader) chain.unshift(mention);
    next = mention;
  }
  return chain;
}

/**
 * Up to three modifier words between a possessor and its noun ("'s fifth official"), never a preposition or an
 * article: in "his re-election in a telephone conversation" the "his" is the re-election's, not the call's.
 */
const MODIFIERS_ONLY =
  /^\s+(?:(?!(?:in|on|at|of|for|with|to|by|from|a|an|the|and|or|after|before|during)\s)[\p{L}\d-]+\s+){0,3}$/iu;

/** The party that ends right before `'s` + modifiers + `position` ("the envoy's fifth trip"). */
export function possessorBefore(
  text: string,
  parties: readonly EntityMention[],
  position: number,
): EntityMention | null {
  for (let i = parties.length - 1; i >= 0; i--) {
    const mention = parties[i];
    if (!mention || mention.end > position) continue;
    const gap = text.slice(mention.end, position);
    if (/^[’']s?\s+/u.test(gap) && MODIFIERS_ONLY.test(gap.replace(/^[’']s?/u, ""))) return mention;
    if (mention.form === "pronoun" && MODIFIERS_ONLY.test(gap) && /^(?:his|her|their)$/i.test(mention.text))
      return mention;
    return null;
  }
  return null;
}

/** Two parties joined by a dash right before `position` ("the Modi–Albanese meeting"). */
export function compoundBefore(
  text: string,
  parties: readonly EntityMention[],
  position: number,
): EntityMention[] {
  for (let i = parties.length - 1; i > 0; i--) {
    const second = parties[i];
    const first = parties[i - 1];
    if (!second || !first || second.end > position) continue;
    if (/^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(second.end, position)) || second.end === position) {
      if (/^\s*[–—-]\s*$|^\s*\/\s*$/.test(text.slice(first.end, second.start))) return [first, second];
    }
    return [];
  }
  return [];
}
