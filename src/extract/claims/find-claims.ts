/**
 * Finds claim drafts sentence by sentence: a trigger from the data table, its participants from the
 * entity mentions around it, and the attributes its clause, sentence, paragraph and section give.
 */

import { eachAsciiWord } from "../../normalize/text/ascii-words.js";
import { parseAmount } from "../../normalize/time/numbers.js";
import type { Ordinal } from "../../schema/claim.js";
import type {
  EntityAnalysis,
  EntityMention,
  IngestedDocument,
  LocalEntity,
  Sentence,
} from "../../schema/document.js";
import type { TimeExpression } from "../../schema/time.js";
import { SETTLEMENT_NOUNS } from "../entities/data/words.js";
import { isNamesake } from "../entities/namesake.js";
import {
  chainAfter,
  chainBefore,
  compoundBefore,
  isPossessiveModifier,
  possessorBefore,
} from "./arguments.js";
import { findAttribution } from "./attribution.js";
import {
  clauseAround,
  clauseStarts,
  DISTANCE_LEAD,
  headingOrdinal,
  type Layout,
  OFFSET_LEAD,
  quoteSpans,
} from "./layout.js";
import { leadingWords } from "./leading-words.js";
import {
  ANAPHORIC_DETERMINERS,
  type ClaimKind,
  DENIAL_CUES,
  GENERIC_CUES,
  INDEFINITE_DETERMINERS,
  NOUN_MODIFIER,
  TALKS_NOUNS,
  TRIGGER_RULES,
  type TriggerRule,
} from "./lexicon.js";
import { matchesOf } from "./matches.js";
import { modalityOf } from "./modality.js";
import { isOneDay } from "./one-day.js";
import { mayHoldOrdinal, ordinalIn } from "./ordinal.js";
import { within } from "./ranges.js";
import { stampBefore, stampLineDay } from "./stamp-line.js";
import { dateCueIn, pickDate, pickDuration, toPicked } from "./time-attributes.js";
import type { ClaimDraft, TextRange } from "./types.js";

/** One alternation over all rules, in table order: the first rule that matches at a place wins. Tried only where a word of the table starts (sticky). */
const TRIGGER_PATTERN = new RegExp(
  `(?:${TRIGGER_RULES.map((rule) => `(${rule.pattern})`).join("|")})(?![\\w-])`,
  "iy",
);
const CONNECTIVES = new Set(["to", "in", "at", "by", "with", "a", "an", "the", "on", "of", "for"]);
/** A number for the first three letters of a word, lower-cased (ASCII letters only). */
function prefixKey(text: string, at: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) key = key * 32 + ((text.charCodeAt(at + k) | 32) & 31);
  return key;
}

/** Every word of the table's patterns but connectives: what a trigger may begin with, were its first words unknown. */
function everyPatternWord(): string[] {
  return TRIGGER_RULES.flatMap((rule) => rule.pattern.toLowerCase().match(/[a-z]+/g) ?? []).filter(
    (word) => !CONNECTIVES.has(word),
  );
}

/** The words the table's matches can begin with (see {@link leadingWords}), else every word of its patterns. */
function triggerFirstWords(): string[] {
  const words: string[] = [];
  for (const rule of TRIGGER_RULES) {
    const leading = leadingWords(rule.pattern);
    if (leading === null) return everyPatternWord();
    words.push(...leading);
  }
  return words;
}

/**
 * Three-letter starts of the words a trigger can begin with, as a table indexed by {@link prefixKey} (every key
 * is below 32³): one array read per word of the text.
 */
const TRIGGER_PREFIXES: Uint8Array = (() => {
  const table = new Uint8Array(32 * 32 * 32);
  for (const word of triggerFirstWords()) table[prefixKey(word, 0)] = 1;
  return table;
})();

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
}

/** Trigger matches in `text[start, end)`, longest first at each place, without overlaps. */
export function findTriggers(
  text: string,
  start: number,
  end: number,
  all?: readonly TriggerHit[],
): TriggerHit[] {
  const hits: TriggerHit[] = all
    ? within(all, start, end)
    : findAllTriggers(text.slice(start, end)).map((h) => ({
        ...h,
        start: h.start + start,
        end: h.end + start,
      }));
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TriggerHit[] = [];
  for (const hit of hits) {
    if (kept.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const PASSIVE_AFTER_AUXILIARY =
  /^ (?:[a-z]+ly )?(?:received|met|welcomed|greeted|hosted|joined)(?: (?:at|in) (?:the )?[\w-]+(?: [\w-]+)?)? by\b/i;

/** "is"/"be" open passive triggers ("is received by", "to be received by"); other two-letter words never start one. */
function isPassiveAuxiliary(text: string, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = text.charCodeAt(from) | 32;
  const second = text.charCodeAt(from + 1) | 32;
  if (!((first === 105 && second === 115) || (first === 98 && second === 101))) return false;
  return PASSIVE_AFTER_AUXILIARY.test(text.slice(to, to + 40));
}

/**
 * Every trigger match in `text`, overlaps included. The rules' alternation is tried only at the start of an
 * ASCII word whose first three letters begin some trigger word, and never inside a match already taken.
 */
export function findAllTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // The shared sticky pattern is safe to reuse: its lastIndex is set right before each (synchronous) exec.
  const trigger = TRIGGER_PATTERN;
  let resumeAt = 0;
  eachAsciiWord(text, (from, to) => {
    // Short words start no trigger, unless a hyphen joins them to one ("co-chaired") or they are an auxiliary.
    const short = to - from < 3 && text.charCodeAt(to) !== 45 && !isPassiveAuxiliary(text, from, to);
    if (from < resumeAt || short) return;
    if (TRIGGER_PREFIXES[prefixKey(text, from)] !== 1) return;
    const before = from > 0 ? text.charCodeAt(from - 1) : 32;
    if (before === 45 || before === 95 || (before >= 48 && before <= 57)) return;
    trigger.lastIndex = from;
    const match = trigger.exec(text);
    if (!match) return;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const rule = TRIGGER_RULES[group - 1];
    if (!rule) return;
    hits.push({ rule, start: from, end: from + match[0].length, text: match[0] });
    resumeAt = from + match[0].length;
  });
  return hits;
}

export interface ExtractionContext {
  /** All trigger matches of the text, sorted by start. */
  triggers: readonly TriggerHit[];
  document: IngestedDocument;
  layout: Layout;
  analysis: EntityAnalysis;
  entityById: ReadonlyMap<string, LocalEntity>;
  times: readonly TimeExpression[];
  /** Mentions per sentence index. */
  mentionsBySentence: readonly EntityMention[][];
}

function isParty(context: ExtractionContext, mention: EntityMention): boolean {
  const type = context.entityById.get(mention.entityId)?.type;
  return type === "person" || type === "group";
}

function isGroup(context: ExtractionContext, mention: EntityMention): boolean {
  return context.entityById.get(mention.entityId)?.type === "group";
}

function isPlace(context: ExtractionContext, mention: EntityMention): boolean {
  const type = context.entityById.get(mention.entityId)?.type;
  return type === "place" || type === "organization";
}

/** The name of a pair group (see PAIR_PHRASE): "the two leaders", "both men", "the pair", "They", "the Kazakh and Uzbek leaders". */
const PAIR_NAME =
  /^(?:the two(?: [a-z]+){0,3}|both [a-z]+(?: [a-z]+){0,2}|the (?:pair|duo|leaders|presidents|prime ministers|premiers|ministers|foreign ministers|heads of (?:state|government))|the [\p{L}-]+ and [\p{L}-]+ (?:leaders|presidents|prime ministers|premiers|foreign ministers|ministers|heads of (?:state|government))|they)$/iu;

/** A verb followed by an object of its own ("met business leaders"), not by an adverbial ("met for two hours"). */
const HAS_OBJECT =
  /^\s+(?!(?:for|on|in|at|by|near|of|about|regarding|concerning|via|outside|inside|amid|alongside|again|last|later|earlier|briefly|privately|alone|twice|once|over|during|after|before|until|since|this|that|yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|face-to-face|face to face|one-on-one|one on one|in-person|in person|separately|secretly|virtually|online|together|soon|next|here|there|regularly|informally|formally|behind|on|with|to|and|but|as|when|where|late|early|shortly|recently|previously|first|just|also|then|directly|both|each|often|frequently|several|many|every)\b)[a-z]/i;

/** "is in talks with", "remained in talks with": being in talks, told of its subject. */
const IN_TALKS_BEFORE =
  /\b(?:is|are|was|were|been|be|being|remains?|remained|entered|enters|engaged)\s+in\s+(?:[\w-]+\s+)?$/i;
/** Call verbs whose person is their direct object ("phoned him to congratulate him": the "to" is no addressee). */
const DIRECT_OBJECT_CALL = /^(?:phoned|telephoned|rang|called|calls|calling)$/i;
/** "called" as a phone call: only with a person right after it ("called him on election night"). */
const CALL_VERB = /^(?:called|calls|calling)$/i;
const CALLED_PERSON_AFTER =
  /^\s+(?:to (?:congratulate|thank|console|condole with) )?(?:him|her|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?![’'])(?=\s*(?:$|[,.;]|\s(?:on|late|early|last|yesterday|today|after|before|from|in|at|and|shortly|twice|again|back|to (?:congratulate|discuss|express|offer|thank|convey))\b))/u;
/** "called on X at her hotel" or "to discuss …" is a visit; "called on X to act" a demand. */
const CALLED_ON = /^(?:called|calls|call|calling) on$/i;
const DEMAND_AFTER =
  /^\s+[^.;]{0,80}?\bto\s+(?!(?:the|a|an|his|her|their|its|discuss|talk|review|brief|present|deliver|pay|convey|congratulate|thank|introduce|bid|say)\b)[a-z]+/;
/** ", which is hosted by": a passive whose subject is a relative pronoun for a thing. */
const THING_RELATIVE_BEFORE = /\bwhich\s+$/i;
/**
 * "last met", "previously held talks", "with whom he had spoken": an earlier event than the one the story tells
 * ("said he had met" is reported speech of the event itself, so a bare "had" is not enough).
 */
const EARLIER_BEFORE =
  /\b(?:last|previously|had\s+already|(?:with whom|whom|who)\s+(?:he|she|they|\p{Lu}[\p{L}-]+\s+)?\s*had(?:\s+(?:already|also|earlier))?)\s+$/iu;
/** "had also met", "also held talks": another occasion of people already told of. */
const ALSO_BEFORE = /\balso\s+$/i;
/** "hold another formal meeting", "a fresh round of talks": an event other than any told before it. */
const ANOTHER_BEFORE = /\b(?:another|a\s+(?:fresh|further|new)|fresh)\s+(?:[\w-]+\s+){0,2}$/i;
/** "met again": another occasion. */
const AGAIN_AFTER = /^\s+again\b/i;
/** "… since Macron received him at Versailles in May 2017": the event a since-clause counts from is an earlier one. */
const SINCE_BEFORE = /\bsince\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
/** The word {@link SINCE_BEFORE} needs, tested first: a literal search is far cheaper than the anchored-at-end scan. */
const SINCE_WORD = /since/iu;
const MULTILATERAL_BEFORE =
  /\b(?:three-way|four-way|trilateral|tripartite|quadrilateral|three-nation|four-nation|three-party|trinational)\s+(?:[\w-]+\s+)?$/i;
/** "the Tampa Bay Rays meet …": a capitalised subject the recogniser did not take for anyone is still a subject. */
const UNKNOWN_NAMED_SUBJECT = /(?:^|[^,;:]\s)(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){2,4}$/u;
/** "city|town|…": the settlement nouns as one regex alternation, for "the resort of X" in the place patterns. */
const SETTLEMENT_ALTERNATION = [...SETTLEMENT_NOUNS].join("|");
/** How far after its trigger a where-clause's own place may stand ("received by X in Goma"). */
const OWN_PLACE_REACH = 90;
const NARROWER_AFTER = new RegExp(
  String.raw`^(?:[’']s\s+|\s+(?:[\p{L}-]+\s+){0,2}(?:${SETTLEMENT_ALTERNATION}) of\s+)$`,
  "iu",
);
const WHERE_AFTER_PLACE = /^\s*,\s*where\s+(?:[\p{L}’'-]+\s+){0,4}$/u;
const RELATIVE_WHO_BEFORE =
  /,\s*who\s+(?:(?:had|have|has|also|last|first|later|then|previously|already)\s+)*(?:(?:held|holds|had|has|made|makes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)?$/i;

/** A sentence opening "It was …" / "This is …": its predicate is about the event told before it. */
/** "… met at APEC Haus before co-chairing the third summit": a deed told after the claim's, in a clause of its own. */
const NEXT_DEED = /\b(?:before|after|ahead of|prior to)\s+[a-z-]+ing\b/i;

/** "… before co-chairing the summit": a trigger told as the deed that followed the one before it. */
function isNextDeed(text: string, hit: { start: number; end: number }): boolean {
  return (
    /\b(?:before|ahead of|prior to)\s+$/i.test(text.slice(Math.max(0, hit.start - 12), hit.start)) &&
    // "… before being joined by their delegations" continues the event told before it.
    /^(?!being\b)[a-z-]+ing\b/i.test(text.slice(hit.start, hit.end))
  );
}

/** Where the deed after the trigger ending at `hitEnd` begins (its counts are its own), else `to`. */
function beforeNextDeed(text: string, hitEnd: number, to: number): number {
  if (hitEnd >= to) return to;
  const match = NEXT_DEED.exec(text.slice(hitEnd, to));
  return match ? hitEnd + match.index : to;
}

/** "telephone conversation", "video talks", "phone talks": a medium right before the talks noun. */
const REMOTE_MEDIUM_BEFORE = /\b(?:tele)?phone\s+$|\bvideo\s+$|\bvirtual\s+$/i;
/** ", by video call", "by telephone", "via videoconference" right after talks: the medium makes them a call. */
const REMOTE_MEDIUM_AFTER =
  /^[^.;]{0,40}?\b(?:by|via|over)\s+(?:a\s+)?(?:video(?:\s*(?:call|link|conference))?|videoconference|(?:tele)?phone|the\s+(?:tele)?phone)\b/i;

/** A clause that opens on its verb (", are expected to meet"), its subject told before the comma. */
const VERB_OPENS_CLAUSE = /^\s*,?\s*(?:is|are|was|were|has|have|had|will|would)\b/i;

/** " … and is due in Paris on Monday to ": a second verb phrase of the same subject before the trigger. */
const JOINED_VERB_PHRASE =
  /^[^,;]*?\band\s+(?:is|was|are|were|will|would|has|had|have|also|then|later)\s+(?:(?:due|set|expected|scheduled|to|be|been)\s+)?[^,;]*$/i;

/** ", whom he is due to ": a relative clause whose antecedent is the trigger's object. */
const WHOM_BEFORE = /,\s*whom\s+[^,;:.]*$/i;
/** "… and met", "… and later received", "… a day after meeting": a second verb joined right before the trigger. */
const AND_BEFORE_VERB =
  /^[^,;.]*\b(?:and\s+(?:(?:also|then|later|separately)\s+)?|(?:after|before|while|since)\s+)$/i;
/** ", before bringing", ", after meeting": a participle clause whose subject is the sentence's. */
const PARTICIPLE_CLAUSE_BEFORE = /,\s*(?:before|after|while|then)\s+$/i;

const QUOTE_MARKS = /^["“‘']+|["”’']+$/g;

/**
 * A quoted phrase of at most three words, its article outside, with no clause of its own (a '"secret meeting"');
 * '"a productive meeting"' quotes someone's words.
 */
const SCARE_QUOTE = /^["“'‘]?\s*(?!(?:a|an|the)\s)[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,2}\s*["”'’]?$/iu;

/** " and is due in Paris": where the next verb phrase of the same subject begins. */
const NEXT_VERB_PHRASE =
  /\s+and\s+(?:is|was|are|were|will be)\s+(?:due|expected|set|scheduled)\s|,?\s+(?:only\s+)?(?:if|unless|provided|as long as)\s/i;

/**
 * The end of the trigger's own verb phrase: before a following "and is due …" or a condition ("… only if Minsk
 * halted its support for the war in Ukraine"), else `to`.
 */
function ownPhraseEnd(text: string, from: number, to: number): number {
  const match = NEXT_VERB_PHRASE.exec(text.slice(from, to));
  return match ? from + match.index : to;
}

/** Openings of a stand-in aside: "standing in for Y", "representing Y", "on behalf of Y". */
const STAND_IN_OPENING = String.raw`(?:standing|filling|sitting)\s+in\s+for|representing|replacing|deputi[sz]ing\s+for|on\s+behalf\s+of|in\s+place\s+of`;
/** The rest of an aside up to its closing comma, where the verb follows. */
const ASIDE_TO_VERB = String.raw`\s[^,;]{1,80}(?:,\s[A-Z][^,;]{0,60}(?:,\s[^,;]{1,60})?)?,\s*(?:also\s+|later\s+|then\s+)?$`;
/** A clause that is only the aside "standing in for Y," before its verb. */
const STAND_IN_CLAUSE = new RegExp(`^(?:${STAND_IN_OPENING})${ASIDE_TO_VERB}`, "i");
/** ", who accompanied Y,", ", standing in for Y,": an aside between the subject and its verb, naming no subject. */
const RELATIVE_ASIDE_BEFORE = new RegExp(`,\\s+(?:who|whom|whose|${STAND_IN_OPENING})${ASIDE_TO_VERB}`, "i");

const COPULAR_OPENING = /^\s*(?:it|this)\s+(?:was|is|marked|marks)\s/i;
/** "It was the second time (this year) that …" up to a trigger in the that-clause. */
const COUNTING_CLEFT_BEFORE =
  /^\s*(?:it|this)\s+(?:was|is|marked|marks)\s+(?:the|their|his|her)\s+[\w-]+\s+time\b[^.;:]{0,40}?\s(?:that|when)\s[^.;:,]*$/i;

const COPULAR_PREDICATE =
  /\b(?:was|is|were|are|marks|marked|became|becomes|will be|would be)\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}$/i;

function isPair(context: ExtractionContext, mention: EntityMention | undefined): boolean {
  return mention !== undefined && participantIds(context, mention.entityId).length === 2;
}

/** "a US delegation", "the Mexican side", "the IMF team": a group that stands for the people who lead it. */
const LED_GROUP_NAME = /\b(?:delegations?|side|team|mission)$/i;
const COUNTED_NAME = /^the (three|four|five) /i;

/**
 * The people a participant stands for: the two members of "the two leaders", the leaders of "the US delegation"
 * (led by Blinken), else itself.
 */
export function participantIds(context: ExtractionContext, entityId: string): readonly string[] {
  const entity = context.entityById.get(entityId);
  if (entity?.type !== "group" || !entity.members || entity.members.length === 0) return [entityId];
  if (entity.members.length === 2 && PAIR_NAME.test(entity.name)) return entity.members;
  // "the three European leaders": as many members as the name counts.
  const counted = COUNTED_NAME.exec(entity.name)?.[1];
  if (counted !== undefined && entity.members.length === parseAmount(counted)) return entity.members;
  return LED_GROUP_NAME.test(entity.name) ? entity.members : [entityId];
}

/** An organisation that shares its name with a place ("the Kremlin") stands for the place. */
function asPlace(context: ExtractionContext, mention: EntityMention): EntityMention {
  const entity = context.entityById.get(mention.entityId);
  if (!entity || entity.type === "place") return mention;
  const name = entity.name.toLowerCase();
  for (const candidate of context.analysis.entities) {
    if (candidate.type === "place" && candidate.name.toLowerCase() === name)
      return { ...mention, entityId: candidate.id };
  }
  return mention;
}

function isCounterpart(context: ExtractionContext, mention: EntityMention): boolean {
  const type = context.entityById.get(mention.entityId)?.type;
  return type === "place" || type === "organization";
}

const LOCATIVE = new RegExp(
  String.raw`(?:\b(?:in|at|inside|near|outside|on the sidelines of|on the margins of)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:${SETTLEMENT_ALTERNATION}) of\s+)?(?:(?:central|northern|southern|eastern|western|downtown|historic|presidential|capital)\s+)*)$`,
  "i",
);
/** "told reporters in Berlin": where the speaker was, not where the event happened. */
const SPEAKER_PLACE =
  /\b(?:told|telling|tells|briefed|briefing|said|says|addressed|addressing)\s+(?:(?:reporters|journalists|the press|the media|(?:a|the) (?:news|press) conference|lawmakers|parliament)\s+)?(?:in|at)\s+(?:the\s+)?$/i;
const DESTINATION =
  /(?:\b(?:to|in|at|into|visit|visited|visits|visiting|toured)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|capital)\s+)*)$/i;

const ON_BEFORE = /\bon\s+(?:the\s+)?$/i;
const ISLAND_NAME = /\b(?:island|islands|isle|atoll|peninsula)\b/i;

/** "on Russky Island", "on the Korean Peninsula": "on" places an event only on land named so. */
function onIsland(text: string, place: EntityMention): boolean {
  return (
    ON_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)) && ISLAND_NAME.test(place.text)
  );
}

/** Places after a locative preposition in `[from, to)`; the nearest to `anchor` first. */
function locativePlaces(
  context: ExtractionContext,
  places: readonly EntityMention[],
  from: number,
  to: number,
  anchor: number,
  pattern: RegExp,
): EntityMention[] {
  const { text } = context.document;
  const found = places
    .filter(
      (p) =>
        p.start >= from &&
        p.end <= to &&
        (pattern.test(text.slice(Math.max(0, p.start - 40), p.start)) || onIsland(text, p)) &&
        !SPEAKER_PLACE.test(text.slice(Math.max(0, p.start - 50), p.start)),
    )
    .sort((a, b) => {
      const kind = (m: EntityMention) => (context.entityById.get(m.entityId)?.type === "place" ? 0 : 1);
      if (kind(a) !== kind(b)) return kind(a) - kind(b);
      const da = a.start >= anchor ? a.start - anchor : (anchor - a.end) * 1.5;
      const db = b.start >= anchor ? b.start - anchor : (anchor - b.end) * 1.5;
      return da - db;
    });
  // "in the Black Sea resort of Sochi", "in Japan's Nagato": the place named after is the narrower one.
  for (let k = 0; k < found.length; k++) {
    const broad = found[k] as EntityMention;
    const narrow = places.find(
      (q) =>
        q.start > broad.end &&
        q.start - broad.end < 40 &&
        NARROWER_AFTER.test(text.slice(broad.end, q.start)),
    );
    if (narrow) found[k] = narrow;
  }
  // The most specific place first: "at the palace in the capital" is at the palace.
  const inner = found.find((candidate) => {
    const within = context.entityById.get(candidate.entityId)?.within;
    return (
      within != null && found.some((outer) => context.entityById.get(outer.entityId)?.gazetteerId === within)
    );
  });
  return inner ? [inner, ...found.filter((candidate) => candidate !== inner)] : found;
}

const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "on",
  "at",
  "for",
  "of",
  "about",
  "over",
  "from",
  "into",
  "after",
  "before",
  "during",
  "ahead",
  "to",
  "amid",
]);

const ORDINAL_MODIFIER =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** A bare clock time ("12:40 GMT"): an entry's time stamp, not the day of a wished-for event. */
const CLOCK_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local time))?$/i;
const SPEAK_VERB = /^(?:spoke|spoken|speaks|speak|speaking|talked)\b/i;
const MEASURE_NOUN = /^(?:hours?|minutes?|rounds?)$/;
/** A trigger noun that modifies another noun names a thing, not an event ("a meeting schedule", "the summit venue"). */
const NOUN_COMPOUND_HEAD =
  /^\s+(?:schedules?|rooms?|venues?|agendas?|formats?|notes|records?|readouts?|halls?|places?|points?|calendars?|mechanisms?|table)\b/i;

/** A quoted phrase right before a noun (and any words between it and the noun). */
const QUOTED_MODIFIER_AT_END = /["“][^"“”]{1,60}["”](?=(?:\s+[\w-]+){0,2}\s*$)/;

function determinerBefore(
  text: string,
  position: number,
  floor: number,
): { word: string; lightVerb: boolean } {
  // 'a "long and meaningful" telephone conversation': a quoted description before the noun is one modifier.
  const before = text
    .slice(Math.max(floor, position - 80), position)
    .toLowerCase()
    .replace(QUOTED_MODIFIER_AT_END, " quoted-modifier ");
  // 'a "secret meeting"': quotation marks around the phrase are no word.
  const words = before
    .split(/[\s,]+/)
    .map((word) => word.replace(QUOTE_MARKS, ""))
    .filter(Boolean);
  let counted = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (NOUN_MODIFIER.test(word)) {
      counted ||= ORDINAL_MODIFIER.test(word);
      continue;
    }
    // "the sixth meeting with X" counts a new event, unlike "the meeting with X".
    if (counted && word === "the") return { word: "a", lightVerb: false };
    // "after four hours of talks": a measured amount of talks is a new event, like "a meeting".
    if (MEASURE_NOUN.test(word) && words[i + 1] === "of") return { word: "a", lightVerb: false };
    // "held a meeting", "had talks", "held separate meetings": the verb before the noun (or its article).
    const lightVerb =
      /^(?:held|hold|holds|had|has|have|having|holding)$/.test(word) ||
      /^(?:held|hold|holds|had|has|have|having|holding|for|attend|attended|attends|after|following|during|in|at|ahead)$/.test(
        words[i - 1] ?? "",
      ) ||
      /^(?:held|had|hold|holds|have|has)$/.test(words[i - 2] ?? "");
    if (/[’']s$/.test(word)) return { word: "'s", lightVerb };
    if ((word === "a" || word === "an") && words[i - 1] === "such") return { word: "such", lightVerb: false };
    return { word, lightVerb };
  }
  return { word: "", lightVerb: false };
}

/** The first non-attributor party of the sentence: who a subjectless clause is about. */
function sentenceSubject(
  parties: readonly EntityMention[],
  attributors: ReadonlySet<EntityMention>,
  text: string,
): EntityMention | null {
  for (let i = 0; i < parties.length; i++) {
    const mention = parties[i];
    if (!mention || attributors.has(mention)) continue;
    if (
      isPossessiveModifier(text, mention, parties[i + 1]) ||
      /^[’']s\b/.test(text.slice(mention.end, mention.end + 3))
    )
      continue;
    return mention;
  }
  return null;
}

/** "2019-06-28 08:55 — Trump met Abe …": the day a live-blog entry is stamped with, when the block opens with one. */
function entryStamp(context: ExtractionContext, block: { start: number; end: number }): string | null {
  const first = within(context.times, block.start, Math.min(block.end, block.start + 24))[0];
  if (!isOneDay(first) || first.start - block.start > 2) return null;
  return ENTRY_STAMP_AFTER.test(context.document.text.slice(first.end, first.end + 12))
    ? first.earliest
    : null;
}

const ENTRY_STAMP_AFTER = /^(?:\s*\d{1,2}[:.]\d{2})?\s*(?:[–—|-]|:\s)/;

/**
 * "2024-06-13 20:05 CEST" on a line of its own right before an entry, or before the entry's title: a live blog's
 * stamp, which ingest files as a dateline (boilerplate) or a heading.
 */
export function stampLineBefore(context: ExtractionContext, blockIndex: number): string | null {
  const { blocks } = context.layout;
  return stampBefore(blocks, blockIndex, (index) => {
    const block = blocks[index];
    if (!block) return null;
    const line = context.document.text.slice(block.start, block.end);
    return stampLineDay(block.kind, line, within(context.times, block.start, block.end)[0]);
  });
}

/** The day a heading names, when ingest did not date the section itself. */
function sectionDateFromHeading(
  context: ExtractionContext,
  heading: { start: number; end: number } | undefined,
): string | null {
  if (!heading) return null;
  const time = context.times.find(
    (t) =>
      t.start >= heading.start &&
      t.end <= heading.end &&
      // "2024-06-13 20:05 CEST": a live blog's entry stamp heads its entry like a date does.
      (t.type === "DATE" || t.type === "TIME") &&
      isOneDay(t),
  );
  return time?.earliest ?? null;
}

function kindOf(hit: TriggerHit): ClaimKind {
  if (hit.rule.form === "noun" && hit.rule.kind === "meeting" && TALKS_NOUNS.has(hit.text.toLowerCase()))
    return "talks";
  return hit.rule.kind;
}

const OFFSET_LEAD_AT_START = new RegExp(`^${OFFSET_LEAD.source}`);
const AFTER_OR_BEFORE_AT_START = /^(?:after|before)\s/i;
/** "barely ten days ", not "their second meeting in a month ": a distance, not a span something happened within. */
const DISTANCE_AT_END =
  /(?<!\b(?:in|within|for|over|of|than)\s+)\b(?:(?:just|only|barely|some|about|nearly|almost)\s+)?(?:[\w-]+\s+)(?:hours?|days?|weeks?|months?)\s+$/i;

/**
 * A clause of a sentence that tells another event than the sentence's own: `distance` states how far apart
 * ("ten days after …"), `event` sets it before or after another ("after Kishida's visit …"), `relative` is a
 * who-clause about a person ("X, who was sworn in two weeks ago, …").
 */
interface ApartClause extends TextRange {
  apart: "distance" | "event" | "relative";
}

/** The clauses of a sentence that open with a distance in time ("a day after …"), as ranges. */
function offsetClauses(text: string, starts: readonly number[], end: number): ApartClause[] {
  const ranges: ApartClause[] = [];
  for (let i = 1; i < starts.length; i++) {
    const from = starts[i] ?? end;
    const to = starts[i + 1] ?? end;
    // The offset phrase ends at its first comma: "shortly after arriving in Hanoi, Moon met X" goes on to the main clause.
    const comma = text.indexOf(",", from);
    const opening = text.slice(from, Math.min(to, from + 40));
    // "The visit came barely ten days | after the two leaders met …": the distance ends the clause before.
    const distanceBefore =
      AFTER_OR_BEFORE_AT_START.test(opening) &&
      DISTANCE_AT_END.test(text.slice(Math.max(0, from - 40), from));
    if (OFFSET_LEAD_AT_START.test(opening) || distanceBefore)
      ranges.push({
        start: from,
        end: comma >= 0 && comma < to ? comma : to,
        apart: distanceBefore || DISTANCE_LEAD.test(opening) ? "distance" : "event",
      });
  }
  // "Albanese, who was sworn in two weeks ago, arrived …": a relative clause's day is its own.
  const sentence = text.slice(starts[0] ?? 0, end);
  for (const match of matchesOf(RELATIVE_WHO_CLAUSE, sentence)) {
    const start = (starts[0] ?? 0) + (match.index ?? 0);
    ranges.push({ start, end: start + match[0].length, apart: "relative" });
  }
  return ranges;
}

/** ", who took over after the death of his father, Idriss Déby Itno, on the battlefield last month,": a name may be apposed inside. */
const RELATIVE_WHO_CLAUSE = /,\s*who\s[^,;:“”"]{1,80}(?:,\s[A-Z][^,;:“”"]{0,40}(?:,\s[^,;:“”"]{1,40})?)?,/g;

const NEVER_BEFORE = /\b(?:have|has|had)?\s*never\s+$/i;
const MOST_RECENT_OF_COUNT =
  /\b(?:(\w+) times|(twice|thrice)|repeatedly|several times|often|regularly)(?:\s+(?:since|over|during|in|before|after)\b[^,;.]{0,60})?\s*,\s*(?:most recently|the last time|last)\s+(?:in|on|at|during|last|this|earlier)\b/i;
const WHERE_OPENING = /^where\s/i;

/** "He travelled to Sochi in May, where he met X": a where-clause reads its place and day from the clause before it. */
function whereClauseWithAntecedent(
  text: string,
  starts: readonly number[],
  clause: { from: number; to: number },
): { from: number; to: number } {
  if (!WHERE_OPENING.test(text.slice(clause.from, clause.from + 6))) return clause;
  const index = starts.indexOf(clause.from);
  return index > 0 ? { from: starts[index - 1] ?? clause.from, to: clause.to } : clause;
}

/** The start of a party written right before a quotation that continues its clause ('X "was ready to meet"'). */
function speakerBefore(text: string, parties: readonly EntityMention[], quoteStart: number): number | null {
  const party = parties.findLast((m) => m.end <= quoteStart && quoteStart - m.end <= 24);
  return party && QUOTE_CONTINUES.test(text.slice(party.end, quoteStart)) ? party.start : null;
}

/** Between a subject and the quotation that continues its clause: nothing, or a copula ('he was "ready to …"'). */
/** A correction's account of what the story wrongly said before. */
const RETRACTED =
  /\b(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report|piece)\s+(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave)\b/i;

const QUOTE_CONTINUES =
  /^\s*(?:(?:was|is|are|were|remains|remained|has been|had been|would be|will be)\s+)?$/i;

/** Claim drafts for one sentence. */
export function claimsInSentence(context: ExtractionContext, sentenceIndex: number): ClaimDraft[] {
  const { document, layout } = context;
  const { text } = document;
  const sentence = layout.sentences[sentenceIndex];
  if (!sentence) return [];
  const block = layout.blocks[sentence.block];
  if (!block || block.boilerplate) return [];
  const hits = findTriggers(text, sentence.start, sentence.end, context.triggers);
  if (hits.length === 0) return [];
  // "Correction: An earlier version of this story said X and Y met on Tuesday": what was retracted is no claim.
  if (RETRACTED.test(text.slice(sentence.start, sentence.end))) return [];
  const mentions = context.mentionsBySentence[sentenceIndex] ?? [];
  const parties = mentions.filter((m) => isParty(context, m) && !isNamesake(text, m.start, m.end));
  const places = mentions.filter((m) => isPlace(context, m));
  const counterparts = mentions.filter((m) => isCounterpart(context, m));
  const sentenceAttribution = findAttribution(context, sentence, parties, mentions);
  const attributors = new Set(sentenceAttribution?.mentions ?? []);
  const starts = clauseStarts(text, sentence.start, sentence.end);
  const foreign = offsetClauses(text, starts, sentence.end);
  const quotes = quoteSpans(text, sentence.start, sentence.end);
  const drafts: ClaimDraft[] = [];
  const genericSentence = GENERIC_CUES.test(text.slice(sentence.start, sentence.end));
  let holdsOrdinal: boolean | undefined;
  const mayCount = (): boolean => {
    holdsOrdinal ??= mayHoldOrdinal(text, sentence.start, sentence.end);
    return holdsOrdinal;
  };
  for (const hit of hits) {
    let clause = whereClauseWithAntecedent(text, starts, clauseAround(starts, sentence.end, hit.start));
    // 'had held a "secret meeting"': a quoted phrase is a word choice, not a quotation with its own clause.
    const quote = quotes.find(
      (q) => q.from <= hit.start && hit.end <= q.to && !SCARE_QUOTE.test(text.slice(q.from, q.to)),
    );
    // 'Mitsotakis "was and remains ready to meet Mr Sunak"': the party right before the quote is its subject.
    // 'he was "always ready to meet" him': a quote that ends on the verb leaves its object outside.
    if (quote)
      clause = {
        from: speakerBefore(text, parties, quote.from) ?? quote.from,
        to: /^[\s”"’']*$/.test(text.slice(hit.end, quote.to)) ? Math.max(quote.to, clause.to) : quote.to,
      };
    // "have met three times, most recently in Pyongyang in September": the latest of the count is one event.
    // The latest may be told past a since-clause that ends the count's own clause ("several times since …, most recently").
    const latest = genericSentence ? MOST_RECENT_OF_COUNT.exec(text.slice(clause.from, sentence.end)) : null;
    if (genericSentence && !latest && GENERIC_CUES.test(text.slice(clause.from, clause.to))) continue;
    // "agreed to begin negotiations on a reciprocal access agreement": a process agreed on, not a meeting held.
    if (
      NEGOTIATING_A_DEAL.test(
        text.slice(Math.max(clause.from, hit.start - 20), Math.min(clause.to, hit.end + 12)),
      )
    )
      continue;
    // "It is unclear whether they will meet": an open question is no claim (a comma after it ends the question).
    // "would not be drawn on whether X could meet Y": a possibility asked about stays one (hypothetical).
    const asked = /\bwhether\b([^,;]*)$/i.exec(text.slice(clause.from, hit.start));
    // "Asked whether X would be received by Y, an official said there was no plan for such a meeting": answered no.
    const comma = text.indexOf(",", hit.end);
    const answeredNo =
      asked !== null &&
      comma >= 0 &&
      comma < sentence.end &&
      DENIAL_CUES.test(text.slice(comma, sentence.end));
    if (asked && !answeredNo && !/\b(?:could|might)\s+(?:[\p{L}-]+\s+)?$/iu.test(asked[1] ?? "")) continue;
    // "Orbán has said his parliament will take up the bids early next year; Marin said she was ready to meet
    // Orbán": a saying in another semicolon part of the sentence attributes nothing of this claim; its own part's may.
    const attribution = partAttribution(context, sentence, hit, sentenceAttribution, parties, mentions);
    const draft = buildDraft(context, hit, clause, sentenceIndex, {
      parties,
      places,
      counterparts,
      attributors,
      quoted: Boolean(quote),
      foreign,
      attributionSpan: attribution ? { start: attribution.start, end: attribution.end } : null,
      mayCount,
      afterClaim: drafts.length > 0,
    });
    if (!draft) continue;
    if (latest) {
      const count = latest[2] ? (/^twice$/i.test(latest[2]) ? 2 : 3) : parseAmount(latest[1] ?? "");
      if (count !== null && Number.isInteger(count) && !draft.ordinal)
        draft.ordinal = { value: count, text: latest[0] };
    }
    if (attribution && !(quote && attribution.start > quote.from && attribution.end < quote.to)) {
      draft.attribution = { entityId: attribution.entityId, text: attribution.text };
      draft.attributionSpan = { start: attribution.start, end: attribution.end };
      draft.sayerIsParticipant =
        attribution.entityId !== null && draft.participants.includes(attribution.entityId);
    }
    const modality = answeredNo
      ? ({ modality: "denied", cued: true } as const)
      : modalityOf(text, clause, hit, sentence, draft);
    draft.modality = modality.modality;
    draft.modalityCued = modality.cued;
    // "Noda said this week he is ready to meet Ishiba": the day of the saying is not the day of a wish, nor is a
    // day another clause tells ("… take up the bids early next year; Marin said she was ready to meet Orbán").
    if (modality.modality === "hypothetical" && (draft.dateFromSaying || draft.dateFromSentence)) {
      draft.date = null;
      draft.dateFromSaying = false;
    }
    // "The two talked for an hour and agreed to embark on negotiations": the length told in another clause is
    // the talks', not the plan's.
    if (
      draft.durationFromSentence &&
      (modality.modality === "planned" || modality.modality === "hypothetical")
    )
      draft.duration = null;
    // The day a section was told is not the day a planned or wished-for event will happen.
    if (
      (draft.dateFromSection || CLOCK_ONLY.test(draft.date?.text ?? "")) &&
      (modality.modality === "planned" || modality.modality === "hypothetical")
    )
      draft.date = null;
    if (modality.modality === "skip") continue;
    // "The pair have never met in person": a fact about no event, unless someone is denying one.
    if (
      draft.modality === "denied" &&
      !draft.attribution &&
      NEVER_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 20), hit.start))
    )
      continue;
    drafts.push(draft);
  }
  for (const draft of drafts) if (takesAnothersDay(draft, drafts)) draft.date = null;
  return [
    ...drafts,
    ...drafts.flatMap((draft) => [
      ...metAgainElsewhere(context, draft, places, sentence),
      ...talkedWithNext(context, draft, parties, sentence),
      ...metNextElsewhere(context, draft, parties, places, sentence),
    ]),
  ];
}

/** The attribution of the semicolon part of `sentence` that holds `hit` (the sentence's own when it lies there). */
function partAttribution(
  context: ExtractionContext,
  sentence: Sentence,
  hit: TextRange,
  sentenceAttribution: ReturnType<typeof findAttribution>,
  parties: readonly EntityMention[],
  mentions: readonly EntityMention[],
): ReturnType<typeof findAttribution> {
  if (sentenceAttribution === null) return null;
  const part = semicolonPart(context.document.text, sentence, hit);
  if (sentenceAttribution.start >= part.from && sentenceAttribution.end <= part.to)
    return sentenceAttribution;
  const within = (m: EntityMention) => m.start >= part.from && m.end <= part.to;
  return findAttribution(
    context,
    { ...sentence, start: part.from, end: part.to },
    parties.filter(within),
    mentions.filter(within),
  );
}

/** The stretch of `sentence` between the semicolons around `hit` (the whole sentence when it has none). */
function semicolonPart(text: string, sentence: Sentence, hit: TextRange): { from: number; to: number } {
  const before = text.lastIndexOf(";", hit.start);
  const after = text.indexOf(";", hit.end);
  return {
    from: before >= sentence.start ? before + 1 : sentence.start,
    to: after >= 0 && after < sentence.end ? after : sentence.end,
  };
}

/** "… at the Government Office and ": a place told after the object, then the next object. */
const PLACE_THEN_AND = /^[^.;]{0,60}?\s(?:at|in)\s+[^,;.]{2,60}?\s+and\s+/i;
/** What follows a second object of its own meeting: its place, or the sentence's end. */
const OWN_PLACE_OR_END = /^\s*(?:(?:at|in)\b|[.;]|$)/i;

/**
 * "Moon met Prime Minister Phuc at the Government Office and Party leader Trong at the Party headquarters": a
 * second object told with a place of its own after the first object's place is a second meeting of the subject.
 */
function metNextElsewhere(
  context: ExtractionContext,
  draft: ClaimDraft,
  parties: readonly EntityMention[],
  places: readonly EntityMention[],
  sentence: Sentence,
): ClaimDraft[] {
  const { text } = context.document;
  const subject = draft.participants[0];
  if (
    draft.form !== "verb" ||
    draft.kind !== "meeting" ||
    draft.participants.length !== 2 ||
    subject === undefined
  )
    return [];
  const object = parties.find((m) => m.entityId === draft.participants[1] && m.start >= draft.trigger.end);
  if (!object) return [];
  const match = PLACE_THEN_AND.exec(text.slice(object.end, sentence.end));
  if (!match) return [];
  const andEnd = object.end + match[0].length;
  const next = parties.find((m) => m.start >= andEnd && m.start - andEnd < 50);
  if (
    !next ||
    draft.participants.includes(next.entityId) ||
    /[,;]/.test(text.slice(andEnd, next.start)) ||
    // "met X in Astana and held talks with Y": a verb of its own tells that meeting.
    context.triggers.some((t) => t.start >= andEnd && t.end <= next.start) ||
    !OWN_PLACE_OR_END.test(text.slice(next.end, sentence.end))
  )
    return [];
  const place = places.find((m) => m.start >= next.end && m.start - next.end < 12);
  return [
    {
      ...draft,
      trigger: { start: andEnd, end: next.end },
      participants: [subject, next.entityId],
      location: place ? place.entityId : null,
      locationFromSentence: place !== undefined,
      duration: null,
      ordinal: null,
      evidence: [...draft.evidence],
      another: true,
    },
  ];
}

/** ", and on Wednesday night with Y": the same verb, told again for another day and counterpart. */
const AND_ON_DAY_WITH =
  /,?\s+and\s+((?:on|late on|early on|last|earlier|later|in)\s+[^,;.]{1,30}?)\s+with\s+/gi;
/** The word {@link AND_ON_DAY_WITH} needs. */
const WITH_WORD = /\bwith\b/i;

/**
 * "X also spoke Friday with Y, …, and on Wednesday night with Z": the subject of a with-verb met, called or
 * talked with the party after the second "with" on the day told before it.
 */
function talkedWithNext(
  context: ExtractionContext,
  draft: ClaimDraft,
  parties: readonly EntityMention[],
  sentence: Sentence,
): ClaimDraft[] {
  const { text } = context.document;
  const subject = draft.participants[0];
  if (draft.form !== "verb" || draft.kind === "visit" || subject === undefined) return [];
  const rest = text.slice(draft.trigger.end, sentence.end);
  if (!WITH_WORD.test(rest)) return [];
  const made: ClaimDraft[] = [];
  for (const match of rest.matchAll(AND_ON_DAY_WITH)) {
    const at = draft.trigger.end + match.index;
    const withEnd = at + match[0].length;
    const party = parties.find((m) => m.start >= withEnd && m.start - withEnd < 40);
    if (!party || party.entityId === subject || !/^[^,;.]*$/.test(text.slice(withEnd, party.start))) continue;
    const dayStart = at + match[0].indexOf(match[1] ?? "");
    const day = within(context.times, dayStart, withEnd).find(
      (t) => (t.type === "DATE" || t.type === "TIME") && (t.earliest !== null || t.weekday !== null),
    );
    if (!day) continue;
    const picked = toPicked(day);
    made.push({
      ...draft,
      trigger: { start: dayStart, end: withEnd },
      participants: [subject, party.entityId],
      location: null,
      locationFromSentence: false,
      date: picked.span,
      weekday: picked.weekday,
      weekdayText: picked.weekdayText,
      duration: null,
      ordinal: null,
      evidence: [...draft.evidence],
      another: true,
    });
  }
  return made;
}

/** "which had not met", "which meets": a relative pronoun for a thing as the verb's subject. */
const WHICH_SUBJECT_BEFORE =
  /\bwhich\s+(?:(?:has|had|have|will|would|also|not|never|last|first|regularly)\s+){0,3}$/i;

/** "hosted by Haddad for": the host, then the guests the thing was hosted for. */
const HOSTED_FOR = /^\s+by\s+[^.;,]{1,50}?\s+for\s+/i;

/** "a working dinner at the Copacabana Fort for": a meal hosted for the people named after it. */
const MEAL_FOR =
  /^\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:dinner|lunch|luncheon|breakfast|reception|banquet)\b[^.;]{0,60}?\bfor\s+/iu;

/** "agreed to begin negotiations on a …": the start of negotiations over a deal. */
const NEGOTIATING_A_DEAL =
  /\bagree(?:d|s)?\s+to\s+(?:begin|start|open|launch)\s+(?:[\w-]+\s+)?negotiations\s+(?:on|for|over|towards)\s+(?:a|an)\b/i;

/** "a delegation of the Economic Community of West African States led by": a group named by who leads it. */
const GROUP_LED_BY =
  /^\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:delegation|team|mission|group)\b[^.;]{0,90}?\b(?:led|headed)\s+by\s+/iu;

/** "The two first met in Davos": the first meeting of the people it names. */
function firstMet(text: string, hit: TextRange): Ordinal | null {
  if (!/^met$/i.test(text.slice(hit.start, hit.end))) return null;
  return /\bfirst\s+$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start))
    ? { value: 1, text: "first met" }
    : null;
}

/** ", and again in Sofia on 17.05.2018": a second meeting told by ellipsis after the first one's place and day. */
const AGAIN_IN = /,?\s+and\s+(?:then\s+|later\s+)?again\s+(?:in|at|during|on)\s+/gi;
/**
 * "They met in Brussels on 21 February 2021 …, and in Vilnius on 9 August 2022": after a meeting told with its own
 * place and day, another place and day joined by "and" list another meeting of the same people.
 */
const AND_IN = /,\s+and\s+(?:in|at)\s+/gi;
/** The word {@link AGAIN_IN} needs: a literal test spares its scan on most sentences. */
const AGAIN_WORD = /again/i;
/** "… and again in a brief call in December": the second occasion named by its kind rather than its place. */
const AGAIN_EVENT = /^(?:a|an)\s+(?:[\w-]+\s+){0,2}?(call|conversation|meeting|talks)\b/i;

/**
 * Another occasion of the same people as `draft`, told by ellipsis at `told` ("…, and again in Sofia on …"): its
 * own place and day, none of the first one's weekday, length or count.
 */
function anotherOccasionOf(
  draft: ClaimDraft,
  told: Pick<ClaimDraft, "trigger" | "location" | "locationFromSentence" | "date"> &
    Partial<Pick<ClaimDraft, "kind">>,
): ClaimDraft {
  return {
    ...draft,
    ...told,
    participants: [...draft.participants],
    weekday: null,
    weekdayText: null,
    duration: null,
    ordinal: null,
    evidence: [...draft.evidence],
    another: true,
  };
}

/** The meetings {@link AND_IN} lists after a draft told with its own place and day; each needs both, and no verb. */
function listedElsewhere(
  context: ExtractionContext,
  draft: ClaimDraft,
  places: readonly EntityMention[],
  sentence: Sentence,
  rest: string,
): ClaimDraft[] {
  if (!draft.location || !draft.locationFromSentence || !isOneDay(draft.date) || draft.kind === "call")
    return [];
  const { text } = context.document;
  const made: ClaimDraft[] = [];
  for (const match of rest.matchAll(AND_IN)) {
    const placeStart = draft.trigger.end + match.index + match[0].length;
    const place = places.find((m) => m.start === placeStart);
    if (!place) continue;
    const day = within(context.times, place.end, Math.min(sentence.end, place.end + 40)).find(
      (t) => t.type === "DATE" && isOneDay(t) && t.start - place.end <= 5,
    );
    if (!day) continue;
    // Up to the next comma or the sentence's end: a verb there tells a deed of its own ("and in Paris he met X").
    const comma = text.indexOf(",", day.end);
    const segmentEnd = comma >= 0 && comma < sentence.end ? comma : sentence.end;
    if (context.triggers.some((hit) => hit.start >= placeStart && hit.start < segmentEnd)) continue;
    made.push(
      anotherOccasionOf(draft, {
        trigger: { start: place.start, end: place.end },
        location: place.entityId,
        locationFromSentence: true,
        date: toPicked(day).span,
      }),
    );
  }
  return made;
}

/**
 * "The two first met in Davos on 24.01.2018 … and again in Sofia on 17.05.2018", "had spoken by telephone in
 * June, … and again in a brief call in December": the people of a claim told as met "again in <place or event>
 * on <day>" met a second time, there and then.
 */
function metAgainElsewhere(
  context: ExtractionContext,
  draft: ClaimDraft,
  places: readonly EntityMention[],
  sentence: Sentence,
): ClaimDraft[] {
  const { text } = context.document;
  if (draft.form !== "verb" || draft.kind === "visit") return [];
  const made: ClaimDraft[] = [];
  const rest = text.slice(draft.trigger.end, sentence.end);
  made.push(...listedElsewhere(context, draft, places, sentence, rest));
  if (!AGAIN_WORD.test(rest)) return made;
  for (const match of rest.matchAll(AGAIN_IN)) {
    const at = draft.trigger.end + match.index;
    const placeStart = at + match[0].length;
    const place =
      draft.kind === "call"
        ? undefined
        : places.find((m) => m.start >= placeStart && m.start - placeStart < 6);
    const event = place ? null : AGAIN_EVENT.exec(text.slice(placeStart, sentence.end));
    // "… on Wednesday (31) and again on Friday (2)": the second occasion named by its day alone.
    const onDay = /\son\s+$/i.test(match[0]);
    if (!place && !event && !onDay) continue;
    const after = place ? place.end : placeStart + (event?.[0].length ?? 0);
    const day = within(
      context.times,
      onDay && !place ? placeStart : after,
      Math.min(sentence.end, after + 40),
    ).find((t) => (t.type === "DATE" || t.type === "TIME") && t.earliest !== null);
    if (onDay && !place && (!day || day.start !== placeStart)) continue;
    const again = at + match[0].search(/again/i);
    const noun = event?.[1]?.toLowerCase();
    made.push(
      anotherOccasionOf(draft, {
        kind: noun === "call" || noun === "conversation" ? "call" : draft.kind,
        trigger: { start: again, end: again + "again".length },
        location: place ? place.entityId : null,
        locationFromSentence: place !== undefined,
        date: day ? toPicked(day).span : null,
      }),
    );
  }
  return made;
}

/**
 * "said he had a call with X on Wednesday night, and that he is ready to meet him": a wish told in another clause
 * than the day another claim of the sentence tells in its own clause takes no day from it.
 */
function takesAnothersDay(draft: ClaimDraft, drafts: readonly ClaimDraft[]): boolean {
  const date = draft.date;
  if (!date || !draft.dateFromSentence || draft.modality !== "hypothetical") return false;
  return drafts.some(
    (other) =>
      other !== draft &&
      !other.dateFromSentence &&
      other.date?.earliest === date.earliest &&
      other.date.latest === date.latest,
  );
}

interface SentenceParties {
  parties: readonly EntityMention[];
  places: readonly EntityMention[];
  counterparts: readonly EntityMention[];
  attributors: ReadonlySet<EntityMention>;
  quoted: boolean;
  /** Clauses of the sentence that tell another event at a distance in time ("…, a day after talks with X"). */
  foreign: readonly ApartClause[];
  attributionSpan: { start: number; end: number } | null;
  /** Whether the sentence may state an ordinal ({@link mayHoldOrdinal}), worked out once for all its triggers. */
  mayCount: () => boolean;
  /** Whether a claim of the sentence was told before this trigger. */
  afterClaim: boolean;
}

const WITH_AFTER = /^[^.;:“”"]{0,60}?\b(?:with|to)\s+(?=\S)/i;
const WITH_ONLY_AFTER = /^[^.;:,“”"]{0,60}?\bwith\s+(?=\S)/i;
const BETWEEN_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:between|of)\s+(?=\S)|^\s+(?:[\p{L}-]+\s+){0,4}?between\s+(?=\S)/iu;

function sinceBefore(text: string): boolean {
  return SINCE_WORD.test(text) && SINCE_BEFORE.test(text);
}

/** The end of "in <place>" / "at <place>" told right after `position`, if one is. */
function placeRightAfter(
  context: ExtractionContext,
  text: string,
  places: readonly EntityMention[],
  position: number,
  limit: number,
): number | null {
  const place = places.find(
    (p) =>
      p.start > position &&
      p.end <= limit &&
      isPlace(context, p) &&
      /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(position, p.start)),
  );
  return place ? place.end : null;
}

/** The end of a date told right after `position` ("on Wednesday", "last week"), if one is. */
function dateRightAfter(context: ExtractionContext, position: number, limit: number): number | null {
  const { text } = context.document;
  for (const time of within(context.times, position, limit)) {
    if (time.start > position + 5) break;
    if (time.type !== "DATE" && time.type !== "TIME") continue;
    return /^\s*(?:on\s+)?$/i.test(text.slice(position, time.start)) ? time.end : null;
  }
  return null;
}

/** "A meeting with …" opening a sentence: an event whose subject the story has told before. */
const OPENS_ON_EVENT_WITH = /^\s*(?:a|an)\s+(?:[\w-]+\s+)?$/i;
/** "also attended the ", "sat in on the ": joining an event told before. */
const ATTENDED_THE_BEFORE =
  /\b(?:attended|sat\s+in\s+on|took\s+part\s+in)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** ", who had spoken by telephone over the weekend, ": a relative clause right before the clause of the verb. */
const RELATIVE_ASIDE_BEFORE_CLAUSE = /,\s*(?:who|which|whose)\b[^;:]*,\s*$/i;
/** "received an invitation from", "receiving a letter from": what was received is a thing, not a visitor. */
const THING_RECEIVED_AFTER =
  /^\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:invitations?|messages?|letters?|awards?|prizes?|reports?|requests?|notes?|gifts?|texts?|emails?|assurances?|guarantees?|offers?|proposals?|questions?)\b/i;
/** "are met", "have been met": the verb in the passive (an agent would have made it a passive trigger). */
const PASSIVE_AUXILIARY_BEFORE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|fully|already|largely)\s+)?$/i;
/** "convened an emergency meeting of …", "chaired a session of …": the one who calls the meeting. */
const CONVENED_BEFORE =
  /\b(?:convened|convenes|convene|convening|called|calls|chaired|chairs|chairing|hosted|hosts|hosting|summoned|summons)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** "… joined by X for a trilateral meeting": what the joining was for. */
const JOINED_FOR_SITTING =
  /^[^.;]{0,80}?\b(?:for|in|at)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}(?:talks|meeting|session|summit|dinner|lunch|breakfast|negotiations)\b/i;
/** "It was their fourth round of …": a sentence that opens on counting the event told before it. */
const COUNT_OPENER =
  /^\s*(?:it|this|that)\s+(?:was|is|marks|marked|were)\s+(?:the|their)\s+(?:[\w-]+\s+){0,4}$/i;
/** "In a meeting on Tuesday, …", "At their talks in Rome, …": a sentence that opens on the event it tells. */
const FRONTED_EVENT = /^\s*(?:in|during|at|over)\s+(?:(?:a|an|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const AFTER_WORDS: ReadonlySet<string> = new Set(["after", "following"]);
/** "was met at the airport by", "greeted on arrival at the air base": a welcome, not the talks a trip is for. */
const ARRIVAL_WELCOME =
  /^(?:was|were|been|being|is|are|be)\s+(?:[\p{L}-]+\s+){1,2}?(?:at\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:airport|air\s?base|airfield|tarmac)|on\s+(?:his|her|their)?\s*arrival|upon\s+(?:his|her|their)?\s*arrival)\b/iu;
/** "denied that any meeting had taken place": a quantified noun, never a gerund taking an object. */
const QUANTIFIERS: ReadonlySet<string> = new Set(["any", "no", "every", "each", "such"]);
/** A negation or denial before an event noun: "denied that … any talks", "had not been any meeting". */
const NEGATED_BEFORE = /\b(?:not|no|never|nor|without|den(?:y|ies|ied|ying)|rejected|dismissed)\b|n['’]t\b/i;
/** "no request for a ", "no plans for ": an event noun nobody asked or planned for. */
const NO_REQUEST_BEFORE =
  /\bno\s+(?:formal\s+)?(?:requests?|proposals?|plans?|invitations?|offers?)\s+(?:for|of)\s+(?:a\s+|an\s+|any\s+)?$/i;
/** Determiners that make an event noun stand for a kind of event ("any talks", "every meeting"). */
const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(["any", "every"]);
/** "During talks in Lisbon, …": the event fronted with no determiner. */
const BARE_FRONTED_EVENT =
  /^\s*(?:during|in|at)\s+(?:(?!(?:the|this|that|these|those|its|his|her)\s)[\w-]+\s+)?$/i;
/** "…, X told Y that": a speaker addressing someone. */
const ADDRESSES_AFTER =
  /^\s*,?\s+(?:told|assured|urged|informed|asked|warned|pressed|promised|reminded|thanked|invited|congratulated)\s/i;

function buildDraft(
  context: ExtractionContext,
  hit: TriggerHit,
  clause: { from: number; to: number },
  sentenceIndex: number,
  found: SentenceParties,
): ClaimDraft | null {
  const { text } = context.document;
  const sentence = context.layout.sentences[sentenceIndex];
  if (!sentence) return null;
  // "It was the second time this year that X met Y": the cleft counts the event told before; no new one.
  if (COUNTING_CLEFT_BEFORE.test(text.slice(sentence.start, hit.start))) return null;
  const clauseParties = found.parties.filter(
    (m) => m.start >= clause.from && m.end <= clause.to && !found.attributors.has(m),
  );
  const kind = kindOf(hit);
  let participants: EntityMention[] = [];
  let counterpart = false;
  let topicSubject = false;
  let fromSentence = false;
  let placeMention: EntityMention | null = null;
  const after = text.slice(hit.end, clause.to);
  const withFound =
    (hit.rule.form === "travel"
      ? null
      : hit.text.toLowerCase().endsWith(" to")
        ? null
        : WITH_ONLY_AFTER.exec(after)) ??
    (hit.rule.kind === "call" && !DIRECT_OBJECT_CALL.test(hit.text) ? WITH_AFTER.exec(after) : null);
  // "met X in Astana and held talks with Y": a "with" past another trigger is that trigger's.
  const withMatch =
    withFound &&
    context.triggers.some(
      (t) => t.rule.form !== "noun" && t.start > hit.end && t.start < hit.end + withFound[0].length,
    )
      ? null
      : withFound;
  const withChain = withMatch
    ? chainAfter(text, clauseParties, hit.end + withMatch[0].length, clause.to, 80)
    : [];
  const withCounterpart = withMatch
    ? found.counterparts.some(
        (m) =>
          m.start >= hit.end + withMatch[0].length &&
          m.start - (hit.end + withMatch[0].length) < 25 &&
          m.end <= clause.to,
      )
    : false;
  // "X, who accompanied Y, met Z": the relative clause between the subject and its verb names no subject.
  const aside = RELATIVE_ASIDE_BEFORE.exec(text.slice(clause.from, hit.start));
  const asideStart = aside ? clause.from + aside.index : hit.start;
  // "X, standing in for Y, met Z": a clause that opens on the aside has its subject before it.
  const standIn = STAND_IN_CLAUSE.test(text.slice(clause.from, hit.start));
  const left = standIn
    ? chainBefore(
        text,
        found.parties.filter((m) => m.end <= clause.from && !found.attributors.has(m)),
        sentence.start,
        clause.from,
      )
    : chainBefore(
        text,
        clauseParties.filter(
          (m) =>
            m.end <= hit.start &&
            !(m.start >= asideStart) &&
            !/\b(?:of|for|from|about|to|with)\s+(?:the\s+)?$/i.test(
              text.slice(Math.max(0, m.start - 12), m.start),
            ),
        ),
        clause.from,
        asideStart,
      );
  // "Kerry flies to Jerusalem to brief Netanyahu and is due in Paris to meet Fabius": a verb phrase joined by
  // "and" shares the sentence's subject, not the object named last before it.
  const lastLeft = left[left.length - 1];
  const joinedVerbPhrase =
    lastLeft !== undefined &&
    (JOINED_VERB_PHRASE.test(text.slice(lastLeft.end, hit.start)) ||
      // "X had held talks with A in Buenos Aires and met B the previous day", "holding talks with A a day after
      // meeting B": A is the first verb's object.
      (AND_BEFORE_VERB.test(text.slice(lastLeft.end, hit.start)) &&
        context.triggers.some((t) => t.start >= clause.from && t.end <= lastLeft.start)) ||
      // "X met A and B separately, before bringing them together": the participle's subject is the sentence's
      // (not when A and B are themselves the subject: "A and B met in Belgrade, before chairing …").
      (PARTICIPLE_CLAUSE_BEFORE.test(text.slice(lastLeft.end, hit.start)) &&
        !context.triggers.some((t) => t.start >= lastLeft.end && t.end <= hit.start)));
  const leftOrSubject = (): EntityMention[] => {
    if (left.length > 0 && !joinedVerbPhrase) return left;
    // "The foreign ministers, A and B, are expected to meet": the clause opens on the verb; its subject is the
    // apposition just before it.
    if (left.length === 0 && VERB_OPENS_CLAUSE.test(text.slice(clause.from, hit.start))) {
      const apposed = chainBefore(
        text,
        found.parties.filter((m) => m.end <= clause.from && !found.attributors.has(m)),
        sentence.start,
        clause.from,
      );
      // "X, the EU neighbourhood commissioner, is due to travel": an apposition may stand between.
      if (
        apposed.length > 0 &&
        /^\s*,?\s*$|^\s*,\s*(?:the|a|an|his|her)\s[^,;.:()“”"]{1,60},\s*$/.test(
          text.slice(apposed[apposed.length - 1]!.end, clause.from),
        )
      )
        return apposed;
      // "Holguin and Maduro, who had spoken by telephone over the weekend, are scheduled to meet": the subject
      // before the relative clause that stands between it and its verb.
      const aside = RELATIVE_ASIDE_BEFORE_CLAUSE.exec(text.slice(sentence.start, clause.from));
      if (aside) {
        const asideStart = sentence.start + aside.index;
        const subject = chainBefore(
          text,
          found.parties.filter((m) => m.end <= asideStart && !found.attributors.has(m)),
          sentence.start,
          asideStart,
        );
        if (subject.length > 0 && /^\s*$/.test(text.slice(subject[subject.length - 1]!.end, asideStart)))
          return subject;
      }
    }
    // "… Mahuta and her counterpart Payne, who held talks in April": the relative clause's antecedent.
    const relative = RELATIVE_WHO_BEFORE.exec(
      text.slice(Math.max(sentence.start, hit.start - 60), hit.start),
    );
    if (relative) {
      const comma = hit.start - relative[0].length;
      // "Rama, who met the ambassador …, told reporters": the antecedent is the relative's subject, sayer or not.
      const antecedent = chainBefore(
        text,
        found.parties.filter((m) => m.end <= comma),
        sentence.start,
        comma,
      );
      if (antecedent.length > 0) return antecedent;
    }
    const subject = sentenceSubject(
      found.parties.filter((m) => m.end <= hit.start),
      found.attributors,
      text,
    );
    if (
      hit.rule.form === "verb" &&
      UNKNOWN_NAMED_SUBJECT.test(text.slice(Math.max(clause.from, hit.start - 50), hit.start)) &&
      !found.parties.some((m) => m.end <= hit.start && m.end >= hit.start - 50)
    )
      return [];
    if (subject) fromSentence = true;
    return subject ? [subject] : [];
  };
  if (hit.rule.form === "verb" && CALL_VERB.test(hit.text) && !CALLED_PERSON_AFTER.test(after)) return null;
  if (hit.rule.form === "verb" && CALLED_ON.test(hit.text) && DEMAND_AFTER.test(after)) return null;
  switch (hit.rule.form) {
    case "verb": {
      // "thanked the Ivorian authorities for the warm welcome": the noun, not a meeting.
      if (
        /^welcome$/i.test(hit.text) &&
        /\b(?:the|a|an|their|his|her|its|our)\s+(?:[\p{L}-]+\s+)?$/iu.test(
          text.slice(Math.max(clause.from, hit.start - 30), hit.start),
        )
      )
        return null;
      // "after receiving an invitation from King Salman": a thing received, not a person.
      if (/^receiv/i.test(hit.text) && THING_RECEIVED_AFTER.test(after)) return null;
      // "as soon as the conditions are met": a passive without its agent is a condition fulfilled, not a meeting.
      if (
        /^met$/i.test(hit.text) &&
        PASSIVE_AUXILIARY_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 20), hit.start))
      )
        return null;
      // "a forum the two countries set up in 1999 but which had not met since 2021": a thing is the subject.
      if (WHICH_SUBJECT_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 30), hit.start)))
        return null;
      // "a dinner hosted by Y": a reduced passive describes a thing, not a meeting of the subject; "a working dinner
      // hosted by Haddad for Yellen" tells who met: the host and the guests.
      if (/ed$/i.test(hit.text) && /^\s+by\b/i.test(after)) {
        const guests = HOSTED_FOR.exec(after);
        if (!guests) return null;
        const hosts = chainAfter(text, clauseParties, hit.end, clause.to, 40);
        const invited = chainAfter(text, clauseParties, hit.end + guests[0].length, clause.to, 40);
        if (hosts.length === 0 || invited.length === 0) return null;
        participants = [...hosts, ...invited];
        break;
      }
      // "X received on Wednesday his Turkish counterpart Y": the object may follow a date.
      const afterDate = dateRightAfter(context, hit.end, clause.to) ?? hit.end;
      // "received in Baku a Turkish delegation": a place told between the verb and its object.
      const objectFrom = placeRightAfter(context, text, found.places, afterDate, clause.to) ?? afterDate;
      // "received a delegation of the bloc led by former head of state X": the one leading the group is received.
      // "hosted a working dinner at the fort for the head of the Commission, X": the guests are whom the meal is for.
      const leader =
        GROUP_LED_BY.exec(text.slice(objectFrom, clause.to)) ??
        MEAL_FOR.exec(text.slice(objectFrom, clause.to));
      const object =
        withChain.length > 0
          ? withChain
          : leader
            ? chainAfter(text, clauseParties, objectFrom + leader[0].length, clause.to, 90)
            : chainAfter(text, clauseParties, objectFrom, clause.to, 60);
      // "… and with Biden, whom he is due to meet in Washington": the relative's antecedent is met by its subject.
      const whom = WHOM_BEFORE.exec(text.slice(sentence.start, hit.start));
      if (whom && object.length === 0) {
        const at = sentence.start + whom.index;
        const antecedent = found.parties.filter((m) => m.end <= at).at(-1);
        const named = found.parties.filter((m) => m.start > at && m.end <= hit.start);
        // "He said he was ready to … with Biden, whom he is due to meet": the pronoun is the sentence's subject.
        const first = found.parties[0];
        const whoMeets =
          named.length > 0 && named.every((m) => m.form === "pronoun") && first && first.start < at
            ? [first]
            : named;
        if (antecedent && whoMeets.length > 0 && !whoMeets.includes(antecedent)) {
          participants = [...whoMeets, antecedent];
          break;
        }
      }
      const subject = leftOrSubject();
      // "The two leaders also met business leaders": a pair that meets someone unnamed has not met each other.
      if (
        object.length === 0 &&
        subject.length === 1 &&
        isPair(context, subject[0]) &&
        HAS_OBJECT.test(text.slice(afterDate, clause.to))
      )
        return null;
      participants = [...subject, ...object];
      counterpart = object.length === 0 && withCounterpart;
      break;
    }
    case "passive": {
      // "the summit, which is hosted by Macron": a thing, not a person, is what was hosted.
      if (THING_RELATIVE_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 16), hit.start)))
        return null;
      const agent = chainAfter(text, clauseParties, hit.end, clause.to, 60);
      const subjects = leftOrSubject();
      // "Wang was joined by vice-foreign minister Ma": one person joined by another is their delegation, unless
      // they are joined for a sitting ("… joined by Rabuka for a trilateral meeting").
      if (
        /joined\s+by$/i.test(hit.text) &&
        subjects.length === 1 &&
        !isPair(context, subjects[0]) &&
        !JOINED_FOR_SITTING.test(after)
      )
        return null;
      participants = [...subjects, ...agent];
      break;
    }
    case "noun": {
      if (NOUN_COMPOUND_HEAD.test(after)) return null;
      // "X also attended the talks with Qin": a participant of the event told before, not another event.
      if (ATTENDED_THE_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 40), hit.start))) return null;
      const between = BETWEEN_AFTER.exec(after);
      const determiner = determinerBefore(text, hit.start, clause.from);
      // "no request for a meeting had been made": a meeting nobody asked for is no event at all.
      if (NO_REQUEST_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 40), hit.start))) return null;
      // "sets conditions for any talks with Minsk", "every meeting": a kind of event, not one that took place
      // (unless denied: "denied holding any talks with X").
      if (
        GENERIC_DETERMINERS.has(determiner.word) &&
        !NEGATED_BEFORE.test(text.slice(sentence.start, hit.start))
      )
        return null;
      const compound = compoundBefore(text, clauseParties, hit.start);
      const possessor = possessorBefore(text, clauseParties, hit.start);
      if (MULTILATERAL_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 24), hit.start))) {
        // "a three-way summit in Tehran with Iran's Rouhani, Putin had rebuffed Erdogan": everyone the sentence names.
        participants = found.parties.filter(
          (m) =>
            !found.attributors.has(m) &&
            (context.entityById.get(m.entityId)?.type === "person" || isPair(context, m)),
        );
      } else if (between) {
        participants = chainAfter(text, clauseParties, hit.end + between[0].length, clause.to, 60);
        if (/\bof\s+$/i.test(between[0])) participants = [...participants, ...withChain];
        // "Biden convened an emergency meeting of G7 and NATO leaders": who convenes a meeting sits in it.
        if (/\bof\s+$/i.test(between[0]) && CONVENED_BEFORE.test(text.slice(clause.from, hit.start))) {
          participants = [...leftOrSubject(), ...participants];
          // "… a meeting of regional leaders": others sit in it, named or not.
          counterpart = true;
        }
      } else if (compound.length > 0) participants = compound;
      else if (possessor) participants = [possessor, ...withChain];
      else if (withChain.length > 0 || withCounterpart) {
        const subjectAllowed =
          INDEFINITE_DETERMINERS.has(determiner.word) ||
          determiner.lightVerb ||
          /^(?:his|her|their)$/.test(determiner.word) ||
          // "travelled to X for talks with Y", "is in talks with Y": a bare noun after for/in has the clause's subject
          // ("his approach in talks with Moscow" is no event).
          determiner.word === "for" ||
          (determiner.word === "in" &&
            IN_TALKS_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 30), hit.start))) ||
          // "…, also meeting with X": the gerund is a verb.
          (/^meeting$/i.test(hit.text) &&
            !ANAPHORIC_DETERMINERS.has(determiner.word) &&
            !PREPOSITIONS.has(determiner.word));
        participants = [...(subjectAllowed ? leftOrSubject() : []), ...withChain];
        // "A meeting with Treasury Secretary Yellen is not on the agenda": the story's own person is the other side.
        topicSubject =
          participants.length === withChain.length &&
          withChain.length > 0 &&
          OPENS_ON_EVENT_WITH.test(text.slice(sentence.start, hit.start));
        counterpart = withChain.length === 0 && withCounterpart;
      } else if (
        /^meeting$/i.test(hit.text) &&
        !ANAPHORIC_DETERMINERS.has(determiner.word) &&
        !INDEFINITE_DETERMINERS.has(determiner.word) &&
        !QUANTIFIERS.has(determiner.word) &&
        determiner.word !== "'s"
      ) {
        // "After meeting X, Y said …": the gerund takes a direct object.
        const object = chainAfter(text, clauseParties, hit.end, clause.to, 40);
        if (object.length === 0) return null;
        const subject = leftOrSubject();
        // A fronted participle ("After meeting X, Y said") takes the main clause's subject.
        const objectEnd = object[object.length - 1]?.end ?? hit.end;
        const mainSubject =
          hit.start - clause.from < 12
            ? found.parties.find((m) => m.start > objectEnd && /,\s/.test(text.slice(objectEnd, m.start)))
            : undefined;
        participants = [...(subject.length > 0 ? subject : mainSubject ? [mainSubject] : []), ...object];
      } else if (
        !hit.rule.needsWithArgument &&
        (INDEFINITE_DETERMINERS.has(determiner.word) ||
          determiner.word === "their" ||
          // "X and Y agreed to …, after talks in Canberra": bare talks after a deed are the sentence's people's.
          (/^talks$/i.test(hit.text) && AFTER_WORDS.has(determiner.word)) ||
          (!/^summit$/i.test(hit.text) && BARE_FRONTED_EVENT.test(text.slice(sentence.start, hit.start)))) &&
        !found.quoted
      ) {
        // "It was their fourth round of talks, after Vienna in May …, when Wang also met Blinken": the count
        // restates the event told before; the people named after it belong to other clauses.
        if (COUNT_OPENER.test(text.slice(sentence.start, hit.start))) return null;
        // "In a meeting on Tuesday, X told Y that …": the speaker who addresses someone in the event is in it.
        const fronted = FRONTED_EVENT.test(text.slice(sentence.start, hit.start));
        // "X and Y held a 50-minute meeting; Z saw both A and B": a semicolon ends the meeting's part of the sentence.
        const part = semicolonPart(text, sentence, hit);
        const inPart = found.parties.filter((m) => m.start >= part.from && m.end <= part.to);
        const pool = inPart.length >= 2 ? inPart : found.parties;
        participants = pool.filter(
          (m) =>
            // "…, the spokesman X said" after the event is its source; "X told Y during their meeting" is in it.
            !(
              found.attributors.has(m) &&
              m.start > hit.end &&
              !(fronted && ADDRESSES_AFTER.test(text.slice(m.end, m.end + 40)))
            ) && !isPossessiveModifier(text, m, pool[pool.indexOf(m) + 1]),
        );
        // "Biden convened an emergency meeting of G7 and NATO leaders": a group the sentence does not name
        // member by member meets the one person named.
        counterpart = participants.some(
          (m) => m.start > hit.end && participantIds(context, m.entityId).length === 0 && isGroup(context, m),
        );
        fromSentence = true;
      } else if (!hit.rule.needsWithArgument && ANAPHORIC_DETERMINERS.has(determiner.word)) return null;
      break;
    }
    case "travel":
    case "travel-noun": {
      // "his solo travels to Russia", "the visit": a noun, and a plural one is generic.
      if (
        hit.rule.form === "travel" &&
        /\b(?:his|her|their|the|its|a|an|my|our|whose)\s+(?:[\p{L}-]+\s+)?$/iu.test(
          text.slice(Math.max(clause.from, hit.start - 30), hit.start),
        )
      )
        return null;
      const travellers =
        hit.rule.form === "travel-noun"
          ? ((p) => (p ? [p] : []))(possessorBefore(text, clauseParties, hit.start))
          : leftOrSubject();
      const byAgent =
        hit.rule.form === "travel-noun" && travellers.length === 0
          ? chainAfter(text, clauseParties, hit.end, clause.to, 80, /^[^.;]*\bby\s+(?:[\p{L}-]+\s+){0,4}$/u)
          : [];
      participants = [...travellers, ...byAgent];
      if (participants.length === 0 && hit.rule.form === "travel-noun") {
        const determiner = determinerBefore(text, hit.start, clause.from);
        if (INDEFINITE_DETERMINERS.has(determiner.word) || determiner.lightVerb)
          participants = leftOrSubject();
      }
      placeMention =
        locativePlaces(context, found.places, hit.start, clause.to, hit.end, DESTINATION)[0] ?? null;
      if (!placeMention) {
        const direct = found.places.find(
          (p) => p.start >= hit.end && p.start - hit.end < 8 && p.end <= clause.to,
        );
        placeMention = direct ?? null;
      }
      if (!placeMention) return null;
      break;
    }
  }
  // "The meeting … was the second meeting between the two leaders": the predicate restates the event told before.
  if (
    hit.rule.form === "noun" &&
    participants.length > 0 &&
    participants.every((m) => isPair(context, m)) &&
    COPULAR_PREDICATE.test(text.slice(clause.from, hit.start))
  )
    return null;
  const ids: string[] = [];
  for (const mention of participants)
    for (const id of participantIds(context, mention.entityId)) if (!ids.includes(id)) ids.push(id);
  const enough =
    kind === "visit"
      ? ids.length >= 1
      : ids.length >= 2 || (ids.length === 1 && (counterpart || topicSubject));
  if (!enough) return null;
  const phraseEnd = ownPhraseEnd(text, hit.end, clause.to);
  // "…, where he was received by X in Goma": a place told after the trigger is the event's own.
  placeMention ??=
    locativePlaces(
      context,
      found.places.filter((p) => context.entityById.get(p.entityId)?.type === "place"),
      hit.end,
      Math.min(phraseEnd, hit.end + OWN_PLACE_REACH),
      hit.end,
      LOCATIVE,
    )[0] ?? null;
  // "… flew in from Lomé, where he met X": the place the where-clause hangs on.
  placeMention ??=
    found.places.find(
      (p) =>
        p.end <= hit.start && WHERE_AFTER_PLACE.test(text.slice(p.end, hit.start)) && isPlace(context, p),
    ) ?? null;
  if (!placeMention) {
    placeMention =
      locativePlaces(context, found.places, clause.from, phraseEnd, hit.end, LOCATIVE)[0] ??
      locativePlaces(context, found.places, clause.from, hit.start, hit.start, DESTINATION)[0] ??
      null;
  }
  // "X had spoken with Y last week" and nothing places them together: news usage for a call.
  const block = context.layout.blocks[sentence.block];
  const heading = context.layout.headingOf[sentence.block] ?? -1;
  const headingBlock = heading >= 0 ? context.layout.blocks[heading] : undefined;
  const headingText = headingBlock ? text.slice(headingBlock.start, headingBlock.end) : "";
  // A sentence without an ordinal word states none in any of its clauses either.
  const nextDeed = found.afterClaim && isNextDeed(text, hit);
  // "…, their second meeting after Kishida's visit to New Delhi": a clause set apart in time tells an event of
  // its own, counted only in that clause.
  const apart = found.foreign.find(
    (range) => range.apart !== "relative" && range.start <= hit.start && hit.end <= range.end,
  );
  const offsetEvent = apart !== undefined;
  const statedOrdinal = found.mayCount()
    ? (ordinalIn(text, clause.from, beforeNextDeed(text, hit.end, clause.to)) ??
      // "It was their second meeting: X had received Y in May": a copular count belongs to the event told before.
      (offsetEvent || COPULAR_OPENING.test(text.slice(sentence.start, sentence.end))
        ? null
        : ordinalIn(text, sentence.start, beforeNextDeed(text, hit.end, sentence.end), hit.start, false)))
    : null;
  const ordinal =
    statedOrdinal ??
    (heading >= 0 && heading !== sentence.block ? headingOrdinal(headingText) : null) ??
    firstMet(text, hit);
  const inAttribution =
    found.attributionSpan && hit.start >= found.attributionSpan.start && hit.end <= found.attributionSpan.end;
  // Only headings that date or count their sections ("Third visit – April 11, 2025") divide events.
  const headingDatesOrCounts =
    headingBlock !== undefined &&
    (Boolean(block?.sectionDate) ||
      sectionDateFromHeading(context, headingBlock) !== null ||
      headingOrdinal(headingText) !== null);
  const sectionDate =
    (block ? entryStamp(context, block) : null) ??
    // An entry's title is told under the stamp too, but it names what the entry's body dates.
    (block?.kind === "heading" ? null : stampLineBefore(context, sentence.block)) ??
    block?.sectionDate ??
    sectionDateFromHeading(context, headingBlock);
  const date = pickDate(
    context,
    hit,
    clause,
    sentence,
    sectionDate,
    inAttribution ? null : found.attributionSpan,
    found.foreign,
  );
  // The deed told after another ("… for 90 minutes before chairing the council") has only its own part's length.
  const picked = pickDuration(
    context,
    hit,
    nextDeed ? { from: hit.start, to: clause.to } : clause,
    nextDeed ? { ...sentence, start: hit.start } : sentence,
    found.foreign,
  );
  // "… said the meeting lasted 50 minutes and that X invited Y to visit": a trip takes only a length told after it
  // in its own clause.
  const tripLength =
    picked.duration !== null &&
    !picked.fromSentence &&
    text.slice(hit.end, clause.to).includes(picked.duration.text);
  const { duration, fromSentence: durationFromSentence } =
    kind === "visit" && !tripLength ? { duration: null, fromSentence: false } : picked;
  // "X had spoken with Y last week", with nothing placing them together or making it long: a call.
  const claimKind =
    (kind === "talks" &&
      !placeMention &&
      SPEAK_VERB.test(hit.text) &&
      // "The two spoke for about an hour" after a meeting measures that meeting's talks.
      !/^\s+(?:(?:one-on-one|privately|alone|face-to-face|face to face|in private|again|together|separately)\s+)?for\b/i.test(
        after,
      ) &&
      (duration?.maxMinutes ?? duration?.minMinutes ?? 0) <= 90) ||
    // "had last held talks on 9 February, by video call": talks held over a line.
    (kind === "talks" && !placeMention && REMOTE_MEDIUM_AFTER.test(after)) ||
    // 'had a "long and meaningful" telephone conversation with Xi': the medium names a call.
    (kind === "talks" && REMOTE_MEDIUM_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start)))
      ? "call"
      : kind;
  return {
    kind: claimKind,
    sentence: sentenceIndex,
    block: sentence.block,
    heading: headingDatesOrCounts ? heading : -1,
    trigger: { start: hit.start, end: hit.end },
    participants: ids,
    location: placeMention ? asPlace(context, placeMention).entityId : null,
    locationFromSentence: placeMention !== null,
    date: date?.span ?? null,
    dateFromSentence: date?.fromSentence === true,
    spoken: claimKind === "talks" && SPEAK_VERB.test(hit.text),
    weekday: date?.weekday ?? null,
    weekdayText: date?.weekdayText ?? null,
    duration,
    durationFromSentence,
    ordinal,
    attribution: null,
    attributionSpan: null,
    sayerIsParticipant: false,
    modality: "occurred",
    modalityCued: false,
    confidence: hit.rule.confidence * (fromSentence ? 0.8 : 1),
    evidence: [{ start: sentence.start, end: sentence.end }],
    form: hit.rule.form,
    dateFromSection: sectionDate !== null && date?.span?.text === sectionDate,
    dateFromSaying: date?.fromSaying === true,
    ...(ARRIVAL_WELCOME.test(text.slice(hit.start, hit.end + 60)) ? { arrivalWelcome: true } : {}),
    ...(topicSubject && ids.length === 1 ? { needsTopic: true } : {}),
    toldOn: sectionDate,
    ...(offsetEvent ? { offsetEvent: true } : {}),
    ...(apart?.apart === "distance" ? { farApart: true } : {}),
    dateCue: dateCueIn(context, hit, clause, inAttribution ? null : found.attributionSpan),
    earlier:
      EARLIER_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 24), hit.start)) ||
      sinceBefore(text.slice(Math.max(clause.from, hit.start - 40), hit.start)),
    anotherOccasion:
      ALSO_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 16), hit.start)) ||
      AGAIN_AFTER.test(text.slice(hit.end, hit.end + 8)),
    another: ANOTHER_BEFORE.test(text.slice(Math.max(clause.from, hit.start - 40), hit.start)) || nextDeed,
    nextDeed,
  };
}
