import type { GazetteerEntry } from "../../schema/gazetteer.js";
import { type Candidate, newCandidate } from "./candidate.js";
import type { CompiledGazetteer, GazetteerForm } from "./compile-gazetteer.js";
import { TITLE_HEADS, TITLES_INSIDE_NAMES } from "./data/titles.js";
import { SETTLEMENT_NOUNS } from "./data/words.js";
import { type GazetteerMatch, type KeyCache, keyAt, matchGazetteerAt } from "./match-gazetteer.js";
import { newRole, type RoleRecord } from "./role.js";
import { matchTitle } from "./title-index.js";
import { type Token, TokenKind } from "./tokenize.js";
import { W } from "./word-classes.js";

/** Styles of address that stand for the head of state ("His Excellency", "His Highness the Amir", "Her Majesty"). */
/** Words that open a minister's portfolio after the title ("Minister of …", "Minister for …"). */
const PORTFOLIO_OPENERS: ReadonlySet<string> = new Set(["of", "for"]);

/** How many capitalised words after a title word inside a run may lead to a site word that makes it a place. */
const SITE_LOOKAHEAD_WORDS = 3;

const STYLE_TITLES: ReadonlySet<string> = new Set(["excellency", "highness", "majesty"]);
/** Titles whose holder is posted to a country ("Ambassador to the Philippines", "Special Envoy to Syria"). */
const POSTED_HEADS: ReadonlySet<string> = new Set(["ambassador", "envoy", "representative"]);
/** Words that may follow a bare role for it to be a reference to a person ("the US envoy said"). */
const ROLE_FOLLOWERS: ReadonlySet<string> = new Set(
  (
    "has have had was is will would could should may might must did does do who whose and or but in on at to of for " +
    "with from by also later then again still not never had already has told said says on during after before as " +
    "himself herself"
  ).split(" "),
);

/** Common nouns that begin place names made with another place's name ("Port Sudan", "Mount Lebanon"). */
const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(["port", "fort", "mount", "cape", "lake", "point"]);
/** A contraction such as "I've", "We're", "Don't": never a name. */
const CONTRACTION = /['’](?:ve|re|ll|d|m|t|s)$/i;

/**
 * Marks the tokens of title-case lines ("Witkoff to Visit Russia Again This Week"): there capitals say nothing
 * about names, so only gazetteer names and strong cues count.
 */
function titleCaseLines(tokens: readonly Token[]): boolean[] {
  const marks: boolean[] = new Array(tokens.length).fill(false);
  let lineStart = 0;
  let words = 0;
  let capitalised = 0;
  const close = (end: number): void => {
    const last = tokens[end - 1];
    const endsLikeSentence =
      last !== undefined && last.kind === TokenKind.Punct && '.!?"”'.includes(last.text);
    if (!endsLikeSentence && words >= 4 && capitalised / words >= 0.6) marks.fill(true, lineStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === TokenKind.Break) {
      close(i);
      lineStart = i + 1;
      words = 0;
      capitalised = 0;
    } else if (token.kind === TokenKind.Word && token.text.length > 3) {
      words++;
      if (token.cap) capitalised++;
    }
  }
  close(tokens.length);
  return marks;
}

/** A role phrase being read: determiner, qualifiers, modifiers and title head, in any mix before a name. */
interface Prefix {
  start: number;
  /** Start of the role's own words (after determiner and possessor). */
  roleStart: number;
  headEnd: number;
  head: string | null;
  modifiers: string[];
  countries: string[];
  orgs: string[];
  persons: string[];
  definite: boolean;
  indefinite: boolean;
  possessor: boolean;
  /** Place and organisation mentions used as qualifiers: dropped if the phrase turns out to be a role. */
  deferred: Candidate[];
  /** A comma followed the head: the name may come next ("Kenya's president, William Ruto"). */
  afterComma: boolean;
  /** The person right before ", <role>" (apposition: "Ivan Fedorov, the regional governor"). */
  appositionTo: Candidate | null;
  groupOk: boolean;
}

const REGNAL_NUMBER = /^(?:I{2,3}|IV|VI{0,3}|IX|X)$/;

/** Month names that are also family names, read as such right after a given name ("Theresa May"). */
const SURNAME_MONTHS: ReadonlySet<string> = new Set(["may", "june", "april", "august"]);

function isSurnameMonth(tokens: readonly Token[], runStart: number, at: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  return (
    at === runStart + 1 &&
    SURNAME_MONTHS.has(token.lower) &&
    (tokens[runStart] as Token).flags !== 0 &&
    ((tokens[runStart] as Token).flags & W.GIVEN_NAME) !== 0 &&
    !(next !== undefined && /^\d/.test(next.text))
  );
}

function newPrefix(start: number, appositionTo: Candidate | null): Prefix {
  return {
    start,
    roleStart: start,
    headEnd: start,
    head: null,
    modifiers: [],
    countries: [],
    orgs: [],
    persons: [],
    definite: false,
    indefinite: false,
    possessor: false,
    deferred: [],
    afterComma: false,
    appositionTo,
    groupOk: true,
  };
}

/** Whether a token is a word in the given word list(s). */
function is(token: Token | undefined, flag: number): boolean {
  return token !== undefined && (token.flags & flag) !== 0;
}

/** A word of five or more letters in capitals only ("KREMLIN"): a shouted word, not a name's. */
/** Words opening a role's complement: "the head of the …", "Minister for the Pacific". */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(["of", "for", "on", "to"]);

/** What "Heads of …" is a plural of: heads of state, heads of government. */
const HEADS_OF: ReadonlySet<string> = new Set(["state", "government"]);

/** A short acronym ("BBC", "RNZ"): no person's given name is written so. */
const ACRONYM_WORD = /^\p{Lu}{2,4}$/u;

function isAllCaps(token: Token): boolean {
  return token.text.length > 4 && token.text === token.text.toUpperCase();
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === TokenKind.Word;
}

/** The first pass over the tokens: finds candidate mentions and the roles the text gives them. */
/** How many tokens an "of …" complement of a role may run before the name it is in apposition to. */
const COMPLEMENT_REACH = 10;

export function scanCandidates(
  text: string,
  tokens: readonly Token[],
  gazetteer: CompiledGazetteer,
): Candidate[] {
  const keys: KeyCache = new Map();
  const candidates: Candidate[] = [];
  const n = tokens.length;
  let prefix = null as Prefix | null;
  /** Candidate whose last token is the token before the current one (for possessives and appositions). */
  let lastPerson = null as { candidate: Candidate; lastToken: number } | null;
  let honorific = false;
  const titleCase = titleCaseLines(tokens);

  /** Gazetteer matches by token index, computed once each (runs look ahead over tokens the loop visits later). */
  const matches: (GazetteerMatch | null | undefined)[] = new Array(n);
  const gazetteerAt = (index: number): GazetteerMatch | null => {
    const token = tokens[index];
    if (!isWord(token)) return null;
    if (!token.cap && !is(token, W.PARTICLE)) return null;
    let match = matches[index];
    if (match === undefined) {
      match = matchGazetteerAt(tokens, keys, index, gazetteer);
      matches[index] = match;
    }
    return match;
  };

  const startsRoleWord = (index: number): boolean => {
    const token = tokens[index];
    if (!isWord(token)) return false;
    if (matchTitle(tokens, index) !== null) return true;
    if (is(token, W.GROUP_NOUN)) return true;
    return is(token, W.MODIFIER) && !token.cap;
  };

  /** Person cues around a name occupying tokens `[from, to)`: strong (title, honorific, given name) and weak. */
  /** Token indexes of names in apposition to a role with a complement ("Minister for the Pacific, Pat Conroy"). */
  const appositionStarts = new Set<number>();
  const cuesFor = (from: number, to: number): { strong: boolean; weak: boolean } => {
    const beforeIndex = previousWordIndex(from, false);
    const before = beforeIndex < 0 ? undefined : tokens[beforeIndex];
    const after = tokens[to];
    const p = prefix;
    const strong =
      honorific ||
      appositionStarts.has(from) ||
      (p !== null && (p.head !== null || p.possessor)) ||
      (to - from >= 2 && is(tokens[from] as Token, W.GIVEN_NAME));
    const weak =
      (isWord(after) && is(after, W.VERB_AFTER)) ||
      (before !== undefined && is(before, W.CUE_BEFORE)) ||
      (tokens[to - 1] as Token).possessive ||
      (to - from >= 2 && apposedTitleAfter(to));
    return { strong, weak };
  };

  /** ", the EU neighbourhood commissioner," right after a name: an apposed role ending in a title within six words. */
  const apposedTitleAfter = (index: number): boolean => {
    if (tokens[index]?.text !== ",") return false;
    const article = tokens[index + 1];
    if (!isWord(article) || !(is(article, W.DEFINITE) || is(article, W.INDEFINITE))) return false;
    for (let k = index + 2; k < Math.min(n, index + 8); k++) {
      const word = tokens[k];
      if (!isWord(word)) return false;
      const title = matchTitle(tokens, k);
      if (title !== null) return tokens[title.end]?.text === ",";
    }
    return false;
  };

  /** Index of the word before token `index` (skipping "the" when asked), or -1 across punctuation. */
  const previousWordIndex = (index: number, skipDeterminer: boolean): number => {
    let at = index - 1;
    const previous = tokens[at];
    if (skipDeterminer && isWord(previous) && is(previous, W.DEFINITE)) at--;
    return isWord(tokens[at]) ? at : -1;
  };

  const isLocative = (index: number): boolean => {
    const at = previousWordIndex(index, true);
    if (at < 0) return false;
    const previous = tokens[at] as Token;
    if (is(previous, W.LOCATIVE)) return true;
    // "the Spanish city of Granada", "the border town of Cúcuta".
    if (previous.lower === "of") {
      const noun = tokens[at - 1];
      return isWord(noun) && SETTLEMENT_NOUNS.has(noun.lower);
    }
    if (previous.lower !== "to") return false;
    for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
      const word = tokens[k];
      if (!isWord(word)) break;
      if (is(word, W.MOVEMENT)) return true;
    }
    return false;
  };

  const roleOf = (p: Prefix): RoleRecord => {
    const role = newRole(text.slice(p.roleStart, p.headEnd), p.head ?? "official", p.modifiers);
    for (const country of p.countries) role.countries.add(country);
    for (const org of p.orgs) role.orgs.add(org);
    for (const person of p.persons) role.persons.add(person);
    return role;
  };

  const dropDeferred = (p: Prefix): void => {
    for (const candidate of p.deferred) candidate.dropped = true;
  };

  /** Past "to (the) <known place>" after an envoy's title, when a capitalised word follows it; else `index`. */
  const pastPosting = (head: string, index: number): number => {
    if (!POSTED_HEADS.has(head) || tokens[index]?.lower !== "to") return index;
    const at = tokens[index + 1]?.lower === "the" ? index + 2 : index + 1;
    const place = gazetteerAt(at);
    if (place === null || !place.forms.some((form) => form.entry.type === "place")) return index;
    const next = tokens[place.end];
    return isWord(next) && next.cap ? place.end : index;
  };

  /** Complements of such roles ("of External Relations"): a portfolio, not a person. */
  const complements: { start: number; end: number }[] = [];
  /** Roles told before a name in apposition ("the President of Rwanda, Paul Kagame"), by the name's start offset. */
  const appositionRoles = new Map<number, RoleRecord>();
  /** The role of `p` with its complement, tokens `[from, comma)`: "President of Rwanda", with Rwanda's country. */
  const complementRole = (p: Prefix, from: number, comma: number): RoleRecord => {
    const role = roleOf(p);
    const withComplement = newRole(text.slice(p.roleStart, (tokens[comma - 1] as Token).end), role.head, [
      ...p.modifiers,
    ]);
    for (const country of role.countries) withComplement.countries.add(country);
    for (const org of role.orgs) withComplement.orgs.add(org);
    for (const person of role.persons) withComplement.persons.add(person);
    for (let k = from + 1; k < comma; k++) {
      const match = gazetteerAt(k);
      const country = match?.forms.map((form) => gazetteer.countryOf.get(form.entry.id)).find(Boolean);
      if (country !== undefined) withComplement.countries.add(country);
    }
    return withComplement;
  };

  /**
   * Whether an "of …" or "for …" complement of capitalised words starting at `index` is followed by ", <Name>": the role
   * before it is then an apposition to that name, not a mention of someone named earlier.
   */
  const nameAfterComplement = (index: number, p: Prefix): boolean => {
    if (!isWord(tokens[index]) || !COMPLEMENT_OPENERS.has((tokens[index] as Token).lower)) return false;
    for (let j = index + 1; j < Math.min(n, index + COMPLEMENT_REACH); j++) {
      const token = tokens[j] as Token;
      if (token.text === ",") {
        if (!nameStartsAt(j + 1)) return false;
        appositionStarts.add(j + 1);
        appositionRoles.set((tokens[j + 1] as Token).start, complementRole(p, index, j));
        complements.push({ start: (tokens[index] as Token).end, end: token.start });
        return true;
      }
      // "the president of its governing board, Ricardo Monreal": the complement may be lower case too.
      if (!isWord(token)) return false;
    }
    return false;
  };

  /** Ends the role phrase being read at token `index`, turning it into an apposition or a role mention. */
  const flush = (index: number): void => {
    const p = prefix;
    prefix = null;
    if (p === null || p.head === null) return;
    if (p.appositionTo !== null) {
      p.appositionTo.roles.push(roleOf(p));
      p.appositionTo.cue = true;
      dropDeferred(p);
      return;
    }
    const follower = tokens[index];
    // "the prime minister's second meeting": a role in the possessive is a mention of its holder.
    const followerOk =
      Boolean(tokens[index - 1]?.possessive) ||
      !isWord(follower) ||
      ROLE_FOLLOWERS.has(follower.lower) ||
      is(follower, W.VERB_AFTER) ||
      (!follower.cap && follower.lower.endsWith("ed"));
    const qualified = p.countries.length + p.orgs.length + p.persons.length > 0;
    // "the head of the Atomic Energy Organisation of Iran, Mohammad Eslami", "the prime minister's adviser on
    // foreign affairs, Sartaj Aziz": the role names the person after it.
    if (!p.indefinite && nameAfterComplement(index, p)) return;
    if (p.indefinite || !followerOk || !(p.definite || p.possessor || qualified)) return;
    const role = newCandidate("role", p.start, p.headEnd, text.slice(p.start, p.headEnd));
    role.query = roleOf(p);
    candidates.push(role);
    dropDeferred(p);
  };

  let appositionTarget = null as Candidate | null;
  const ensurePrefix = (start: number): Prefix => {
    if (prefix === null) prefix = newPrefix(start, appositionTarget);
    return prefix;
  };

  /** Records a person-like candidate, gives it the pending role, and opens a prefix if it qualifies a role. */
  const runHasGivenName = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (is(tokens[k], W.GIVEN_NAME)) return true;
    return false;
  };

  /** Full names already read as people with a cue ("President Lee Park"), so a bare repeat stays a person. */
  const cuedPersonNames = new Set<string>();
  const runKeys = (from: number, to: number): string => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) parts.push(keyAt(tokens, keys, k));
    return parts.join(" ");
  };

  const addPersonLike = (candidate: Candidate, lastToken: number): void => {
    const apposed = appositionRoles.get(candidate.start);
    if (apposed !== undefined) {
      candidate.roles.push(apposed);
      candidate.cue = true;
    }
    const p = prefix;
    if (p !== null && p.head !== null) {
      candidate.roles.push(roleOf(p));
      candidate.cue = true;
      dropDeferred(p);
    }
    if (p?.possessor) candidate.cue = true;
    if (honorific) candidate.cue = true;
    honorific = false;
    prefix = null;
    const index = candidates.push(candidate) - 1;
    if (candidate.cue && candidate.keys.length >= 2) cuedPersonNames.add(candidate.keys.join(" "));
    lastPerson = { candidate, lastToken };
    const last = tokens[lastToken] as Token;
    if (last.possessive || startsRoleWord(lastToken + 1)) {
      const next = newPrefix(candidate.start, null);
      next.persons.push(`#${index}`);
      next.possessor = last.possessive;
      next.groupOk = false;
      const following = tokens[lastToken + 1];
      next.roleStart = following?.start ?? candidate.end;
      if (!last.possessive) next.roleStart = candidate.start;
      prefix = next;
    }
  };

  /** Whether a capitalised word that is no title, site or organisation word (a person's name) starts at `index`. */
  const nameStartsAt = (index: number): boolean => {
    const token = tokens[index];
    return (
      isWord(token) &&
      token.cap &&
      !is(token, W.SITE) &&
      !is(token, W.ORGANIZATION) &&
      matchTitle(tokens, index) === null
    );
  };

  /**
   * Whether the word at `index`, right after a known full name, is a second surname that name is written with
   * ("Raúl Castro Ruz"): a capitalised word no other vocabulary claims, with no capitalised word after it.
   */
  const secondSurnameAt = (index: number): boolean => {
    const token = tokens[index];
    if (!isWord(token) || !token.cap || !nameStartsAt(index)) return false;
    if (
      is(token, W.NOT_NAME) ||
      is(token, W.CALENDAR) ||
      is(token, W.HONORIFIC) ||
      gazetteerAt(index) !== null
    )
      return false;
    const after = tokens[index + 1];
    return !(isWord(after) && after.cap);
  };

  /**
   * "Vice Premier He Lifeng", "Yellen met He in Beijing": "He" right after a title and before a capitalised word, or
   * capitalised inside a sentence, is a family name, not the pronoun.
   */
  const familyNameHe = (index: number): boolean => {
    const token = tokens[index] as Token;
    if (token.text !== "He") return false;
    const next = tokens[index + 1];
    if (prefix !== null && prefix.head !== null && isWord(next) && next.cap) return true;
    const previous = tokens[index - 1];
    return isWord(previous) && !previous.cap && previous.end === token.start - 1;
  };

  /**
   * Whether the capitalised words from `index` reach a site word within a few words ("Grand Prince Hotel
   * Hiroshima", "King Fahd Palace"): a title word before them is part of the place's name.
   */
  const siteWordAhead = (index: number): boolean => {
    for (let k = index; k < Math.min(n, index + SITE_LOOKAHEAD_WORDS); k++) {
      const token = tokens[k];
      if (!isWord(token) || !token.cap) return false;
      if (is(token, W.SITE)) return true;
    }
    return false;
  };

  /**
   * Where a portfolio starting at `index` ("Planning and Investment", "Foreign Affairs and International
   * Cooperation") ends, when a name follows it; -1 when no portfolio word opens it or no name follows.
   */
  const portfolioEnd = (index: number): number => {
    let j = index;
    let words = 0;
    while (j < n) {
      const token = tokens[j];
      if (isWord(token) && token.cap && is(token, W.PORTFOLIO)) {
        words++;
        j++;
      } else if (
        isWord(token) &&
        (token.lower === "and" || token.lower === "the") &&
        isWord(tokens[j + 1]) &&
        is(tokens[j + 1] as Token, W.PORTFOLIO)
      )
        j++;
      else if (token?.text === "&" || (token?.text === "," && is(tokens[j + 1] as Token, W.PORTFOLIO))) j++;
      else break;
    }
    return words > 0 && nameStartsAt(j) && !is(tokens[j] as Token, W.PORTFOLIO) ? j : -1;
  };

  /** Where a run of capitalised name words starting at `index` ends (exclusive). */
  const runEnd = (index: number): number => {
    let j = index;
    let count = 0;
    let hasSiteOrOrg = false;
    while (j < n && count < 7) {
      const token = tokens[j] as Token;
      if (token.kind !== TokenKind.Word) break;
      if (token.cap) {
        if (j > index) {
          // "Liu He": a capitalised "He" inside a run of name words is a name, never the pronoun.
          const closedWord =
            (is(token, W.NOT_NAME) && token.text !== "He") || is(token, W.CALENDAR) || is(token, W.HONORIFIC);
          if (closedWord && !isSurnameMonth(tokens, index, j)) break;
          // A title word inside a name ("Hassan Sheikh Mohamud") continues it; one ending the run does not.
          // After an organisation's name, only a title that a name follows ends it ("International Monetary
          // Fund Managing Director Kristalina Georgieva"; not "Office of the Prime Minister").
          const found = matchTitle(tokens, j);
          const title = hasSiteOrOrg && (found === null || !nameStartsAt(found.end)) ? null : found;
          const next = title === null ? undefined : tokens[title.end];
          const insideName =
            title !== null &&
            TITLES_INSIDE_NAMES.has(token.lower) &&
            isWord(next) &&
            next.cap &&
            matchTitle(tokens, title.end) === null;
          if (title !== null && !insideName && !siteWordAhead(title.end)) break;
          // "… of the Hellenic Republic Katerina Sakellaropoulou": a given name after a site or organisation
          // word starts a person's name.
          const after = tokens[j + 1];
          if (hasSiteOrOrg && is(token, W.GIVEN_NAME) && isWord(after) && after.cap) break;
          const match = gazetteerAt(j);
          // "Port Sudan", "Fort Worth": a place-noun head makes one name with the known place after it.
          const placeHead = j === index + 1 && PLACE_HEAD_WORDS.has((tokens[index] as Token).lower);
          if (!placeHead && match?.forms.some((form) => form.entry.type !== "person")) break;
          // "President of the European Commission Ursula von der Leyen": a known full name ends the institution's.
          if (
            hasSiteOrOrg &&
            match?.forms.some((form) => form.entry.type === "person" && form.keys.length >= 2)
          )
            break;
        }
      } else {
        const next = tokens[j + 1];
        const nextIsCap = isWord(next) && next.cap;
        let afterParticles = j + 1;
        while (is(tokens[afterParticles], W.PARTICLE) && !(tokens[afterParticles] as Token).cap)
          afterParticles++;
        const particle =
          is(token, W.PARTICLE) && isWord(tokens[afterParticles]) && (tokens[afterParticles] as Token).cap;
        const joiner =
          hasSiteOrOrg && is(token, W.JOINER) && (nextIsCap || (isWord(next) && is(next, W.JOINER)));
        if (j === index || !(particle || joiner)) break;
      }
      if (is(token, W.SITE) || is(token, W.ORGANIZATION)) hasSiteOrOrg = true;
      j++;
      count++;
      if (token.possessive) {
        const next = tokens[j];
        const continues = isWord(next) && next.cap && (is(next, W.SITE) || is(next, W.ORGANIZATION));
        if (!continues) break;
      }
    }
    while (j > index && !(tokens[j - 1] as Token).cap) j--;
    return j;
  };

  const runKind = (from: number, to: number): "place" | "organization" | null => {
    const last = tokens[to - 1] as Token;
    if (to - from >= 2 && is(last, W.SITE)) return "place";
    let kind: "place" | "organization" | null = null;
    for (let k = from; k < to; k++) {
      const word = tokens[k] as Token;
      if (is(word, W.ORGANIZATION)) return to - from >= 2 ? "organization" : null;
      if (is(word, W.SITE) && to - from >= 2) kind = "place";
    }
    return kind;
  };

  const chooseEntry = (forms: readonly GazetteerForm[], index: number): GazetteerForm => {
    const places = forms.filter((form) => form.entry.type === "place");
    const others = forms.filter((form) => form.entry.type !== "place");
    const first = forms[0] as GazetteerForm;
    if (places.length === 0 || others.length === 0) return first;
    return (isLocative(index) ? places[0] : others[0]) ?? first;
  };

  const addPlaceOrOrg = (
    kind: "place" | "organization",
    from: number,
    to: number,
    entry: GazetteerEntry | null,
    formKind: GazetteerForm["kind"] | null,
  ): void => {
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    const candidate = newCandidate(kind, first.start, last.end, text.slice(first.start, last.end));
    for (let k = from; k < to; k++) candidate.keys.push(keyAt(tokens, keys, k));
    if (entry !== null) candidate.gazetteer.push(entry);
    candidate.gazetteerForm = formKind;
    const adjectival = !last.possessive && startsRoleWord(to);
    const qualifierId = entry?.id ?? `u:${kind}:${candidate.keys.join(" ")}`;
    if (adjectival || last.possessive) {
      if (prefix !== null && (prefix.head !== null || prefix.afterComma)) flush(from);
      const p = ensurePrefix(first.start);
      if (kind === "organization") p.orgs.push(qualifierId);
      const country = entry === null ? undefined : gazetteer.countryOf.get(entry.id);
      if (country !== undefined) p.countries.push(country);
      if (adjectival) p.deferred.push(candidate);
      // "Tanzania's Salim Mwinyi", "Ukraine's president": a possessive place owns what follows.
      if (last.possessive) p.possessor = true;
    } else {
      flush(from);
    }
    candidates.push(candidate);
  };

  for (let i = 0; i < n; ) {
    const token = tokens[i] as Token;
    if (token.kind !== TokenKind.Word) {
      const p = prefix as Prefix | null;
      if (token.text === "," && p !== null && p.head !== null && !p.afterComma && p.appositionTo === null) {
        p.afterComma = true;
        i++;
        continue;
      }
      flush(i);
      honorific = false;
      if (token.text !== "," || lastPerson === null || lastPerson.lastToken !== i - 1) lastPerson = null;
      i++;
      continue;
    }
    appositionTarget =
      lastPerson !== null && lastPerson.lastToken === i - 2 && tokens[i - 1]?.text === ","
        ? lastPerson.candidate
        : null;
    if ((prefix as Prefix | null)?.afterComma && !token.cap) flush(i);
    const lower = token.lower;

    if (is(token, W.DEFINITE) || is(token, W.INDEFINITE)) {
      flush(i);
      const p = newPrefix(token.start, appositionTarget);
      p.definite = is(token, W.DEFINITE);
      p.indefinite = is(token, W.INDEFINITE);
      p.roleStart = tokens[i + 1]?.start ?? token.end;
      prefix = p;
      i++;
      continue;
    }
    // "The Heads of State held talks": the pair phrase, capitalised, names no one itself.
    if (lower === "heads" && tokens[i + 1]?.lower === "of" && HEADS_OF.has(tokens[i + 2]?.lower ?? "")) {
      flush(i);
      lastPerson = null;
      i += 3;
      continue;
    }
    // "His Excellency met …": the honorific of the head of state a spokesperson speaks for, a role, not a pronoun.
    if (
      (lower === "his" || lower === "her") &&
      STYLE_TITLES.has(tokens[i + 1]?.lower ?? "") &&
      tokens[i + 1]?.cap
    ) {
      flush(i);
      const p = newPrefix(token.start, appositionTarget);
      p.definite = true;
      p.roleStart = token.start;
      prefix = p;
      i++;
      continue;
    }
    // "HE President of Turkmenistan X", "HE the Turkmen President": the abbreviated style His Excellency.
    if (
      token.text === "HE" &&
      isWord(tokens[i + 1]) &&
      ((tokens[i + 1] as Token).cap || tokens[i + 1]?.lower === "the")
    ) {
      flush(i);
      i++;
      continue;
    }
    const heName = familyNameHe(i);
    if (is(token, W.PRONOUN) && !heName) {
      flush(i);
      candidates.push(newCandidate("pronoun", token.start, token.end, token.text));
      lastPerson = null;
      i++;
      continue;
    }
    if ((lower === "and" || lower === "&") && prefix !== null && prefix.head === null && prefix.groupOk) {
      i++;
      continue;
    }
    // "Greek, Macedonian Ministers Report Progress": in a title-case headline a plural title names no one after it.
    const pluralInTitleCase = titleCase[i] && lower.endsWith("s") && !Object.hasOwn(TITLE_HEADS, lower);
    const title = pluralInTitleCase ? null : matchTitle(tokens, i);
    if (title !== null) {
      if (prefix?.afterComma) flush(i);
      const p: Prefix = prefix ?? newPrefix(token.start, appositionTarget);
      if (prefix === null) p.roleStart = token.start;
      if (p.head !== null) p.modifiers.push(p.head);
      p.head = title.head;
      p.headEnd = (tokens[title.end - 1] as Token).end;
      prefix = p;
      const last = tokens[title.end - 1] as Token;
      i = title.end;
      if (is(last, W.GROUP_NOUN)) continue;
      if (last.possessive) flush(i);
      // "Japanese Ambassador to the Philippines Koshikawa Kazuhiko": the posting is part of the title, and the
      // name follows it.
      else i = pastPosting(title.head, i);
      continue;
    }
    // "US negotiators", "a Russian delegation"; without a qualifier only when its leaders follow
    // ("a delegation headed by X").
    const groupLed = is(tokens[i + 1], W.GROUP_LEADER);
    if (
      is(token, W.GROUP_NOUN) &&
      prefix?.groupOk &&
      (prefix.countries.length + prefix.orgs.length > 0 ||
        (groupLed && (prefix.definite || prefix.indefinite)))
    ) {
      const p = prefix;
      const from = p.definite || p.indefinite ? p.roleStart : p.start;
      const group = newCandidate("group", from, token.end, text.slice(from, token.end));
      const cue = tokens[i + 1];
      const by = tokens[i + 2];
      if (isWord(cue) && is(cue, W.GROUP_LEADER)) {
        group.membersFrom = isWord(by) && by.lower === "by" ? by.end : cue.end;
      }
      group.keys = p.countries.concat(p.orgs).sort();
      candidates.push(group);
      prefix = null;
      i++;
      continue;
    }
    const capitalModifier = (): boolean =>
      (matchTitle(tokens, i + 1) !== null ||
        gazetteerAt(i + 1)?.forms.some((form) => form.kind === "demonym") === true) &&
      gazetteerAt(i) === null;
    if (is(token, W.MODIFIER) && (!token.cap || capitalModifier())) {
      if (prefix?.afterComma) flush(i);
      const p: Prefix = prefix ?? newPrefix(token.start, appositionTarget);
      if (prefix === null) p.roleStart = token.start;
      p.modifiers.push(lower);
      prefix = p;
      i++;
      continue;
    }
    if (is(token, W.HONORIFIC) && token.cap && isWord(tokens[i + 1]) && (tokens[i + 1] as Token).cap) {
      honorific = true;
      i++;
      continue;
    }
    // "Minister of Planning and Investment Nguyen Chi Dung": a portfolio between the title and the name.
    const afterPortfolio = prefix?.head != null && PORTFOLIO_OPENERS.has(lower) ? portfolioEnd(i + 1) : -1;
    if (afterPortfolio > 0) {
      i = afterPortfolio;
      continue;
    }
    if (!token.cap && !is(token, W.PARTICLE)) {
      flush(i);
      honorific = false;
      lastPerson = null;
      i++;
      continue;
    }

    const match = gazetteerAt(i);
    const followedByCapital = match !== null && isWord(tokens[match.end]) && (tokens[match.end] as Token).cap;
    const personForms = match?.forms.filter((f) => f.entry.type === "person") ?? [];
    const loneSurname = personForms.length > 0 && personForms.every((f) => f.kind === "surname");
    const mayOverride = match === null || (followedByCapital && (personForms.length === 0 || loneSurname));
    const end = mayOverride ? runEnd(i) : i;
    // A longer name or site around a gazetteer word wins: "Kim Sun-hee" is not Kim Jong Un, "Trump Tower" a place.
    // "President Milan Petrović": right after a title, a place's name opening a longer name is a given name.
    const titledName = prefix !== null && prefix.head !== null && personForms.length === 0 && !isLocative(i);
    const runOverrides =
      match !== null &&
      mayOverride &&
      end > match.end &&
      (runKind(i, end) !== null || loneSurname || titledName);
    if (match !== null && !runOverrides) {
      const persons = match.forms.filter((form) => form.entry.type === "person");
      const named = match.forms.filter((form) => form.entry.type !== "person" && form.kind !== "demonym");
      // "Korea" is the country, not a folded spelling of the surname "Correa": a form written as the text wins.
      const asWritten = (form: GazetteerForm) => form.firstLower === lower;
      const spelledPlace = named.some(asWritten) && !persons.some(asWritten);
      if (persons.length > 0 && !spelledPlace) {
        const form = persons[0] as GazetteerForm;
        const kind = form.kind === "surname" ? "surname" : "person";
        const nameEnd =
          form.kind === "surname" ? match.end : match.end + (secondSurnameAt(match.end) ? 1 : 0);
        const last = tokens[nameEnd - 1] as Token;
        const candidate = newCandidate(kind, token.start, last.end, text.slice(token.start, last.end));
        for (let k = i; k < match.end; k++) candidate.keys.push(keyAt(tokens, keys, k));
        for (const form of persons)
          if (!candidate.gazetteer.includes(form.entry)) candidate.gazetteer.push(form.entry);
        candidate.gazetteerForm = form.kind;
        candidate.cue = true;
        addPersonLike(candidate, nameEnd - 1);
        i = nameEnd;
        continue;
      } else if (named.length > 0) {
        const form = chooseEntry(named, i);
        addPlaceOrOrg(
          form.entry.type === "organization" ? "organization" : "place",
          i,
          match.end,
          form.entry,
          form.kind,
        );
        lastPerson = null;
      } else {
        const form = match.forms[0] as GazetteerForm;
        const next = tokens[match.end];
        const acronym = /^[\p{Lu}.]+$/u.test(token.text);
        if (acronym && isLocative(i) && !(isWord(next) && !next.cap)) {
          addPlaceOrOrg("place", i, match.end, form.entry, "alias");
        } else {
          if (prefix !== null && (prefix.head !== null || prefix.afterComma)) flush(i);
          const p = ensurePrefix(token.start);
          p.countries.push(gazetteer.countryOf.get(form.entry.id) ?? form.entry.id);
        }
        lastPerson = null;
      }
      i = match.end;
      continue;
    }

    // A month or weekday word starts a name only right after a title or honorific ("President Jan Nowak").
    const titled = honorific || (prefix !== null && prefix.head !== null);
    const calendarName = titled && is(token, W.CALENDAR);
    // "Deputy Foreign Minister Do Hung Viet": a short everyday word right after a title, before a capitalised
    // word, opens a name.
    const next = tokens[i + 1];
    const titledWord =
      titled &&
      token.text.length <= 3 &&
      isWord(next) &&
      next.cap &&
      !is(token, W.DEFINITE) &&
      !is(token, W.PRONOUN);
    if (
      (is(token, W.NOT_NAME) && !calendarName && !heName && !titledWord) ||
      (is(token, W.CALENDAR) && !calendarName) ||
      // "Officials said …": a capitalised group noun on its own opens a sentence, not a name.
      (end === i + 1 && is(token, W.GROUP_NOUN)) ||
      // "Both Presidents agreed": a title in the plural on its own names no one.
      (end === i + 1 && is(token, W.PLURAL_TITLE)) ||
      end <= i ||
      CONTRACTION.test(token.text)
    ) {
      flush(i);
      lastPerson = null;
      i++;
      continue;
    }
    // A plural demonym on its own names a group: "the Russians", "Europeans".
    if (end === i + 1 && lower.endsWith("s") && token.text.length > 4) {
      const stem = matchGazetteerAt(
        [{ ...token, text: token.text.slice(0, -1), key: "" }],
        keys,
        0,
        gazetteer,
      );
      const demonym = stem?.forms.find((form) => form.kind === "demonym");
      if (demonym !== undefined) {
        flush(i);
        const group = newCandidate("group", token.start, token.end, token.text);
        const country = gazetteer.countryOf.get(demonym.entry.id);
        group.keys = country === undefined ? [demonym.entry.id] : [country];
        candidates.push(group);
        i++;
        continue;
      }
    }
    // "President Lee Park": a title right before a name outweighs a site word ending it.
    const titledRun = honorific || (prefix !== null && prefix.head !== null);
    const runKindFound = runKind(i, end);
    const kind =
      runKindFound === "place" && (titledRun || cuedPersonNames.has(runKeys(i, end))) ? null : runKindFound;
    const last = tokens[end - 1] as Token;
    if (kind !== null) {
      addPlaceOrOrg(kind, i, end, null, null);
      lastPerson = null;
      i = end;
      continue;
    }
    if (isAllCaps(token)) {
      flush(i);
      i = end;
      continue;
    }
    // "told RNZ Pacific", "BBC News reported": a name opening on an acronym is an organisation's.
    if (!titledRun && ACRONYM_WORD.test(token.text)) {
      addPlaceOrOrg("organization", i, end, null, null);
      lastPerson = null;
      i = end;
      continue;
    }
    // "Canada's International Trade Minister Mary Ng": capitalised words right before a title are its portfolio.
    if (end - i >= 2 && matchTitle(tokens, end) !== null && !runHasGivenName(i, end)) {
      i = end;
      continue;
    }
    const { strong: strongCue, weak: weakCue } = cuesFor(i, end);
    // "the Prime Minister's Office said": an institution's word alone names no person, whatever verb follows.
    if (end - i === 1 && (token.flags & W.ORGANIZATION) !== 0 && tokens[i - 1]?.possessive) {
      flush(i);
      lastPerson = null;
      i = end;
      continue;
    }
    if (titleCase[i] && !strongCue && end - i >= 2) {
      flush(i);
      lastPerson = null;
      i = end;
      continue;
    }
    const locative = isLocative(i);
    if (locative && !strongCue && end - i >= 2) {
      addPlaceOrOrg("place", i, end, null, null);
      lastPerson = null;
      i = end;
      continue;
    }
    const nameKind = end - i === 1 ? "surname" : strongCue || weakCue ? "person" : "maybe-person";
    const candidate = newCandidate(nameKind, token.start, last.end, text.slice(token.start, last.end));
    for (let k = i; k < end; k++) {
      const word = tokens[k] as Token;
      // "King Abdullah II" is the King Abdullah of the next line: a regnal number is not part of the name's key.
      if (word.cap && !(k === end - 1 && k > i && REGNAL_NUMBER.test(word.text)))
        candidate.keys.push(keyAt(tokens, keys, k));
    }
    candidate.cue = strongCue || weakCue;
    // "at the Party Central Committee": an organisation word opening a longer capitalised name is no place
    // ("at the Office of the President" still places).
    const opensOrganization =
      end - i === 1 && (token.flags & W.ORGANIZATION) !== 0 && tokens[end]?.cap === true;
    candidate.placeIfUnresolved = locative && !strongCue && !titleCase[i] && !opensOrganization;
    if (titleCase[i] && !strongCue) candidate.cue = false;
    if (nameKind === "surname" && locative && !strongCue && prefix !== null) flush(i);
    addPersonLike(candidate, end - 1);
    i = end;
  }
  flush(n);
  for (const candidate of candidates)
    if (
      // A portfolio ("of External Relations") is no one and no place; a known place there ("of Rwanda") stays.
      candidate.gazetteer.length === 0 &&
      candidate.kind !== "role" &&
      candidate.kind !== "pronoun" &&
      complements.some((c) => candidate.start >= c.start && candidate.end <= c.end)
    )
      candidate.dropped = true;
  return candidates;
}
