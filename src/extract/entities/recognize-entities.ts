import { isWhiteSpaceCode } from "../../normalize/text/white-space.js";
import { parseAmount } from "../../normalize/time/numbers.js";
import type { EntityAnalysis, EntityMention, IngestedDocument, LocalEntity } from "../../schema/document.js";
import type { Gazetteer } from "../../schema/gazetteer.js";
import { type Candidate, newCandidate } from "./candidate.js";
import { compileGazetteer, wordKey } from "./compile-gazetteer.js";
import { PAIR_PHRASE } from "./data/words.js";
import { fileSpanOf } from "./file-span.js";
import { isNamesake } from "./namesake.js";
import { ArticleEntities, type Draft, LEADER_HEADS } from "./resolve.js";
import { scanCandidates } from "./scan.js";
import { type Token, TokenKind, tokenize } from "./tokenize.js";

const ID_LETTER = { person: "p", place: "l", organization: "o", group: "g" } as const;

/** Index of the last range starting at or before `offset` (ranges sorted by start), or 0. */
function rangeIndexAt(ranges: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as { start: number }).start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Where sentences start, from the tokens: after a full stop, question or exclamation mark followed by a
 * capital, and after a line break. Ingest's own sentences may be coarser; pronouns need this finer cut.
 */
function sentenceStarts(tokens: readonly Token[]): { start: number }[] {
  const starts = [{ start: 0 }];
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as Token;
    const token = tokens[i] as Token;
    const afterBreak = previous.kind === TokenKind.Break;
    const mark = previous.kind === TokenKind.Punct ? previous.text.charCodeAt(0) : 0;
    const afterStop =
      (mark === 46 || mark === 33 || mark === 63) && (token.cap || token.kind !== TokenKind.Word);
    if ((afterBreak || afterStop) && token.kind !== TokenKind.Break) starts.push({ start: token.start });
  }
  return starts;
}

const DEPUTY = /\b(?:vice|deputy|first vice)\b/;
const REPORTER_BLOCKS: ReadonlySet<string> = new Set(["byline", "credit", "caption"]);
const PAIR_OFFICE = /\b(ministers|presidents|prime ministers|premiers|chancellors|envoys)$/i;

/** How far back (in characters) a person's mention counts as recent for "the two leaders". */
const PAIR_REACH = 500;
/** What a recent mention adds to a person's standing as an antecedent of "the two leaders". */
const PAIR_RECENCY_WEIGHT = 1;

/** Whether a role head is the office a pair noun names: "foreign minister" is a minister, a prime minister is not. */
function holdsOffice(head: string, office: string): boolean {
  if (DEPUTY.test(head) || !head.endsWith(office)) return false;
  return office !== "minister" || head !== "prime minister";
}

/**
 * "The two leaders" are heads of state or government; "the two ministers" hold that office, as far as the
 * article says (a person it gives no office, or only "counterpart", may); "the pair" is anyone.
 */
function fitsPairNoun(phrase: string, heads: readonly string[]): boolean {
  if (LEADERS_NOUN.test(phrase)) return heads.some((head) => LEADER_HEADS.has(head));
  const office = PAIR_OFFICE.exec(phrase)?.[1]?.toLowerCase().replace(/s$/, "");
  if (office === undefined) return true;
  const telling = heads.filter((head) => head !== "counterpart");
  return telling.length === 0 || telling.some((head) => holdsOffice(head, office));
}

const LEADERS_NOUN = /\b(?:leaders|heads of state|heads of government)$/i;

/** "the Kazakh and Uzbek leaders": two nationalities and the office they share. */
const DEMONYM_PAIR =
  /\b[Tt]he (\p{Lu}[\p{L}-]+) and (\p{Lu}[\p{L}-]+) (?:leaders|presidents|prime ministers|premiers|foreign ministers|ministers|heads of [Ss]tate|heads of [Gg]overnment)\b/gu;

/** Whether a UTF-16 unit may be an upper-case letter (any non-ASCII unit may). */
function mayBeCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 128;
}

/** Whether a UTF-16 unit may belong to a `[\p{L}-]` run (any non-ASCII unit may). */
function mayBeNameUnit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code >= 128;
}

/**
 * Whether the text holds "he <Capitalised> and <Capital>" somewhere: what every {@link DEMONYM_PAIR} match
 * holds, found from each " and " by a literal search far cheaper than the pattern's scan.
 */
function mayHoldDemonymPair(text: string): boolean {
  for (let at = text.indexOf(" and "); at >= 0; at = text.indexOf(" and ", at + 1)) {
    if (!mayBeCapital(text.charCodeAt(at + 5))) continue;
    let wordStart = at;
    while (wordStart > 0 && mayBeNameUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (mayBeCapital(text.charCodeAt(wordStart)) && text.startsWith("he ", wordStart - 3)) return true;
  }
  return false;
}

/** "the three European leaders", "the four ministers": a group counted by the story. */
const COUNTED_GROUP =
  /\b[Tt]he (three|four|five) (?:(?:\p{Lu}[\p{L}-]+|[a-z][a-z-]+) )?(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|heads of state|heads of government|envoys|men|women)\b/gu;
/** How many sentences back a counted group looks for the people it counts. */
const COUNTED_LOOKBACK_SENTENCES = 3;

/**
 * "X, Y and Z met Saied in Tunis … The three European leaders held talks with Saied": the first that many people
 * of the nearest sentence before that names as many, leaving out those its own sentence names after it (the other
 * side).
 */
function countedGroups(
  text: string,
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  sentenceStartOf: (offset: number) => number,
): { candidate: Candidate; members: string[] }[] {
  const groups: { candidate: Candidate; members: string[] }[] = [];
  for (const match of text.matchAll(COUNTED_GROUP)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const count = parseAmount(match[1] ?? "") ?? 0;
    const sentenceStart = sentenceStartOf(start);
    const others = new Set(
      ordered
        .filter((c) => c.start >= end && isPerson(c) && sentenceStartOf(c.start) === sentenceStart)
        .map((c) => c.entity),
    );
    let to = start;
    let from = sentenceStart;
    for (let step = 0; step <= COUNTED_LOOKBACK_SENTENCES; step++) {
      const people = personsBetween(ordered, isPerson, from, to).filter((entity) => !others.has(entity));
      if (people.length >= count) {
        groups.push({
          candidate: newCandidate("group", start, end, match[0]),
          members: people.slice(0, count),
        });
        break;
      }
      if (from === 0) break;
      to = from;
      from = sentenceStartOf(from - 1);
    }
  }
  return groups;
}

/**
 * "The Kazakh and Uzbek leaders last met in October": the two people named before the phrase whose offices are of
 * those two countries (the last one named of each).
 */
function demonymPairs(
  text: string,
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  countryOfDemonym: (word: string) => string | null,
  countriesOf: (entity: string) => ReadonlySet<string>,
): { candidate: Candidate; members: string[] }[] {
  const pairs: { candidate: Candidate; members: string[] }[] = [];
  if (!mayHoldDemonymPair(text)) return pairs;
  for (const match of text.matchAll(DEMONYM_PAIR)) {
    const start = match.index ?? 0;
    const countries = [countryOfDemonym(match[1] ?? ""), countryOfDemonym(match[2] ?? "")];
    if (countries[0] === null || countries[1] === null || countries[0] === countries[1]) continue;
    const members = countries.map((country) => {
      const holder = ordered.findLast(
        (candidate) =>
          candidate.start < start &&
          isPerson(candidate) &&
          candidate.entity !== null &&
          countriesOf(candidate.entity).has(country as string),
      );
      return holder?.entity ?? null;
    });
    if (members[0] && members[1] && members[0] !== members[1])
      pairs.push({
        candidate: newCandidate("group", start, start + match[0].length, match[0]),
        members: [members[0], members[1]],
      });
  }
  return pairs;
}

/** ", popularly known as", "(better known as": what joins a person's name to another name of theirs. */
const KNOWN_AS = /^,?\s*\(?(?:(?:also|popularly|better|widely|commonly|locally)\s+)?known\s+as\s+$/i;

/**
 * "Robert Kyagulanyi, popularly known as Bobi Wine": the second name is the same person's, so its mentions
 * (and later ones of it) go to the first name's entity.
 */
function mergeKnownAs(text: string, ordered: readonly Candidate[], article: ArticleEntities): void {
  const people = ordered.filter((candidate) => candidate.entity !== null && !candidate.dropped);
  for (let k = 1; k < people.length; k++) {
    const first = people[k - 1]!;
    const second = people[k]!;
    if (first.entity === second.entity || !KNOWN_AS.test(text.slice(first.end, second.start))) continue;
    const from = article.drafts.get(second.entity!);
    const into = article.drafts.get(first.entity!);
    if (!from || !into || from.type !== "person" || into.type !== "person") continue;
    for (const candidate of from.candidates) {
      candidate.entity = into.key;
      into.candidates.push(candidate);
    }
    from.candidates = [];
  }
}

const SUBJECT_PRONOUN = /^(?:he|she)$/i;

/** Inserts a candidate into a list sorted by start, keeping it sorted. */
function insertByStart(list: Candidate[], candidate: Candidate): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.start > candidate.start) at--;
  list.splice(at, 0, candidate);
}

/** Whether a candidate names a person, resolved or not (a name, a surname, a role). */
function namesSomeone(candidate: Candidate): boolean {
  return candidate.kind === "person" || candidate.kind === "surname" || candidate.kind === "role";
}

/** The distinct people named in `[from, to)`, in text order. */
function personsBetween(
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  from: number,
  to: number,
): string[] {
  const people: string[] = [];
  for (const candidate of ordered) {
    if (candidate.start >= to) break;
    if (candidate.start < from || !isPerson(candidate) || candidate.entity === null) continue;
    if (!people.includes(candidate.entity)) people.push(candidate.entity);
  }
  return people;
}

const POSSESSIVE_NOUN_AFTER = /^['’]\s+([\p{L}-]+)/u;

/**
 * "Tonga will host the Pacific Islands Forum leaders' meeting … Luxon is due to travel for the leaders' meeting": the
 * leaders' event a story named before by its gathering is that gathering's, not a pair's.
 */
function namesGatheringBefore(text: string, start: number, end: number): boolean {
  const noun = POSSESSIVE_NOUN_AFTER.exec(text.slice(end, end + 30))?.[1];
  if (noun === undefined) return false;
  const phrase = text.slice(start, end).replace(/^the\s+/i, "");
  const gathering = new RegExp(`\\p{Lu}[\\p{L}-]*\\s+${phrase}['’]\\s+${noun}\\b`, "u");
  return gathering.test(text.slice(0, start));
}

/** "X led a", "X headed the", "X, who leads the": between a person and the group they lead. */
const LEADS_BETWEEN =
  /^(?:,\s+who)?\s+(?:led|leads|headed|heads|leading|heading)\s+(?:a|an|the|his|her)\s*$/i;

/** " met his Italian counterpart": a counterpart of another country told after a role, in its clause. */
const COUNTERPART_AFTER = /^[^.;,]{0,50}?\b(?:his|her|their)\s+(\p{Lu}\p{Ll}+)\s+counterparts?\b/u;

/** Role heads of people who speak of or for the principals of a story rather than meet as one. */
const SUPPORTING_HEADS: ReadonlySet<string> = new Set([
  "spokesperson",
  "aide",
  "analyst",
  "researcher",
  "correspondent",
]);

/** The two different people last named in `[from, to)`, in text order. */
function lastTwoBefore(
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  from: number,
  to: number,
): string[] {
  const found: string[] = [];
  for (let k = ordered.length - 1; k >= 0 && found.length < 2; k--) {
    const candidate = ordered[k] as Candidate;
    if (candidate.start >= to) continue;
    if (candidate.start < from) break;
    if (isPerson(candidate) && candidate.entity !== null && !found.includes(candidate.entity))
      found.push(candidate.entity);
  }
  return found.reverse();
}

/** "X and Y", "X and Prime Minister Y", "X and his Tajik counterpart Y". */
const COORDINATED = /^\s+and\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;

/**
 * "X and Y spoke …, according to X's press secretary Z, who said the two men agreed": two people joined by
 * "and" in `[from, to)` are the pair a later "the two men" stands for, before anyone named after them.
 */
function coordinatedPairBefore(
  text: string,
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  from: number,
  to: number,
): string[] | null {
  let previous: Candidate | null = null;
  for (const candidate of ordered) {
    if (candidate.start >= to) break;
    if (candidate.start < from || !isPerson(candidate) || candidate.entity === null) continue;
    if (
      previous !== null &&
      previous.entity !== candidate.entity &&
      COORDINATED.test(text.slice(previous.end, candidate.start))
    )
      return [previous.entity as string, candidate.entity];
    previous = candidate;
  }
  return null;
}

/** ", where he had held talks …": a relative clause telling of something earlier (its verb in the past perfect). */
const RELATIVE_CLAUSE = /,\s+(?:where|when|who|whom|whose|after which)\b(?=[^.;]*\bhad\b)/;

/** "An Indian official said ", "Officials told reporters that ": a verb of saying right before a pair phrase. */
const SAID_BEFORE_PAIR = /\b(?:said|says|told\s+(?:reporters|journalists)|added|noted)\s+(?:that\s+)?$/i;

/** How many sentences back a sentence opening on a pair looks for the two people it stands for. */
const PAIR_LOOKBACK_SENTENCES = 3;

/**
 * "He will meet Erdogan on Tuesday. Sullivan said the meeting had long been planned. The two leaders last met …": the
 * people of the sentence before, or, past sentences that name only someone in passing (named once so far), of the
 * nearest one before them.
 */
/** Whether every mention of `entity` in `[from, to)` is a possessive ("Singh's Dhaka trip"). */
function onlyPossessor(
  text: string,
  ordered: readonly Candidate[],
  entity: string,
  from: number,
  to: number,
): boolean {
  let seen = false;
  for (const candidate of ordered) {
    if (candidate.start >= to) break;
    if (candidate.start < from || candidate.entity !== entity) continue;
    if (!/^['’]s?\s/.test(text.slice(candidate.end, candidate.end + 3))) return false;
    seen = true;
  }
  return seen;
}

function lastNamedPair(
  text: string,
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  sentenceStartOf: (offset: number) => number,
  sentenceStart: number,
): string[] {
  let end = sentenceStart;
  for (let step = 0; step < PAIR_LOOKBACK_SENTENCES && end > 0; step++) {
    const start = sentenceStartOf(end - 1);
    // "… from Poland, where he had held talks with Tusk": an earlier deed told aside names no one of the pair.
    const relative = RELATIVE_CLAUSE.exec(text.slice(start, end));
    const to = relative ? start + relative.index : end;
    // "… the issue that kept her away from Manmohan Singh's Dhaka trip": one named only as an owner is no party.
    const people = personsBetween(ordered, isPerson, start, to).filter(
      (entity) => !onlyPossessor(text, ordered, entity, start, to),
    );
    if (people.length !== 1 || timesNamedBefore(ordered, people[0] as string, sentenceStart) > 1)
      return people;
    end = start;
  }
  return [];
}

/**
 * The offices the article gives a person; one it calls only someone's counterpart ("his Vanuatu counterpart
 * Charlot Salwai") holds the office of the person named before in that sentence, whose counterpart they are.
 */
function officeHeads(
  entity: string,
  ordered: readonly Candidate[],
  roleHeadsOf: (entity: string) => readonly string[],
  sentenceStartOf: (offset: number) => number,
): readonly string[] {
  const heads = roleHeadsOf(entity);
  if (heads.length === 0 || heads.some((head) => head !== "counterpart")) return heads;
  const index = ordered.findIndex(
    (candidate) => candidate.entity === entity && candidate.roles.some((role) => role.head === "counterpart"),
  );
  const mention = ordered[index];
  if (mention === undefined) return heads;
  const sentenceStart = sentenceStartOf(mention.start);
  for (let k = index - 1; k >= 0 && (ordered[k] as Candidate).start >= sentenceStart; k--) {
    const other = (ordered[k] as Candidate).entity;
    if (other === null || other === entity || (ordered[k] as Candidate).kind === "place") continue;
    const own = roleHeadsOf(other).filter((head) => head !== "counterpart");
    if (own.length > 0) return own;
  }
  return heads;
}

/** How many times an entity is named before `offset`. */
function timesNamedBefore(ordered: readonly Candidate[], entity: string, offset: number): number {
  let count = 0;
  for (const candidate of ordered) {
    if (candidate.start >= offset) break;
    if (candidate.entity === entity) count++;
  }
  return count;
}

/**
 * "The two leaders", "both men": a group mention for the two people it most likely stands for — of the people
 * named before it, the two most mentioned so far, a mention within {@link PAIR_REACH} counting extra. At least
 * one of them must have been named within reach.
 */
function pairCandidates(
  text: string,
  ordered: readonly Candidate[],
  isPerson: (candidate: Candidate) => boolean,
  roleHeadsOf: (entity: string) => readonly string[],
  inBoilerplate: (offset: number) => boolean,
  sentenceStartOf: (offset: number) => number,
): { candidate: Candidate; members: string[] }[] {
  const pairs: { candidate: Candidate; members: string[] }[] = [];
  for (const match of text.matchAll(PAIR_PHRASE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (ordered.some((candidate) => candidate.start < end && start < candidate.end)) continue;
    if (namesGatheringBefore(text, start, end)) continue;
    // "Payne has spoken to her counterpart Mahuta … since the two met": two people named earlier in the same
    // sentence are the pair, whoever the story is about.
    const sentenceStart = sentenceStartOf(start);
    const local =
      coordinatedPairBefore(text, ordered, isPerson, sentenceStart, start) ??
      lastTwoBefore(ordered, isPerson, sentenceStart, start);
    if (local.length === 2 && !/^(?:the two leaders|both leaders)$/i.test(match[0])) {
      pairs.push({ candidate: newCandidate("group", start, end, match[0]), members: local });
      continue;
    }
    // "… where he met X at the palace. The two leaders dined together": a sentence that opens on the pair
    // (or "They") refers to the two people the sentence before it named, when it named exactly two.
    if (local.length === 0 && sentenceStart > 0) {
      const previousStart = sentenceStartOf(sentenceStart - 1);
      // "They discussed … It was the pair's third meeting": the pair the sentence before referred to.
      const previousPair = pairs.findLast(
        (pair) => pair.candidate.start >= previousStart && pair.candidate.start < sentenceStart,
      );
      // "An Indian official said the two had a brief conversation": a pair reported right after its sentence's
      // verb of saying refers back the same way.
      const reported = SAID_BEFORE_PAIR.test(text.slice(sentenceStart, start));
      const previous =
        previousPair?.members ??
        (start === sentenceStart || reported
          ? lastNamedPair(text, ordered, isPerson, sentenceStartOf, sentenceStart)
          : personsBetween(ordered, isPerson, previousStart, sentenceStart));
      if (
        previous.length === 2 &&
        (start === sentenceStart || reported || previousPair !== undefined) &&
        previous.every((entity) => fitsPairNoun(match[0], roleHeadsOf(entity)))
      ) {
        pairs.push({ candidate: newCandidate("group", start, end, match[0]), members: [...previous] });
        continue;
      }
    }
    const standing = new Map<string, { score: number; first: number; last: number }>();
    for (const candidate of ordered) {
      if (candidate.start >= start) break;
      if (!isPerson(candidate) || candidate.entity === null || inBoilerplate(candidate.start)) continue;
      const entry = standing.get(candidate.entity) ?? { score: 0, first: candidate.start, last: 0 };
      entry.score += 1;
      entry.last = candidate.end;
      standing.set(candidate.entity, entry);
    }
    for (const entry of standing.values())
      if (start - entry.last <= PAIR_REACH) entry.score += PAIR_RECENCY_WEIGHT;
    // "The ministers talked …": of the people named, those who hold that office, when two of them do.
    // "the two leaders" are heads of state or government, when two of the people named are.
    const office = PAIR_OFFICE.exec(match[0])?.[1]?.toLowerCase().replace(/s$/, "");
    const leaders = LEADERS_NOUN.test(match[0]);
    if (office !== undefined || leaders) {
      const holders = [...standing.keys()].filter((entity) =>
        officeHeads(entity, ordered, roleHeadsOf, sentenceStartOf).some((head) =>
          office === undefined ? LEADER_HEADS.has(head) : holdsOffice(head, office),
        ),
      );
      if (holders.length >= 2)
        for (const entity of [...standing.keys()]) if (!holders.includes(entity)) standing.delete(entity);
    }
    // Spokespeople, aides and analysts speak of the pair; they are not in it, when two others can be.
    const principals = [...standing.keys()].filter(
      (entity) => !roleHeadsOf(entity).some((head) => SUPPORTING_HEADS.has(head)),
    );
    if (principals.length >= 2)
      for (const entity of [...standing.keys()]) if (!principals.includes(entity)) standing.delete(entity);
    // Ties go to the person introduced first: the story's protagonists come before its passing names.
    const ranked = [...standing.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
    const chosen = ranked.slice(0, 2);
    if (chosen.length < 2 || !chosen.some(([, entry]) => start - entry.last <= PAIR_REACH)) continue;
    const members = chosen.sort((a, b) => a[1].last - b[1].last).map(([entity]) => entity);
    pairs.push({ candidate: newCandidate("group", start, end, match[0]), members });
  }
  return pairs;
}

const HYPHENED_NAME = /(?<![\p{L}-])(\p{Lu}[\p{Ll}’']+)-(\p{Lu}[\p{Ll}’']+)(?![\p{L}-])/uy;
const NAME_BEFORE_HYPHEN = /\p{Lu}[\p{Ll}’']+$/u;

/** "X-Y" with both halves capitalised, found from each hyphen (the text holds few) rather than by a scan of every letter. */
function hyphenedNames(text: string): { index: number; 0: string; 1: string; 2: string }[] {
  const names: { index: number; 0: string; 1: string; 2: string }[] = [];
  for (let hyphen = text.indexOf("-", 1); hyphen !== -1; hyphen = text.indexOf("-", hyphen + 1)) {
    const after = text.charCodeAt(hyphen + 1);
    if (!(after >= 65 && after <= 90) && after < 128) continue;
    const before = NAME_BEFORE_HYPHEN.exec(text.slice(Math.max(0, hyphen - 30), hyphen));
    if (!before) continue;
    HYPHENED_NAME.lastIndex = hyphen - before[0].length;
    const match = HYPHENED_NAME.exec(text);
    if (match) names.push({ index: match.index, 0: match[0], 1: match[1] ?? "", 2: match[2] ?? "" });
  }
  return names;
}

function surnameAt(start: number, word: string): Candidate {
  return Object.assign(newCandidate("surname", start, start + word.length, word), { keys: [wordKey(word)] });
}

/**
 * "more than three hours of Putin-Erdogan talks": two surnames the article already knows, joined by a hyphen
 * into one word, are two mentions. A hyphenated name nobody else in the article bears ("Díaz-Canel") is left
 * as it is.
 */
function hyphenedSurnames(
  text: string,
  ordered: readonly Candidate[],
  article: ArticleEntities,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of hyphenedNames(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const taken = (candidate: Candidate) =>
      candidate.start < end && start < candidate.end && !candidate.dropped && candidate.entity !== null;
    const covering = ordered.filter(taken);
    // "sat in on the Albanese-Li talks": a whole-word name found by its shape alone yields to two known people.
    const shapeOnly =
      covering.length === 1 && foundByShapeAlone(covering[0] as Candidate, start, end, article);
    if (covering.length > 0 && !shapeOnly) continue;
    const first = match[1];
    const halves = [surnameAt(start, first), surnameAt(start + first.length + 1, match[2])];
    for (const half of halves) article.resolvePartialName(half);
    const people = halves.map((half) => half.entity);
    if (
      people.every((entity) => entity !== null && article.drafts.get(entity)?.type === "person") &&
      people[0] !== people[1]
    ) {
      if (shapeOnly) article.detach(covering[0] as Candidate);
      found.push(...halves);
    } else for (const half of halves) article.detach(half);
  }
  return found;
}

const DELEGATION = /^(?:[\p{L}-]+\s+){1,2}delegation$/iu;

/** "Typhoon Odette", "Hurricane Maria": a storm's name, never a person or a place, wherever it stands alone. */
const STORM_NAME =
  /\b(?:[Ss]uper\s+)?(?:[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical\s+[Ss]torm|[Ss]torm)\s+(\p{Lu}\p{Ll}+)/gu;

function dropStormNames(text: string, candidates: readonly Candidate[]): void {
  if (!/yphoon|urricane|yclone|torm/.test(text)) return;
  const names = new Set([...text.matchAll(STORM_NAME)].map((match) => wordKey(match[1] ?? "")));
  for (const candidate of candidates)
    if (
      candidate.keys.length === 1 &&
      names.has(candidate.keys[0] as string) &&
      candidate.gazetteer.length === 0
    )
      candidate.dropped = true;
}

/** A mention of exactly `start`–`end` that no list knows and nothing else in the article names. */
function foundByShapeAlone(
  candidate: Candidate,
  start: number,
  end: number,
  article: ArticleEntities,
): boolean {
  if (candidate.start !== start || candidate.end !== end || candidate.gazetteer.length > 0) return false;
  const draft = candidate.entity === null ? undefined : article.drafts.get(candidate.entity);
  return draft?.candidates.every((other) => other.start === start && other.end === end) === true;
}

/** Text order, a longer mention first among those starting together. */
function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** Sorts candidates in place by {@link byPosition}, skipping the sort when they are in order already (the usual case). */
function sortedByPosition(candidates: Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    if (byPosition(candidates[k - 1] as Candidate, candidates[k] as Candidate) > 0)
      return candidates.sort(byPosition);
  }
  return candidates;
}

/** Whether candidates already stand in order of their start (the sort is stable, so it would change nothing). */
function startsInOrder(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++)
    if ((candidates[k - 1] as Candidate).start > (candidates[k] as Candidate).start) return false;
  return true;
}

function formOf(candidate: Candidate): EntityMention["form"] {
  switch (candidate.kind) {
    case "role":
      return "role";
    case "pronoun":
      return "pronoun";
    case "group":
      return "group";
    case "place":
      return "place";
    case "organization":
      return candidate.gazetteerForm === "alias" ? "alias" : "name";
    default:
      if (candidate.gazetteerForm === "alias") return "alias";
      return candidate.keys.length >= 2 ? "name" : "surname";
  }
}

/** How many parts `name.split(/\s+/)` gives (one more than its runs of white space), without the array. */
function wordCount(name: string): number {
  let count = 1;
  for (let k = 0; k < name.length; k++)
    if (isWhiteSpaceCode(name.charCodeAt(k)) && !isWhiteSpaceCode(name.charCodeAt(k - 1))) count++;
  return count;
}

function bestName(draft: Draft): string {
  if (draft.gazetteer !== null) return draft.gazetteer.name;
  let best = draft.candidates[0]?.name ?? "";
  let bestWords = 0;
  for (const candidate of draft.candidates) {
    if (candidate.kind === "role" || candidate.kind === "pronoun") continue;
    const words = wordCount(candidate.name);
    if (words > bestWords) {
      best = candidate.name;
      bestWords = words;
    }
  }
  return best;
}

/** Appends `value` unless `values` holds it already (lists here are short: a scan beats a Set). */
function pushUnique(values: string[], value: string): void {
  if (!values.includes(value)) values.push(value);
}

function toLocalEntity(
  draft: Draft,
  id: string,
  document: IngestedDocument,
  ids: ReadonlyMap<string, string>,
): LocalEntity {
  const named = draft.candidates.filter((candidate) => candidate.kind !== "pronoun");
  const roles: string[] = [];
  const aliases: string[] = [];
  for (const candidate of named) {
    pushUnique(aliases, candidate.name);
    for (const role of candidate.roles) pushUnique(roles, role.text);
  }
  for (const role of roles) pushUnique(aliases, role);
  const entity: LocalEntity = {
    id,
    type: draft.type,
    name: bestName(draft),
    aliases,
    gazetteerId: draft.gazetteer?.id ?? null,
    roles,
    within: draft.type === "place" ? (draft.gazetteer?.within ?? null) : null,
    mentions: named.map((candidate) => fileSpanOf(document, candidate.start, candidate.end)),
  };
  if (draft.type === "group") {
    entity.members = draft.members
      .map((key) => ids.get(key))
      .filter((member): member is string => member !== undefined);
  }
  return entity;
}

/** " and ", ", ", ", and " between two names of one list. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

function isCuedPerson(candidate: Candidate): boolean {
  return candidate.kind === "person" || (candidate.kind === "maybe-person" && candidate.cue);
}

/**
 * "Interior ministers Bratislav Gašić and Sándor Pintér": an uncued full name listed with a person is a person
 * too (a name the given-name list lacks, next to one it knows).
 */
function cueCoordinatedNames(text: string, ordered: readonly Candidate[]): void {
  for (let k = 0; k < ordered.length; k++) {
    const candidate = ordered[k] as Candidate;
    if (candidate.kind !== "maybe-person" || candidate.cue || candidate.keys.length < 2) continue;
    const next = ordered[k + 1];
    const previous = ordered[k - 1];
    const joinedToNext = next !== undefined && LIST_JOIN.test(text.slice(candidate.end, next.start));
    const joinedToPrevious =
      previous !== undefined && LIST_JOIN.test(text.slice(previous.end, candidate.start));
    if ((joinedToNext && isCuedPerson(next)) || (joinedToPrevious && isCuedPerson(previous)))
      candidate.cue = true;
    // "The foreign ministers of the two countries, A B and C D,": names apposed to a plural office.
    if (
      joinedToNext &&
      next?.kind === "maybe-person" &&
      next.keys.length >= 2 &&
      PLURAL_OFFICE_BEFORE.test(text.slice(Math.max(0, candidate.start - 80), candidate.start))
    ) {
      candidate.cue = true;
      next.cue = true;
    }
  }
}

/** A plural office and a comma right before a list of names: "The foreign ministers of the two countries, ". */
const PLURAL_OFFICE_BEFORE =
  /\b(?:ministers|presidents|premiers|leaders|envoys|governors|mayors|chiefs|heads|secretaries|counterparts|negotiators|ambassadors)\b[^.;:,]{0,50},\s*$/i;

/**
 * "KATUNA, Uganda (AFP) -", "PORT VILA, Vanuatu —": the capitalised word(s) opening a wire dateline name the place
 * the story is filed from, whether or not the gazetteer knows it.
 */
const WIRE_DATELINE_PLACE =
  /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})(?=,\s+\p{Lu}[^\n]{0,60}?(?:\s[-–—]\s|\()|\s+[-–—]\s|\s+\()/u;

/** "Victoria Falls, Zimbabwe, 9 February 2023": the capitalised words before a dateline's first comma. */
const TITLED_DATELINE_PLACE = /^(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}),\s/u;

/** "PORT VILA" → "Port Vila". */
function titleCased(words: string): string {
  return words
    .toLowerCase()
    .replace(/(^|[ '’.-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Place candidates for unknown dateline places at the start of blocks no scanned candidate already covers. */
function datelinePlaces(
  text: string,
  blocks: readonly { start: number; end: number; kind?: string }[],
  ordered: readonly Candidate[],
): Candidate[] {
  const found: Candidate[] = [];
  for (const block of blocks) {
    const head = text.slice(block.start, Math.min(block.end, block.start + 120));
    // "Victoria Falls, Zimbabwe, 9 February 2023 (AFP) –": a dateline block opens on its place, in any case.
    const titled = block.kind === "dateline" ? TITLED_DATELINE_PLACE.exec(head) : null;
    const match = titled ?? WIRE_DATELINE_PLACE.exec(head);
    const words = match?.[1];
    // Two capitals are an agency or a country code ("AP", "UN"), not a place written in capitals.
    if (words === undefined || (!titled && words.replace(/[^\p{Lu}]/gu, "").length < 3)) continue;
    const start = block.start;
    const end = start + words.length;
    const overlapping = ordered.filter((candidate) => candidate.start < end && start < candidate.end);
    // A name the scan read as a person's there ("Victoria" is a given name) is the place, unless the gazetteer knows it.
    const unknownPeople = overlapping.every(
      (candidate) =>
        candidate.gazetteer.length === 0 &&
        (candidate.kind === "person" || candidate.kind === "maybe-person" || candidate.kind === "surname"),
    );
    if (overlapping.length > 0 && !(titled && unknownPeople)) continue;
    for (const candidate of overlapping) candidate.dropped = true;
    const name = titleCased(words);
    const candidate = newCandidate("place", start, end, name);
    candidate.keys = name.split(/[ -]/).map(wordKey);
    found.push(candidate);
  }
  return found;
}

/**
 * Finds the people, places, organisations and groups of one article, and every mention of them, resolving
 * surnames, spelling variants, roles ("the US envoy") and pronouns to the entity they refer to within the
 * article. Pure and deterministic; never throws on any text.
 *
 * @example
 * const { entities } = recognizeEntities(document, defaultGazetteer());
 * entities.find((entity) => entity.name === "Yuri Ushakov")?.roles; // ["Kremlin aide"]
 */
export function recognizeEntities(
  document: IngestedDocument,
  gazetteer: Gazetteer,
  options: { day?: string | null } = {},
): EntityAnalysis {
  const text = document.text;
  const compiled = compileGazetteer(gazetteer);
  const tokens = tokenize(text);
  const candidates = scanCandidates(text, tokens, compiled);
  const datelined = datelinePlaces(text, document.blocks, candidates);
  candidates.push(...datelined);
  // "… at Victoria Falls talks" in a story datelined "Victoria Falls, Zimbabwe": the dateline's place, not a person.
  for (const place of datelined)
    for (const candidate of candidates)
      if (
        candidate !== place &&
        candidate.gazetteer.length === 0 &&
        (candidate.kind === "person" || candidate.kind === "maybe-person") &&
        candidate.keys.join(" ") === place.keys.join(" ")
      )
        candidate.kind = "place";
  const ordered = sortedByPosition(candidates.slice());
  dropStormNames(text, ordered);
  // Offices as held the day the story was published ("the prime minister" of 2022 is not today's), or the day
  // its lead tells when it has no publication date.
  const day = document.article.publishedAt?.slice(0, 10) ?? options.day ?? null;
  const article = new ArticleEntities(compiled, day);
  cueCoordinatedNames(text, ordered);
  for (const candidate of ordered)
    if (candidate.kind === "person" && !candidate.dropped) article.resolveFullName(candidate);
  for (const candidate of ordered) {
    if ((candidate.kind === "surname" || candidate.kind === "maybe-person") && !candidate.dropped)
      article.resolvePartialName(candidate);
  }
  mergeKnownAs(text, ordered, article);
  article.settleRoleQualifiers(candidates);
  const countryOfDemonym = (word: string): string | null =>
    compiled.byFirstKey.get(wordKey(word))?.find((form) => form.kind === "demonym" && form.keys.length === 1)
      ?.entry.id ?? null;
  for (const candidate of ordered)
    if (candidate.kind === "role") {
      // "The prime minister met his Italian counterpart": the role is not held by the counterpart's country.
      const counterpart = COUNTERPART_AFTER.exec(text.slice(candidate.end, candidate.end + 80))?.[1];
      article.resolveRole(candidate, counterpart === undefined ? null : countryOfDemonym(counterpart));
    }
  const isPerson = (candidate: Candidate): boolean =>
    candidate.entity !== null && article.drafts.get(candidate.entity)?.type === "person";
  // Before named groups resolve: a demonym pair replaces the group the scan read in the same words.
  const sentenceStartOf = (offset: number): number =>
    document.sentences[rangeIndexAt(document.sentences, offset)]?.start ?? 0;
  const demonymPaired = [
    ...demonymPairs(text, ordered, isPerson, countryOfDemonym, article.countriesOf),
    ...countedGroups(text, ordered, isPerson, sentenceStartOf),
  ];
  for (const pair of demonymPaired)
    for (const candidate of ordered)
      if (
        candidate.kind === "group" &&
        candidate.start < pair.candidate.end &&
        pair.candidate.start < candidate.end
      )
        candidate.dropped = true;
  for (const candidate of ordered) {
    if (candidate.kind === "place" || candidate.kind === "organization" || candidate.kind === "group") {
      if (!candidate.dropped) article.resolveNamed(candidate);
    }
  }
  const named = ordered.filter(
    (candidate) =>
      candidate.kind !== "pronoun" &&
      isPerson(candidate) &&
      !isNamesake(text, candidate.start, candidate.end),
  );
  const blocks = document.blocks;
  const sentences = ordered.some((candidate) => candidate.kind === "pronoun") ? sentenceStarts(tokens) : [];
  // Where the last name, surname or role before the current candidate starts (candidates come in text order).
  let lastNamingStart = -1;
  for (const candidate of ordered) {
    if (candidate.kind !== "pronoun") {
      if (namesSomeone(candidate)) lastNamingStart = candidate.start;
      continue;
    }
    const blockIndex = rangeIndexAt(blocks, candidate.start);
    const block = blocks[blockIndex];
    const sentence = rangeIndexAt(sentences, candidate.start);
    // Only a pronoun its paragraph names no one before (not even by role) looks to the paragraph before.
    const previousBlock =
      block !== undefined && lastNamingStart < block.start ? blocks[blockIndex - 1] : undefined;
    article.resolvePronoun(
      candidate,
      block?.start ?? 0,
      sentences[sentence]?.start ?? 0,
      sentences[sentence - 1]?.start ?? -1,
      named,
      text,
      previousBlock && !previousBlock.boilerplate ? previousBlock.start : -1,
    );
    // "He met Pompeo in Bogotá. A week later he was received by Trudeau": a subject pronoun, once resolved,
    // stands for its person when later pronouns look for the people a sentence names.
    if (isPerson(candidate) && SUBJECT_PRONOUN.test(candidate.name)) insertByStart(named, candidate);
  }
  // "Deputy Prime Minister" has the head "prime minister": the deputy is kept, as no pair of prime ministers holds it.
  const roleHeadsOf = (entity: string): readonly string[] =>
    (article.drafts.get(entity)?.roles ?? []).map((role) =>
      DEPUTY.test(role.text.toLowerCase()) && !DEPUTY.test(role.head) ? `deputy ${role.head}` : role.head,
    );
  // Bylines, credits and captions name reporters and photographers, never the pair a story is about.
  const inBoilerplate = (offset: number): boolean =>
    REPORTER_BLOCKS.has(document.blocks[rangeIndexAt(document.blocks, offset)]?.kind ?? "paragraph");
  const pairs = [
    ...pairCandidates(text, ordered, isPerson, roleHeadsOf, inBoilerplate, sentenceStartOf),
    ...demonymPaired,
  ];
  for (const pair of pairs) {
    article.resolvePair(pair.candidate, pair.members);
    ordered.push(pair.candidate);
  }
  for (const half of hyphenedSurnames(text, ordered, article)) ordered.push(half);
  sortedByPosition(ordered);
  const personMentions = ordered.filter(isPerson);
  for (const candidate of ordered)
    if (candidate.kind === "group") {
      article.resolveMembers(candidate, text, personMentions);
      // "Blinken led a US delegation that included …": the person who leads the group is its member.
      const leader = personMentions.findLast((person) => person.end <= candidate.start);
      if (leader && LEADS_BETWEEN.test(text.slice(leader.end, candidate.start)))
        article.addMember(candidate, leader);
      else if (
        candidate.keys.length === 1 &&
        DELEGATION.test(candidate.name) &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, candidate.start - 4), candidate.start))
      ) {
        // "the Bidens hosted the Kenyan delegation": a country's delegation, named without its leader, is led by
        // the person of that country the story names first.
        const country = candidate.keys[0] as string;
        const head = personMentions.find(
          (person) => person.entity !== null && article.countriesOf(person.entity).has(country),
        );
        if (head) article.addMember(candidate, head);
      }
    }

  const drafts = [...article.drafts.values()].filter((draft) => draft.candidates.length > 0);
  for (const draft of drafts) if (!startsInOrder(draft.candidates)) draft.candidates.sort(byStart);
  drafts.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
  const ids = new Map<string, string>();
  const counters = { person: 0, place: 0, organization: 0, group: 0 };
  for (const draft of drafts) {
    counters[draft.type] += 1;
    ids.set(draft.key, `${document.article.id}#${ID_LETTER[draft.type]}${counters[draft.type]}`);
  }
  const entities = drafts.map((draft) => toLocalEntity(draft, ids.get(draft.key) as string, document, ids));
  const mentions: EntityMention[] = [];
  for (const candidate of ordered) {
    const entityId = candidate.entity === null ? undefined : ids.get(candidate.entity);
    if (entityId === undefined || candidate.dropped) continue;
    mentions.push({
      entityId,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      form: formOf(candidate),
      sentence: rangeIndexAt(document.sentences, candidate.start),
    });
  }
  return { entities, mentions };
}
