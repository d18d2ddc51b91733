import { SURNAME_SIMILARITY, sameNameKeys } from "../../normalize/entities/same-name.js";
import type { EntityType } from "../../schema/entity.js";
import type { GazetteerEntry } from "../../schema/gazetteer.js";
import { jaroWinkler } from "../natural-adapter.js";
import type { Candidate } from "./candidate.js";
import { type CompiledGazetteer, entryKeysOf } from "./compile-gazetteer.js";
import { gazetteerPeopleAnswering, gazetteerRolesOn } from "./gazetteer-roles.js";
import { headAnswers, type RoleRecord, roleAnswers, subset } from "./role.js";

/** An entity being assembled from the candidates that refer to it. */
export interface Draft {
  key: string;
  type: EntityType;
  gazetteer: GazetteerEntry | null;
  candidates: Candidate[];
  /** Folded keys of the fullest name seen (persons). */
  nameKeys: string[];
  /** Folded single-word keys the entity answers to: surname, one-word aliases. */
  surnames: Set<string>;
  roles: RoleRecord[];
  members: string[];
}

/** Offices whose holders are called one another's counterparts when the possessor's own office is not known yet. */
export const LEADER_HEADS: ReadonlySet<string> = new Set([
  "president",
  "prime minister",
  "premier",
  "chief minister",
  "first minister",
  "chancellor",
  "king",
  "queen",
  "emir",
  "amir",
  "sultan",
  "crown prince",
  "leader",
]);

/** Kinds of title whose holder goes by one name ("King Charles", "Emir Tamim"): not another person's first word. */
const REGNAL_TITLES: ReadonlySet<string> = new Set(["monarch", "prince", "crown prince", "pope"]);

/** The longest family name looked up both first and last in full names ("He", "Li", "Kim", "Wang"). */
const SHORT_FAMILY_NAME = 4;

/** How many times a person is named before `offset`. */
function mentionsBefore(draft: Draft, offset: number): number {
  let count = 0;
  for (const candidate of draft.candidates) if (candidate.start < offset) count++;
  return count;
}

/** Whether a candidate is named after a monarch's, prince's or pope's title ("King Charles"). */
function regnal(candidate: Candidate): boolean {
  return candidate.roles.some((role) => REGNAL_TITLES.has(role.head));
}

/** How far back (in characters) a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 400;

/** Whether name keys run together spell `letters` (what `keys.join("") === letters` says, without the string). */
function spells(keys: readonly string[], letters: string): boolean {
  // "Ferdinand R. Marcos Jr." spells "Ferdinand Marcos Jr." with a middle initial the other leaves out.
  return (
    spellsExactly(keys, letters) ||
    spellsExactly(
      keys.filter((key) => key.length > 1),
      letters,
    )
  );
}

function spellsExactly(keys: readonly string[], letters: string): boolean {
  let at = 0;
  for (const key of keys) {
    if (!letters.startsWith(key, at)) return false;
    at += key.length;
  }
  return at === letters.length;
}

function newDraft(key: string, type: EntityType, gazetteer: GazetteerEntry | null): Draft {
  return { key, type, gazetteer, candidates: [], nameKeys: [], surnames: new Set(), roles: [], members: [] };
}

/** A role record the article may extend without touching the shared, compiled original. */
function copyRole(role: RoleRecord): RoleRecord {
  return {
    ...role,
    countries: new Set(role.countries),
    orgs: new Set(role.orgs),
    persons: new Set(role.persons),
  };
}

const OBJECT_PRONOUN = /^him$/i;
/** Words between a person and a later "him" that show the person is not that clause's subject. */
const CLAUSE_BREAK = /[,;:“”"]|\b(?:and|but|or|while|after|before|because|that|who|when)\b/i;

/** ", who spoke to ": a who-clause opened right after a person and still open at the pronoun. */
const SUBJECT_WHO_CLAUSE = /^\s*,\s*who\s[^,;:.“”"]*$/i;

/** The named people of the pronoun's own sentence that stand before it, in text order. */
function namedBefore(
  pronoun: Candidate,
  personMentions: readonly Candidate[],
  from: number,
  sentenceStart: number,
): Candidate[] {
  const before: Candidate[] = [];
  for (let k = from; k < personMentions.length; k++) {
    const mention = personMentions[k] as Candidate;
    if (mention.end > pronoun.start) break;
    // A subject pronoun already resolved counts ("A week later he was received by X, and Y welcomed him").
    if (mention.start >= sentenceStart && (mention.kind !== "pronoun" || mention.entity !== null))
      before.push(mention);
  }
  return before;
}

/**
 * "… contacts with Orbán and could meet him": an object pronoun is not the subject of its own clause, so the
 * nearest person before it stands for it only when something breaks the clause between them; otherwise the one
 * first one the sentence names ("Witkoff said Putin received him" → Witkoff). Undefined when it names no one fitting.
 */
function objectAntecedent(
  text: string,
  pronoun: Candidate,
  before: readonly Candidate[],
): Candidate | undefined {
  const nearest = before.at(-1);
  if (nearest === undefined) return undefined;
  const between = text.slice(nearest.end, pronoun.start);
  // "Albanese, who spoke to him by phone": the who-clause's subject is the person before it, never its object.
  if (CLAUSE_BREAK.test(between) && !SUBJECT_WHO_CLAUSE.test(between)) return nearest;
  // "Dahal called on President Murmu, and Vice President Dhankhar also met him": the sentence's first person, its
  // topic, rather than another clause's object.
  return before.find((mention) => mention.entity !== nearest.entity);
}

/**
 * "Albanese had also called him on election night": when the only person before an object pronoun in its
 * sentence is its clause's subject, the pronoun is the last other person named before the sentence.
 */
function notTheSubject(
  text: string,
  pronoun: Candidate,
  before: readonly Candidate[],
  personMentions: readonly Candidate[],
  sentenceStart: number,
): Candidate | undefined {
  const subject = before[0];
  if (subject === undefined || CLAUSE_BREAK.test(text.slice(subject.end, pronoun.start))) return undefined;
  for (let k = personMentions.length - 1; k >= 0; k--) {
    const mention = personMentions[k] as Candidate;
    if (mention.start < sentenceStart && mention.kind !== "pronoun" && mention.entity !== subject.entity)
      return mention;
  }
  return undefined;
}

/** Coreference within one article: which candidates are one entity. Mutates `candidate.entity`. */
/** How far after a pronoun its clause may name someone it cannot stand for. */
const CLAUSE_AFTER_REACH = 60;

/** The people a subject pronoun's clause names soon after it ("He also met Mr Macron"), before any break. */
function entitiesNamedAfter(
  text: string,
  pronoun: Candidate,
  personMentions: readonly Candidate[],
  from: number,
): ReadonlySet<string> {
  const named = new Set<string>();
  if (!/^(?:he|she)$/i.test(pronoun.name)) return named;
  for (let k = from; k < personMentions.length; k++) {
    const mention = personMentions[k] as Candidate;
    if (mention.start < pronoun.end || mention.kind === "pronoun" || mention.entity === null) continue;
    if (mention.start - pronoun.end > CLAUSE_AFTER_REACH) break;
    if (/[.!?;:]|,\s+(?:and|but|while)\b/.test(text.slice(pronoun.end, mention.start))) break;
    named.add(mention.entity);
  }
  return named;
}

/** "the prime minister and his father", "the president and her spokesman": a possessive right after "<person> and" is theirs. */
function coordinatedOwner(
  text: string,
  pronoun: Candidate,
  last: Candidate | undefined,
): Candidate | undefined {
  if (last === undefined || !/^(?:his|her|their)$/i.test(pronoun.name)) return undefined;
  return /^\s+(?:and|&)\s+$/.test(text.slice(last.end, pronoun.start)) ? last : undefined;
}

/**
 * The person a paragraph is about, for a pronoun opening the next one ("Later in the day she met …"): of the
 * people the paragraph names, the one the article has named most so far (ties: the first it names). By name
 * only: a role ("the president") may itself be resolved wrongly.
 */
function paragraphTopic(
  personMentions: readonly Candidate[],
  blockStart: number,
  blockEnd: number,
): Candidate | undefined {
  if (blockStart < 0) return undefined;
  // "The prime minister is leading a delegation … He is due to hold talks": a role names its holder too.
  const named = (mention: Candidate) =>
    mention.kind === "person" || mention.kind === "surname" || mention.kind === "role";
  const counts = new Map<string, number>();
  for (const mention of personMentions) {
    if (mention.start >= blockEnd) break;
    if (mention.entity !== null && named(mention))
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  let best: Candidate | undefined;
  for (const mention of personMentions) {
    if (mention.start < blockStart || mention.end > blockEnd || mention.entity === null || !named(mention))
      continue;
    if (best === undefined || (counts.get(mention.entity) ?? 0) > (counts.get(best.entity ?? "") ?? 0))
      best = mention;
  }
  return best;
}

/** "Asked whether she would also travel to Kyiv, …": a question put to someone the sentence names next. */
const ASKED_OPENING = /^\s*(?:when\s+)?(?:asked|questioned|pressed)\b[^,.;]*$/i;

/**
 * "Asked whether she would also travel to Kyiv, Dulkiewicz said there were no such plans": the pronoun in the
 * question is the person who answers, named after the comma.
 */
function askedCataphor(
  text: string,
  candidate: Candidate,
  sentenceStart: number,
  personMentions: readonly Candidate[],
): Candidate | undefined {
  if (!ASKED_OPENING.test(text.slice(sentenceStart, candidate.start))) return undefined;
  const comma = text.indexOf(",", candidate.end);
  const stop = text.slice(candidate.end, comma).search(/[.;]/);
  if (comma < 0 || stop >= 0) return undefined;
  return personMentions.find(
    (m) => m.start > comma && m.start - comma < 60 && m.kind !== "pronoun" && m.entity !== null,
  );
}

/** "Albanese said he …", "X told reporters that she …": the pronoun right after a saying verb is its sayer. */
const SAID_BEFORE_PRONOUN =
  /^\s*(?:said|says|added|insisted|stressed|argued|warned|noted|acknowledged|told\s+(?:reporters|journalists|\p{Lu}[\p{L}-]*))\s+(?:that\s+)?$/u;

function sayerBefore(
  text: string,
  candidate: Candidate,
  personMentions: readonly Candidate[],
  from: number,
): Candidate | undefined {
  if (!/^(?:he|she|they)$/i.test(candidate.name)) return undefined;
  for (let k = personMentions.length - 1; k >= from; k--) {
    const mention = personMentions[k] as Candidate;
    if (mention.end > candidate.start) continue;
    if (mention.kind === "pronoun") return undefined;
    return SAID_BEFORE_PRONOUN.test(text.slice(mention.end, candidate.start)) ? mention : undefined;
  }
  return undefined;
}

/** "Deputy Prime Minister", "Vice President": a deputy's office, which answers only a deputy's role. */
const DEPUTY_ROLE = /\b(?:deputy|vice)\b/i;

export class ArticleEntities {
  readonly drafts = new Map<string, Draft>();
  private readonly personDrafts: Draft[] = [];
  /** Gazetteer keys whose person was already in the article under an unknown key (same name, other spelling). */
  private readonly adopted = new Map<string, Draft>();
  /** Folded surname → the person drafts answering to it. */
  private readonly bySurname = new Map<string, Draft[]>();
  private readonly gazetteer: CompiledGazetteer;
  /** The day the article was published (ISO), which gazetteer offices are read on; null: as listed today. */
  private readonly day: string | null;

  constructor(gazetteer: CompiledGazetteer, day: string | null = null) {
    this.gazetteer = gazetteer;
    this.day = day;
  }

  /** The roles gazetteer person `id` held on the article's day. */
  private gazetteerRolesOf(id: string): readonly RoleRecord[] {
    return gazetteerRolesOn(this.gazetteer, id, this.day);
  }

  private draft(key: string, type: EntityType, entry: GazetteerEntry | null): Draft {
    let draft = this.drafts.get(key) ?? this.adopted.get(key);
    if (draft === undefined && entry !== null && type === "person") {
      // "Abdel-Fattah El-Sisi" found in the text before the gazetteer's "Abdel Fattah el-Sisi" was reached by a role.
      // Hyphen or space between name parts is one spelling: compare the letters only.
      const letters = entryKeysOf(this.gazetteer, entry).nameLetters;
      const same = this.personDrafts.find(
        (d) => d.gazetteer === null && d.nameKeys.length >= 2 && spells(d.nameKeys, letters),
      );
      if (same !== undefined) {
        same.gazetteer = entry;
        for (const surname of this.gazetteer.surnamesOf.get(entry.id) ?? []) this.addSurname(same, surname);
        same.roles.push(...this.gazetteerRolesOf(entry.id));
        this.adopted.set(key, same);
        return same;
      }
    }
    if (draft === undefined) {
      draft = newDraft(key, type, entry);
      if (entry !== null && type === "person")
        draft.nameKeys = [...entryKeysOf(this.gazetteer, entry).nameKeys];
      if (type === "person") this.personDrafts.push(draft);
      if (entry !== null && type === "person") {
        for (const surname of this.gazetteer.surnamesOf.get(entry.id) ?? []) this.addSurname(draft, surname);
        draft.roles.push(...this.gazetteerRolesOf(entry.id));
      }
      this.drafts.set(key, draft);
    }
    return draft;
  }

  private addSurname(draft: Draft, surname: string): void {
    if (draft.surnames.has(surname)) return;
    draft.surnames.add(surname);
    const list = this.bySurname.get(surname);
    if (list === undefined) this.bySurname.set(surname, [draft]);
    else list.push(draft);
  }

  /** Undoes {@link attach} for a candidate that turned out not to be a mention after all. */
  detach(candidate: Candidate): void {
    const draft = candidate.entity === null ? undefined : this.drafts.get(candidate.entity);
    if (draft !== undefined) draft.candidates = draft.candidates.filter((c) => c !== candidate);
    candidate.entity = null;
  }

  attach(candidate: Candidate, draft: Draft): void {
    candidate.entity = draft.key;
    draft.candidates.push(candidate);
    if (draft.type === "person" && candidate.keys.length > 0) {
      const last = candidate.keys.at(-1) as string;
      this.addSurname(draft, last);
      if (candidate.keys.length > draft.nameKeys.length) draft.nameKeys = candidate.keys;
    }
    draft.roles.push(...candidate.roles);
  }

  private persons(): readonly Draft[] {
    return this.personDrafts;
  }

  /** The draft among `drafts` mentioned last before `offset`, else the first one mentioned after it. */
  private nearest(drafts: readonly Draft[], offset: number): Draft | undefined {
    let best: Draft | undefined;
    let bestStart = -1;
    let firstAfter: Draft | undefined;
    let firstAfterStart = Number.POSITIVE_INFINITY;
    for (const draft of drafts) {
      for (const candidate of draft.candidates) {
        if (candidate.start < offset && candidate.start > bestStart) {
          best = draft;
          bestStart = candidate.start;
        } else if (candidate.start >= offset && candidate.start < firstAfterStart) {
          firstAfter = draft;
          firstAfterStart = candidate.start;
        }
      }
    }
    return best ?? firstAfter;
  }

  /** The draft among `drafts` mentioned most often before `offset` (ties: the nearest), else {@link nearest}. */
  private mostMentioned(drafts: readonly Draft[], offset: number): Draft | undefined {
    let best: Draft | undefined;
    let bestCount = 0;
    let bestLast = -1;
    for (const draft of drafts) {
      let count = 0;
      let last = -1;
      for (const candidate of draft.candidates)
        if (candidate.start < offset) {
          count++;
          last = Math.max(last, candidate.start);
        }
      if (count > bestCount || (count === bestCount && count > 0 && last > bestLast)) {
        best = draft;
        bestCount = count;
        bestLast = last;
      }
    }
    return best ?? this.nearest(drafts, offset);
  }

  /** Full names: gazetteer matches by id; unknown names merge when surname and given names agree. */
  resolveFullName(candidate: Candidate): void {
    const entry = candidate.gazetteer[0];
    if (entry !== undefined && candidate.gazetteer.length === 1) {
      this.attach(candidate, this.draft(entryKeysOf(this.gazetteer, entry).draftKey, "person", entry));
      return;
    }
    const same = this.persons().filter((draft) => sameNameKeys(draft.nameKeys, candidate.keys));
    const target = this.nearest(same, candidate.start);
    if (target !== undefined) this.attach(candidate, target);
    else this.attach(candidate, this.draft(`u:person:${candidate.keys.join(" ")}`, "person", null));
  }

  private fuzzySurname(key: string): Draft[] {
    if (key.length < 5) return [];
    return this.persons().filter((draft) =>
      [...draft.surnames].some(
        (surname) => surname[0] === key[0] && jaroWinkler(surname, key) >= SURNAME_SIMILARITY,
      ),
    );
  }

  /** People of the article whose full name opens on `key` (a family name written first). */
  private familyNameFirst(key: string): Draft[] {
    return this.personDrafts.filter((draft) => draft.nameKeys.length >= 2 && draft.nameKeys[0] === key);
  }

  /** A lone surname or an uncued name: a person already in the article, a gazetteer person, or nothing. */
  resolvePartialName(candidate: Candidate): void {
    const key = candidate.keys.at(-1);
    if (key === undefined) return;
    let matches = this.bySurname.get(key) ?? [];
    if (candidate.keys.length > 1)
      matches = matches.filter((draft) => sameNameKeys(draft.nameKeys, candidate.keys));
    else if (matches.length > 0 && key.length <= SHORT_FAMILY_NAME && !regnal(candidate)) {
      // "He" for He Lifeng beside Liu He: a short word may be one name's family name first and another's last;
      // the one named more often so far is meant.
      const surnamed = this.mostMentioned(matches, candidate.start);
      const first = this.mostMentioned(this.familyNameFirst(key), candidate.start);
      if (
        first &&
        surnamed &&
        mentionsBefore(first, candidate.start) > mentionsBefore(surnamed, candidate.start)
      )
        matches = [first];
    }
    if (matches.length === 0 && candidate.keys.length === 1 && !regnal(candidate)) {
      // Family name first ("Wang" for Wang Yi, "Kim" for Kim Jong Un): a lone word matching a full name's first word.
      matches = this.familyNameFirst(key);
    }
    // "the Bidens hosted …": a family by its plural name is the member the story names.
    if (matches.length === 0 && candidate.keys.length === 1 && /^\p{Lu}.{2,}[^s]s$/u.test(candidate.name))
      matches = this.bySurname.get(key.slice(0, -1)) ?? [];
    if (matches.length === 0 && candidate.cue && candidate.gazetteer.length === 0)
      matches = this.fuzzySurname(key);
    // Two people of one surname ("Recep Tayyip Erdogan", "First Lady Emine Erdogan"): a bare surname is the one
    // the story is about, named most so far.
    const target =
      matches.length > 1
        ? this.mostMentioned(matches, candidate.start)
        : this.nearest(matches, candidate.start);
    if (target !== undefined) {
      this.attach(candidate, target);
      return;
    }
    const entry = candidate.gazetteer[0];
    if (entry !== undefined && candidate.gazetteer.length === 1) {
      if (candidate.cue)
        this.attach(candidate, this.draft(entryKeysOf(this.gazetteer, entry).draftKey, "person", entry));
    } else if (candidate.placeIfUnresolved) {
      candidate.kind = "place";
      this.attach(candidate, this.draft(`u:place:${candidate.keys.join(" ")}`, "place", null));
    } else if (candidate.cue || candidate.roles.length > 0) {
      this.attach(candidate, this.draft(`u:person:${candidate.keys.join(" ")}`, "person", null));
    }
  }

  /** Replaces candidate references ("#12") in role qualifiers by the entity keys they resolved to. */
  settleRoleQualifiers(all: readonly Candidate[]): void {
    const settle = (role: RoleRecord): void => {
      for (const person of [...role.persons]) {
        if (!person.startsWith("#")) continue;
        role.persons.delete(person);
        const entity = all[Number(person.slice(1))]?.entity;
        if (entity !== null && entity !== undefined) role.persons.add(entity);
      }
    };
    for (const candidate of all) {
      for (const role of candidate.roles) settle(role);
      if (candidate.query !== null) settle(candidate.query);
    }
    for (const draft of this.persons()) {
      draft.roles.forEach((role, index) => {
        if (role.persons.size === 0) return;
        // Gazetteer roles are shared by every article: extend a copy.
        const own = copyRole(role);
        for (const person of own.persons)
          for (const country of this.countriesOf(person)) own.countries.add(country);
        draft.roles[index] = own;
      });
    }
  }

  /**
   * Whether the gazetteer gives person `key` current offices, none of them in `countries`: "the Emirati minister"
   * is not the Israeli prime minister the article names without his country.
   */
  knownElsewhere = (key: string, countries: ReadonlySet<string>): boolean => {
    if (!key.startsWith("g:")) return false;
    const known = new Set<string>();
    for (const role of this.gazetteerRolesOf(key.slice(2)))
      if (!role.former) for (const country of role.countries) known.add(country);
    return known.size > 0 && ![...countries].some((country) => known.has(country));
  };

  /** Countries a qualifier stands for: a person's (from their current roles) or an organisation's. */
  countriesOf = (key: string): ReadonlySet<string> => {
    const draft = this.drafts.get(key);
    const countries = new Set<string>();
    if (draft !== undefined) {
      for (const role of draft.roles)
        if (!role.former) for (const country of role.countries) countries.add(country);
      return countries;
    }
    if (key.startsWith("g:")) {
      const id = key.slice(2);
      for (const role of this.gazetteerRolesOf(id)) {
        if (!role.former) for (const country of role.countries) countries.add(country);
      }
      return countries;
    }
    const country = this.gazetteer.countryOf.get(key);
    if (country !== undefined) countries.add(country);
    return countries;
  };

  /** Whether the article already names gazetteer person `entry`, in another spelling or its own. */
  private spelledInArticle(entry: GazetteerEntry): boolean {
    const keys = entryKeysOf(this.gazetteer, entry);
    if (this.drafts.has(keys.draftKey)) return true;
    const letters = keys.nameLetters;
    return this.personDrafts.some((d) => d.gazetteer === null && spells(d.nameKeys, letters));
  }

  /**
   * A role-only reference ("the US envoy", "the prime minister"): the person in the article (or, failing that, the
   * one gazetteer person) it fits. `notOf` is a country the person is told apart from in the same sentence ("The
   * prime minister met his Italian counterpart": not the Italian one).
   */
  resolveRole(candidate: Candidate, notOf: string | null = null): void {
    const query = candidate.query;
    if (query === null) return;
    // Nothing attaches while the role is read: each qualifier's countries are worked out once.
    const qualifierCountries = new Map<string, ReadonlySet<string>>();
    const countriesOf = (key: string): ReadonlySet<string> => {
      let countries = qualifierCountries.get(key);
      if (countries === undefined) {
        countries = this.countriesOf(key);
        qualifierCountries.set(key, countries);
      }
      return countries;
    };
    // "the Thai Deputy Prime Minister" is not the Thai prime minister, nor "the president" a vice president.
    const deputyQuery = DEPUTY_ROLE.test(query.text);
    const fits = (roles: readonly RoleRecord[], key: string): boolean =>
      !query.persons.has(key) &&
      roles.some(
        (role) =>
          DEPUTY_ROLE.test(role.text) === deputyQuery &&
          // "His Excellency" is the sitting president, not a "former President" the story names.
          (!role.former || query.former) &&
          roleAnswers(role, query, countriesOf),
      );
    const local = this.persons().filter(
      (draft) => fits(draft.roles, draft.key) && !(notOf !== null && this.countriesOf(draft.key).has(notOf)),
    );
    const bare = query.countries.size === 0 && query.orgs.size === 0 && query.persons.size === 0;
    // A bare "the President" among several presidents is the one the story is about, not the last one named.
    const target =
      bare && local.length > 1
        ? this.mostMentioned(local, candidate.start)
        : this.nearest(local, candidate.start);
    if (target !== undefined) {
      this.attach(candidate, target);
      return;
    }
    // In id order: the people who could answer, sorted once per gazetteer.
    const known: GazetteerEntry[] = [];
    for (const id of gazetteerPeopleAnswering(this.gazetteer, query.head)) {
      const entry = this.gazetteer.byId.get(id);
      if (entry !== undefined && fits(this.gazetteerRolesOf(id), `g:${id}`)) known.push(entry);
    }
    const only = known[0];
    // "his Argentine counterpart" after "President X" whose country the article never states: X, when X is the only such person.
    // "his counterpart" is someone holding the office "his" holds.
    const possessorHeads = new Set(
      [...query.persons].flatMap((key) => (this.drafts.get(key)?.roles ?? []).map((role) => role.head)),
    );
    const counterpartHeads = (head: string): boolean =>
      possessorHeads.size === 0 ? LEADER_HEADS.has(head) : possessorHeads.has(head);
    if (
      query.countries.size > 0 &&
      !(only !== undefined && known.length === 1 && this.spelledInArticle(only))
    ) {
      // "his Colombian counterpart" after "Colombian President X": the one person the article gives that office
      // of that country.
      const countried = this.persons().filter(
        (draft) =>
          !query.persons.has(draft.key) &&
          query.head === "counterpart" &&
          draft.roles.some(
            (role) => !role.former && counterpartHeads(role.head) && subset(query.countries, role.countries),
          ),
      );
      const holder = countried[0];
      if (holder !== undefined && countried.length === 1) {
        this.attach(candidate, holder);
        return;
      }
      // "the first sitting U.S. president" after "President Barack Obama": the article's own president, gazetteer
      // person or not, before anyone the gazetteer lists for the office today.
      const uncountried = this.persons().filter(
        (draft) =>
          !query.persons.has(draft.key) &&
          !this.knownElsewhere(draft.key, query.countries) &&
          // "President of Uzbekistan Islam Karimov" is not "the Kazakh leader", whatever else he is called.
          !draft.roles.some(
            (role) => !role.former && role.countries.size > 0 && !subset(query.countries, role.countries),
          ) &&
          draft.roles.some(
            (role) =>
              !role.former &&
              role.countries.size === 0 &&
              role.orgs.size === 0 &&
              // A deputy prime minister is no "leader" or "prime minister" unless the query says deputy.
              DEPUTY_ROLE.test(role.text) === DEPUTY_ROLE.test(query.text) &&
              (headAnswers(role.head, query.head) ||
                (query.head === "counterpart" && counterpartHeads(role.head))),
          ),
      );
      const alone = uncountried[0];
      if (
        alone !== undefined &&
        uncountried.length === 1 &&
        alone.candidates.some((c) => c.start < candidate.start)
      ) {
        this.attach(candidate, alone);
        return;
      }
    }
    // The gazetteer knows who holds an office now, not when the story was written: a bare "the chancellor"
    // stands for its one known holder only when the article names that person too.
    if (only !== undefined && known.length === 1 && (query.countries.size > 0 || this.spelledInArticle(only)))
      this.attach(candidate, this.draft(entryKeysOf(this.gazetteer, only).draftKey, "person", only));
  }

  /**
   * A pronoun: the first person named earlier in its own sentence (usually the subject: "Witkoff said he…"),
   * else the first person named in the sentence before, else the last person named within reach in its block;
   * a pronoun its paragraph names no one before is the person the paragraph before opens on.
   */
  resolvePronoun(
    candidate: Candidate,
    blockStart: number,
    sentenceStart: number,
    previousSentenceStart: number,
    personMentions: readonly Candidate[],
    text: string,
    previousBlockStart = -1,
  ): void {
    const reach = Math.max(blockStart, Math.min(previousSentenceStart, candidate.start - PRONOUN_REACH));
    let low = 0;
    let high = personMentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((personMentions[middle] as Candidate).start < reach) low = middle + 1;
      else high = middle;
    }
    const ownSentence = Math.max(sentenceStart, blockStart);
    let inOwn: Candidate | undefined;
    let inPrevious: Candidate | undefined;
    let last: Candidate | undefined;
    // "… hosted by Macron, Mr Sharif called for … . He also met Mr Macron": the pronoun is not the person its
    // own clause names after it.
    // From the first mention within reach: none before it can follow the pronoun.
    const namedAfter = entitiesNamedAfter(text, candidate, personMentions, low);
    for (let k = low; k < personMentions.length; k++) {
      const mention = personMentions[k] as Candidate;
      if (mention.end > candidate.start) break;
      if (mention.entity !== null && namedAfter.has(mention.entity)) continue;
      // A pronoun resolved before (see recognizeEntities) stands for its person only across sentences.
      const resolvedPronoun = mention.kind === "pronoun";
      if (inOwn === undefined && mention.start >= ownSentence && !resolvedPronoun) inOwn = mention;
      if (
        inPrevious === undefined &&
        previousSentenceStart >= blockStart &&
        mention.start >= previousSentenceStart &&
        mention.start < ownSentence
      ) {
        inPrevious = mention;
      }
      if (!resolvedPronoun) last = mention;
    }
    const before = OBJECT_PRONOUN.test(candidate.name)
      ? namedBefore(candidate, personMentions, low, ownSentence)
      : null;
    const chosen =
      askedCataphor(text, candidate, ownSentence, personMentions) ??
      sayerBefore(text, candidate, personMentions, low) ??
      coordinatedOwner(text, candidate, last) ??
      (before ? objectAntecedent(text, candidate, before) : undefined) ??
      (before ? notTheSubject(text, candidate, before, personMentions, ownSentence) : undefined) ??
      inOwn ??
      inPrevious ??
      last ??
      paragraphTopic(personMentions, previousBlockStart, blockStart);
    const best = chosen?.entity === null || chosen === undefined ? undefined : this.drafts.get(chosen.entity);
    if (best !== undefined) {
      candidate.entity = best.key;
      best.candidates.push(candidate);
    }
  }

  /** Places, organisations and groups: gazetteer id, or their folded name. */
  resolveNamed(candidate: Candidate): void {
    const type: EntityType =
      candidate.kind === "organization" ? "organization" : candidate.kind === "group" ? "group" : "place";
    const entry = candidate.gazetteer[0] ?? null;
    const key =
      entry !== null
        ? entryKeysOf(this.gazetteer, entry).draftKey
        : type === "group"
          ? `u:group:${candidate.keys.join("+")}:${candidate.name.split(/\s+/).at(-1)?.toLowerCase() ?? ""}`
          : `u:${type}:${candidate.keys.join(" ")}`;
    this.attach(candidate, this.draft(key, entry?.type ?? type, entry));
  }

  /** "The two leaders", "both men": a pair group whose members are the two people it refers back to. */
  resolvePair(candidate: Candidate, members: readonly string[]): void {
    const draft = this.draft(`u:pair:${members.join("+")}`, "group", null);
    for (const member of members) if (!draft.members.includes(member)) draft.members.push(member);
    this.attach(candidate, draft);
  }

  /** Adds the entity of `person` to the members of `group`'s entity. */
  addMember(group: Candidate, person: Candidate): void {
    const draft = group.entity === null ? undefined : this.drafts.get(group.entity);
    if (draft === undefined || person.entity === null || draft.members.includes(person.entity)) return;
    draft.members.push(person.entity);
  }

  /** Group members: the people named right after "led by" / "headed by", joined by "and" or commas. */
  resolveMembers(group: Candidate, text: string, personMentions: readonly Candidate[]): void {
    const draft = group.entity === null ? undefined : this.drafts.get(group.entity);
    if (draft === undefined || group.membersFrom < 0) return;
    let cursor = group.membersFrom;
    let first = true;
    for (const mention of personMentions) {
      if (mention.start < cursor) continue;
      const gap = text.slice(cursor, mention.start);
      if (gap.length > 60 || /[.;:!?()]/.test(gap)) break;
      if (!first && !/(?:,|\band\b|&)/.test(gap)) break;
      if (mention.entity !== null && !draft.members.includes(mention.entity))
        draft.members.push(mention.entity);
      cursor = mention.end;
      first = false;
    }
  }
}
