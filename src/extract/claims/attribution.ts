/**
 * Who says so: "according to X", "X said/told", ", X said", "the Kremlin has said", "Russian news
 * agencies said", a headline's ": Kremlin". Null when the outlet speaks in its own voice.
 */
import type { EntityMention, Sentence } from "../../schema/document.js";
import type { ExtractionContext } from "./find-claims.js";
import { SAYING_VERBS } from "./lexicon.js";

export interface FoundAttribution {
  entityId: string | null;
  text: string;
  start: number;
  end: number;
  /** The mentions that name the attributor (never participants through these mentions). */
  mentions: EntityMention[];
}

const ACCORDING_TO = /\baccording to\s+[^,.;:“”"]+/i;
const SAYING = new RegExp(
  `\\b(?:has |have |had |also |later |then |previously )?(?:${SAYING_VERBS})\\b`,
  "gi",
);
const INVERTED = new RegExp(`\\b(?:${SAYING_VERBS})\\s+$`, "i");
const PROXY_SAYER =
  /\b(?:aide|spokes(?:man|woman|person)|adviser|advisor|official|office|press service|representative|source|sources|close to)\s+(?:to|of|for|at|in)\s+(?:[\p{L}.’'-]+\s+){0,5}$/iu;
const COLLECTIVE_SAYER =
  /\b(?:agenc(?:y|ies)|officials?|sources?|ministry|spokes(?:man|woman|person)|press service|media|government|office|kremlin|white house|palace|statement|presidency|embassy|diplomats?|aides?|reports?|television|tv|outlets?|newspapers?)\b/i;
/** "… said on Friday", "… told reporters in a briefing on Monday": when it was said, not when it happened. */
const SAID_WHEN =
  /^(?:\s+(?:to\s+)?(?:reporters|journalists|parliament|lawmakers|the press|state (?:media|television)|the [A-Z][\w-]* news agency))?(?:\s+(?:in|at|during) an? [\w\s-]{0,30}?)?\s+(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|evening)\b/;
const NEGATED_SAYING = /\b(?:did not|didn't|would not|declined to|refused to|nor did \w+|not)\s+$/i;

/** ", said X." / ", said X, adding …": the sayer closes the clause; ", said X was …" makes X the said clause's subject. */
const INVERSION_END =
  /^\s*(?:[,.;:)”"]|$|(?:on|in|at|who|after|before|during|late|early|adding|according|told)\b)/;

function endsInversion(text: string, sayer: EntityMention): boolean {
  return INVERSION_END.test(text.slice(sayer.end, sayer.end + 16));
}

/** "NEW DELHI - India's foreign ministry said": where a dateline's dash ends (-1 when there is none). */
function datelineDashEnd(before: string): number {
  const dash = Math.max(before.lastIndexOf(" - "), before.lastIndexOf(" – "), before.lastIndexOf(" — "));
  return dash < 0 ? -1 : dash + 2;
}

function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end);
}

function preferredEntity(found: readonly EntityMention[]): string | null {
  return found[found.length - 1]?.entityId ?? null;
}

/** `from`, or the start of the next word when `from` falls inside one (a phrase is never cut mid-word). */
function wordStartFrom(text: string, from: number, limit: number): number {
  if (from === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(from - 1))) return from;
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? limit : from + space + 1;
}

/** "… that Jordanian officials ": a relative pronoun and its sayer right before the verb of saying. */
const RELATIVE_SAYER_BEFORE = /\b(?:that|which)\s+(?:[\p{L}.’'-]+\s+){1,4}$/u;

/** ", who met X for about 40 minutes, ": a relative aside closed right before the verb of saying. */
const RELATIVE_ASIDE_END = /,\s*(?:who|whose)\s[^,;:“”"]{1,100},\s*$/i;

/** The attribution a sentence gives, with the phrase that gives it. */
export function findAttribution(
  context: ExtractionContext,
  sentence: Sentence,
  parties: readonly EntityMention[],
  mentions: readonly EntityMention[],
): FoundAttribution | null {
  const { text } = context.document;
  const body = text.slice(sentence.start, sentence.end);
  const according = ACCORDING_TO.exec(body);
  if (according !== null) {
    const start = sentence.start + according.index;
    const end = start + according[0].trimEnd().length;
    const named = mentionsIn(mentions, start, end);
    return {
      entityId: preferredEntity(named.filter((m) => parties.includes(m))) ?? preferredEntity(named),
      text: text.slice(start, end),
      start,
      end,
      mentions: named,
    };
  }
  // An exec loop rather than matchAll, which copies the pattern on every call; restarted at 0 for each sentence.
  SAYING.lastIndex = 0;
  for (let match = SAYING.exec(body); match !== null; match = SAYING.exec(body)) {
    const verbStart = sentence.start + (match.index ?? 0);
    const verbEnd = verbStart + match[0].length;
    const before = text.slice(sentence.start, verbStart);
    // "the United States", "Reports": a capitalised word inside a sentence is a name, not a verb of saying.
    if (verbStart > sentence.start && /^\p{Lu}/u.test(match[0])) continue;
    if (NEGATED_SAYING.test(before)) continue;
    // "an interconnection that Jordanian officials say has met the target": the saying of a relative clause.
    if (RELATIVE_SAYER_BEFORE.test(before)) continue;
    // ", said X" — the sayer follows the verb.
    const following = mentions.find(
      (m) =>
        m.start >= verbEnd &&
        m.start - verbEnd <= 40 &&
        /^\s+(?:[\p{L}.’'-]+\s+){0,4}$/u.test(text.slice(verbEnd, m.start)),
    );
    if (/,\s*$/.test(before) && following && parties.includes(following) && endsInversion(text, following)) {
      return {
        entityId: following.entityId,
        text: text.slice(verbStart, following.end),
        start: verbStart,
        end: following.end,
        mentions: [following],
      };
    }
    // "Rama, who met the ambassador for about 40 minutes, told …": the sayer stands before the relative aside.
    const aside = RELATIVE_ASIDE_END.exec(before);
    const subjectEnd = aside ? sentence.start + aside.index : verbStart;
    // "A spokesman, Oleg Petrenko, said": the comma closing an apposition does not end the sayer's phrase.
    const phraseScope = before.slice(0, subjectEnd - sentence.start).replace(/,\s*$/, "");
    const windowStart = Math.max(
      sentence.start +
        Math.max(
          phraseScope.lastIndexOf(","),
          phraseScope.lastIndexOf("“"),
          phraseScope.lastIndexOf('"'),
          phraseScope.lastIndexOf("”"),
          datelineDashEnd(phraseScope),
        ) +
        1,
      subjectEnd - 90,
    );
    const phraseStart = wordStartFrom(text, windowStart, subjectEnd);
    const phraseText = text.slice(phraseStart, subjectEnd);
    const named = mentionsIn(mentions, phraseStart, subjectEnd);
    const last = named[named.length - 1];
    const lastIsSubject = last !== undefined && /^\s*$/.test(text.slice(last.end, subjectEnd));
    const start = phraseStart + (phraseText.length - phraseText.trimStart().length);
    const when = SAID_WHEN.exec(text.slice(verbEnd, sentence.end));
    if (lastIsSubject && last && !PROXY_SAYER.test(text.slice(start, last.start))) {
      return {
        entityId: last.entityId,
        text: text.slice(start, verbEnd),
        start,
        end: verbEnd + (when ? when[0].length : 0),
        mentions: [last],
      };
    }
    if (
      phraseText.trim().split(/\s+/).length <= 8 &&
      (COLLECTIVE_SAYER.test(phraseText) || PROXY_SAYER.test(phraseText) || named.length > 0)
    ) {
      const saidTo = /^\s+(?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*(?:\s+news agency)?/u.exec(
        text.slice(verbEnd, sentence.end),
      );
      const end = verbEnd + (saidTo && /told|informed/i.test(match[0]) ? saidTo[0].length : 0);
      const entity = PROXY_SAYER.test(phraseText) ? null : preferredEntity(named);
      const said = SAID_WHEN.exec(text.slice(end, sentence.end));
      return {
        entityId: entity,
        text: text.slice(start, end),
        start,
        end: end + (said ? said[0].length : 0),
        mentions: named,
      };
    }
    if (
      INVERTED.test(text.slice(sentence.start, verbEnd)) &&
      following &&
      /,\s*$/.test(before) &&
      endsInversion(text, following)
    ) {
      return {
        entityId: following.entityId,
        text: text.slice(verbStart, following.end),
        start: verbStart,
        end: following.end,
        mentions: [following],
      };
    }
  }
  const headline = /:\s*([A-Z][\p{L}’' .-]{1,40})$/u.exec(body);
  if (headline && !/[.!?]$/.test(body)) {
    const start = sentence.start + (headline.index ?? 0) + headline[0].indexOf(headline[1] ?? "");
    const end = start + (headline[1] ?? "").length;
    const named = mentionsIn(mentions, start, end);
    return { entityId: preferredEntity(named), text: text.slice(start, end), start, end, mentions: named };
  }
  return null;
}
