import { foldNameToken } from "../../normalize/entities/fold-token.js";
import { nameKeyTokens } from "../../normalize/entities/name-key.js";
import type { Gazetteer, GazetteerEntry } from "../../schema/gazetteer.js";
import { TokenKind, tokenize } from "./tokenize.js";
import { lowerHash } from "./word-classes.js";

/** How a gazetteer surface form relates to its entry. */
export type GazetteerFormKind = "name" | "alias" | "surname" | "demonym";

/** One surface form of an entry, as folded word keys for matching against text tokens. */
export interface GazetteerForm {
  keys: readonly string[];
  /** Per word: must the text match exactly (short acronyms such as "US", "EU")? */
  exact: readonly (string | null)[];
  /** Per word: may the text word be lower case (particles such as "of", "bin")? */
  lowerOk: readonly boolean[];
  entry: GazetteerEntry;
  kind: GazetteerFormKind;
  /** The first word, lower case, as written. */
  firstLower: string;
}

/** What coreference reads of a gazetteer entry, worked out once per gazetteer rather than per mention. */
export interface EntryKeys {
  /** The entry's entity key in an article: "g:" and its id. */
  readonly draftKey: string;
  /** The folded words of the entry's name ({@link nameKeyTokens}). */
  readonly nameKeys: readonly string[];
  /** The name keys run together: a hyphen or a space between name parts is one spelling. */
  readonly nameLetters: string;
}

/** A gazetteer prepared for fast lookup: forms indexed by the folded key of their first word. */
export interface CompiledGazetteer {
  byFirstKey: ReadonlyMap<string, readonly GazetteerForm[]>;
  /**
   * The first three letters (lower case, as written and as folded) of every form's first word, as a bit set
   * over the low bits of their hash (see {@link mayStartForm}): a cheap pre-check that spares folding words
   * that cannot start a gazetteer name.
   */
  firstPrefixes: Uint32Array;
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** Person id → folded single-word keys it answers to (surname, one-word aliases). */
  surnamesOf: ReadonlyMap<string, readonly string[]>;
  /** Gazetteer id → id of the country it lies in (itself for a country), following `within`. */
  countryOf: ReadonlyMap<string, string>;
  /** Each entry's keys (see {@link entryKeysOf}). */
  entryKeys: ReadonlyMap<GazetteerEntry, EntryKeys>;
}

function keysOfEntry(entry: GazetteerEntry): EntryKeys {
  const nameKeys = nameKeyTokens(entry.name);
  return { draftKey: `g:${entry.id}`, nameKeys, nameLetters: nameKeys.join("") };
}

/** The keys of a gazetteer entry: precompiled for the gazetteer's own entries, worked out for any other. */
export function entryKeysOf(gazetteer: CompiledGazetteer, entry: GazetteerEntry): EntryKeys {
  return gazetteer.entryKeys.get(entry) ?? keysOfEntry(entry);
}

const ACRONYM = /^[\p{Lu}.]+$/u;
const REGNAL_NUMBER = /^(?:I{2,3}|IV|VI{0,3}|IX|X)$/;

/** Bits of a prefix hash the pre-check table is indexed by: a shared slot only costs a lookup that then fails. */
const PREFIX_MASK = (1 << 16) - 1;

/** Whether a word whose first three letters hash to `prefixHash` may start a gazetteer form. */
export function mayStartForm(gazetteer: CompiledGazetteer, prefixHash: number): boolean {
  const bit = prefixHash & PREFIX_MASK;
  return ((gazetteer.firstPrefixes[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** Folded key of one text word: what gazetteer forms are indexed by. */
export function wordKey(word: string): string {
  return foldNameToken(word);
}

/** The pre-check key of a lower-case word: the hash of its first three characters (as tokens carry it). */
export function wordPrefix(lower: string): number {
  return lowerHash(lower, 3);
}

function formOf(surface: string, entry: GazetteerEntry, kind: GazetteerFormKind): GazetteerForm | null {
  const words = tokenize(surface).filter((token) => token.kind === TokenKind.Word);
  if (words.length === 0) return null;
  const keys = words.map((token) => wordKey(token.text));
  if (keys.some((key) => key === "")) return null;
  return {
    keys,
    exact: words.map((token) => (token.text.length <= 4 && ACRONYM.test(token.text) ? token.text : null)),
    lowerOk: words.map((token) => !token.cap),
    entry,
    kind,
    firstLower: (words[0] as (typeof words)[number]).lower,
  };
}

/** The longest surname a spelling variant may match ("Zelenskyy"); shorter ones fold onto words ("Loong" → "Long"). */
const SHORT_SURNAME = 5;

/** A short surname read off a full name matches only as spelled: folded, it would match common words. */
function exactIfShort(form: GazetteerForm | null, surname: string): GazetteerForm | null {
  if (form === null || surname.length > SHORT_SURNAME || form.keys.length !== 1) return form;
  return { ...form, exact: [surname] };
}

function surnameOf(name: string): string | null {
  const words = tokenize(name).filter((token) => token.kind === TokenKind.Word && token.cap);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || last.text.length <= 2) return null;
  return /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(last.text) ? null : last.text;
}

/** "al-Sudani", "el-Sisi": an Arabic article joined to the name by a hyphen (news also writes "Al Sudani"). */
const HYPHENED_ARTICLE = /\b(?:al|el|ad|as|ash|at|az|an|ar|ud|ul)-(?=\p{L})/giu;

/** The surface with its hyphened articles written apart ("Mohammed Shia Al Sudani"), or null when it has none. */
function articleApart(surface: string): string | null {
  const apart = surface.replace(HYPHENED_ARTICLE, (article) => `${article.slice(0, -1)} `);
  return apart === surface ? null : apart;
}

function formsOf(entry: GazetteerEntry): GazetteerForm[] {
  const forms: (GazetteerForm | null)[] = [formOf(entry.name, entry, "name")];
  const nameApart = entry.type === "person" ? articleApart(entry.name) : null;
  if (nameApart !== null) forms.push(formOf(nameApart, entry, "alias"));
  for (const alias of entry.aliases) {
    const single = !alias.trim().includes(" ");
    forms.push(formOf(alias, entry, entry.type === "person" && single ? "surname" : "alias"));
  }
  if (entry.type === "person") {
    const surname = surnameOf(entry.name);
    if (surname !== null) forms.push(exactIfShort(formOf(surname, entry, "surname"), surname));
  }
  for (const demonym of entry.demonyms) forms.push(formOf(demonym, entry, "demonym"));
  return forms.filter((form): form is GazetteerForm => form !== null);
}

function countryIndex(byId: ReadonlyMap<string, GazetteerEntry>): Map<string, string> {
  const countryOf = new Map<string, string>();
  for (const entry of byId.values()) {
    let current: GazetteerEntry | undefined = entry;
    for (let depth = 0; current !== undefined && depth < 8; depth++) {
      if (current.kind === "country") {
        countryOf.set(entry.id, current.id);
        break;
      }
      current = current.within === null ? undefined : byId.get(current.within);
    }
  }
  return countryOf;
}

function compile(gazetteer: Gazetteer): CompiledGazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer.entries) byId.set(entry.id, entry);
  const byFirstKey = new Map<string, GazetteerForm[]>();
  const seen = new Set<string>();
  const firstPrefixes = new Uint32Array((PREFIX_MASK + 1) >>> 5);
  const addPrefix = (word: string): void => {
    const bit = wordPrefix(word) & PREFIX_MASK;
    firstPrefixes[bit >>> 5] = (firstPrefixes[bit >>> 5] as number) | (1 << (bit & 31));
  };
  for (const entry of byId.values()) {
    for (const form of formsOf(entry)) {
      addPrefix(form.firstLower);
      addPrefix(form.firstLower.normalize("NFD").replace(/\p{M}/gu, ""));
      addPrefix(form.keys[0] as string);
      const signature = `${entry.id}|${form.kind === "demonym" ? "d" : "n"}|${form.keys.join(" ")}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const first = form.keys[0] as string;
      const list = byFirstKey.get(first);
      if (list === undefined) byFirstKey.set(first, [form]);
      else list.push(form);
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const surnamesOf = new Map<string, string[]>();
  for (const entry of byId.values()) {
    if (entry.type !== "person") continue;
    const keys = new Set<string>();
    // "King Abdullah II" answers to "Abdullah": a regnal number is not a surname.
    const words = entry.name.split(/\s+/);
    const last = REGNAL_NUMBER.test(words.at(-1) ?? "") && words.length > 1 ? words.at(-2) : words.at(-1);
    if (last !== undefined) keys.add(wordKey(last));
    for (const alias of entry.aliases) if (!alias.trim().includes(" ")) keys.add(wordKey(alias));
    surnamesOf.set(entry.id, [...keys]);
  }
  const entryKeys = new Map<GazetteerEntry, EntryKeys>();
  for (const entry of byId.values()) entryKeys.set(entry, keysOfEntry(entry));
  return { byFirstKey, firstPrefixes, surnamesOf, byId, countryOf: countryIndex(byId), entryKeys };
}

const compiled = new WeakMap<Gazetteer, CompiledGazetteer>();

/**
 * The lookup structure for a gazetteer, built once per gazetteer object. The cache only saves work: a
 * gazetteer is immutable data, so the result is the same whether or not it is cached.
 *
 * @example
 * compileGazetteer(defaultGazetteer()).byId.get("russia")?.name; // "Russia"
 */
export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  let result = compiled.get(gazetteer);
  if (result === undefined) {
    result = compile(gazetteer);
    compiled.set(gazetteer, result);
  }
  return result;
}
