import type { BlockKind } from "../schema/document.js";
import type { OutletProfile } from "../schema/outlet.js";
import type { Day } from "../schema/primitives.js";
import { agenciesIn } from "./agencies-in.js";
import {
  type CompiledRule,
  compileProfileRules,
  creditAgencies,
  GENERIC_RULES,
  matchRule,
} from "./block-rules.js";
import { blockText, endsSentence, endsWithPunctuation, wordCount } from "./block-text.js";
import { compilePatterns } from "./compile-pattern.js";
import type { DraftBlock } from "./draft-block.js";
import { type DatelineMatcher, GENERIC_DATELINES, outletDatelines, readDateline } from "./find-datelines.js";
import { markDuplicates } from "./mark-duplicates.js";
import { parseDay } from "./parse-day.js";
import { GENERIC_SECTION_DATES, sectionHeadingDate } from "./section-dates.js";
import { MIN_HEADLINE_WORDS } from "./tables/block-rules.js";

/** Kinds that are boilerplate: marked so extractors can skip them, never deleted. */
const BOILERPLATE_KINDS: ReadonlySet<BlockKind> = new Set([
  "metadata",
  "byline",
  "caption",
  "related",
  "share",
  "credit",
  "duplicate",
  "dateline",
]);

/** True for block kinds that are not article text. */
export function isBoilerplateKind(kind: BlockKind): boolean {
  return BOILERPLATE_KINDS.has(kind);
}

/** An outlet profile's patterns, compiled for one article. */
export interface PreparedProfile {
  readonly profile: OutletProfile;
  readonly rules: readonly CompiledRule[];
  readonly datelines: readonly DatelineMatcher[];
  readonly sectionDates: readonly RegExp[];
}

const preparedByProfile = new WeakMap<OutletProfile, PreparedProfile>();

/**
 * Compiles an outlet profile's patterns (strings with flags "iu"; invalid ones are dropped), once per
 * profile object: the compiled form is remembered for as long as the profile lives.
 */
export function prepareProfile(profile: OutletProfile): PreparedProfile {
  let prepared = preparedByProfile.get(profile);
  if (!prepared) {
    prepared = {
      profile,
      rules: compileProfileRules(profile.boilerplate),
      datelines: outletDatelines(compilePatterns(profile.dateline)),
      sectionDates: compilePatterns(profile.sectionDates),
    };
    preparedByProfile.set(profile, prepared);
  }
  return prepared;
}

/** True when a block reads like body text, which ends a list of links. */
function readsLikeBody(text: string): boolean {
  return text.length > 200 || (endsSentence(text) && wordCount(text) >= 12);
}

function applyRest(
  texts: readonly string[],
  kinds: (BlockKind | null)[],
  from: number,
  rule: CompiledRule,
): void {
  for (let index = from + 1; index < texts.length; index++) {
    if (rule.guarded) {
      if (readsLikeBody(texts[index]!)) return;
      kinds[index] ??= rule.kind;
    } else {
      kinds[index] = rule.kind;
    }
  }
}

/** What the generic rules say of each block, worked out once per article and shared by every profile tried. */
export interface GenericMatches {
  /** Kinds the blocks' markup hints fix (metadata, credit, dateline); null elsewhere. */
  readonly hinted: readonly (BlockKind | null)[];
  /** The generic rule that matches a block without a hinted kind, if any. */
  readonly rules: readonly (CompiledRule | null)[];
  /** Whether such a block, matched by no generic rule, is a whole-block agency credit. */
  readonly credits: readonly boolean[];
}

/** Tests every block without a hinted kind against the generic rules and credit forms. */
export function genericMatches(texts: readonly string[], blocks: readonly DraftBlock[]): GenericMatches {
  const hinted = blocks.map((block) =>
    block.hint === "metadata" || block.hint === "credit" || block.hint === "dateline" ? block.hint : null,
  );
  const rules: (CompiledRule | null)[] = [];
  const credits: boolean[] = [];
  for (let index = 0; index < texts.length; index++) {
    const rule = hinted[index] === null ? matchRule(GENERIC_RULES, texts[index]!) : null;
    rules.push(rule);
    credits.push(hinted[index] === null && rule === null && creditAgencies(texts[index]!).length > 0);
  }
  return { hinted, rules, credits };
}

/**
 * Kinds the rules give (generic rules, then an outlet's, which win), credits and `rest` extents;
 * null where no rule decides. `texts` are the blocks' texts; `generic` is {@link genericMatches} of them.
 */
export function ruleKinds(
  texts: readonly string[],
  generic: GenericMatches,
  profileRules: readonly CompiledRule[],
): (BlockKind | null)[] {
  const kinds: (BlockKind | null)[] = [...generic.hinted];
  const rests: { index: number; rule: CompiledRule }[] = [];
  texts.forEach((text, index) => {
    const outletRule = profileRules.length > 0 ? matchRule(profileRules, text) : null;
    const rule = outletRule ?? generic.rules[index]!;
    if (rule) {
      kinds[index] = rule.kind;
      if (rule.extent === "rest") rests.push({ index, rule });
    } else if (generic.credits[index]) {
      kinds[index] = "credit";
    }
  });
  for (const { index, rule } of rests) applyRest(texts, kinds, index, rule);
  return kinds;
}

export interface Classification {
  kinds: BlockKind[];
  sectionDates: (Day | null)[];
  /** The first day a dateline near the top gives. */
  datelineDay: Day | null;
  /** Agencies credited (credit lines, wire datelines, bylines), in order of appearance. */
  wire: string[];
}

export interface ClassifyContext {
  texts: readonly string[];
  blocks: readonly DraftBlock[];
  /** Kinds from {@link ruleKinds}. */
  ruled: readonly (BlockKind | null)[];
  profile: PreparedProfile | null;
  /** Year for datelines that give only month and day, when no page date in the text gives one. */
  year: number | null;
  /** Whether a block is near the top of the article, where datelines are looked for. */
  top: (index: number) => boolean;
}

const MAX_DATELINES = 3;

function shapeKind(
  text: string,
  hint: BlockKind | null,
  state: { headline: boolean; paragraph: boolean },
): BlockKind {
  if (hint === "headline") {
    if (state.headline) return "heading";
    state.headline = true;
    return "headline";
  }
  if (hint !== null) return hint;
  const open = !endsWithPunctuation(text);
  if (!open || text.length > 200) return "paragraph";
  const words = wordCount(text);
  if (
    !state.headline &&
    !state.paragraph &&
    open &&
    text.length <= 200 &&
    words >= MIN_HEADLINE_WORDS &&
    words <= 30
  ) {
    state.headline = true;
    return "headline";
  }
  if (open && text.length <= 120 && words <= 16 && /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«]/u.test(text))
    return "heading";
  state.paragraph = true;
  return "paragraph";
}

/** The year of the first page date anywhere in the text (a "Last updated 15 Nov 2023" footer). */
function pageYear(texts: readonly string[], matchers: readonly DatelineMatcher[]): number | null {
  for (const text of texts) {
    const day = text.length <= 120 ? readDateline(text, matchers, null)?.day : null;
    if (day) return Number(day.slice(0, 4));
  }
  return null;
}

function collectWire(wire: string[], agencies: readonly string[]): void {
  for (const agency of agencies) if (!wire.includes(agency)) wire.push(agency);
}

function bylineAgencies(text: string): string[] {
  return agenciesIn(text.replace(/^(?:by|written by|words by)\s+/iu, ""));
}

/**
 * Decides every block's kind: rule kinds stay; datelines near the top are read (the outlet's patterns
 * first); section headings that carry a date date the blocks below them; the rest is headline, heading
 * or paragraph by shape; then repeated blocks are marked `duplicate`. Also collects wire credits from
 * credit lines, wire datelines and bylines — never from photo captions.
 */
export function classifyBlocks(context: ClassifyContext): Classification {
  const { texts, blocks, ruled, profile, year, top } = context;
  const kinds: (BlockKind | null)[] = [...ruled];
  const sectionDates: (Day | null)[] = blocks.map(() => null);
  const matchers = profile ? [...profile.datelines, ...GENERIC_DATELINES] : GENERIC_DATELINES;
  const sectionPatterns = profile
    ? [...profile.sectionDates, ...GENERIC_SECTION_DATES]
    : GENERIC_SECTION_DATES;
  const wire: string[] = [];
  // A date with its year always wins over one without ("BEIJING, Nov. 15 (Xinhua)"), wherever it stands.
  let fullDay: Day | null = null;
  let yearless: string | null = null;
  let datelines = 0;
  // When the markup names the headline (an <h1>, a Markdown "#"), no other line is taken for one by its shape.
  const state = {
    headline: false,
    paragraph: false,
    byShape: !blocks.some((block) => block.hint === "headline"),
  };
  let section: Day | null = null;
  texts.forEach((text, index) => {
    const hint = blocks[index]!.hint;
    let kind = kinds[index] ?? null;
    // "<h1>LIVE: SCO summit in Astana</h1>", a text opening "LIVE: …": the page's own headline, whatever prefix a
    // teaser would share.
    if (
      kind === "related" &&
      !state.headline &&
      (hint === "headline" || (index === 0 && /^live\b/i.test(text)))
    )
      kind = null;
    const plainHint = hint === null || hint === "heading" || hint === "headline";
    const canBeDateline =
      (kind === null || kind === "dateline" || kind === "byline" || kind === "credit") &&
      (plainHint || hint === "dateline" || hint === "byline");
    if (canBeDateline && (top(index) || hint === "dateline") && datelines < MAX_DATELINES) {
      const dateline = readDateline(text, matchers, null);
      if (dateline) {
        kind = dateline.kind;
        datelines++;
        fullDay ??= dateline.day;
        if (!dateline.day) yearless ??= dateline.dateText;
        collectWire(wire, dateline.wire);
      }
    }
    if ((kind === null || kind === "heading" || kind === "headline") && plainHint) {
      const day = sectionHeadingDate(text, sectionPatterns);
      if (day) {
        kind = "heading";
        section = day;
      }
    }
    kind ??= shapeKind(text, hint === "metadata" ? null : hint, state);
    if (kind === "paragraph") state.paragraph = true;
    if (kind === "credit") collectWire(wire, creditAgencies(text));
    if (kind === "byline") collectWire(wire, bylineAgencies(text));
    kinds[index] = kind;
    sectionDates[index] = section;
  });
  const datelineDay = fullDay ?? (yearless ? parseDay(yearless, pageYear(texts, matchers) ?? year) : null);
  const decided = kinds as BlockKind[];
  markDuplicates(texts, decided, isBoilerplateKind, top);
  if (wire.length === 0 && profile) collectWire(wire, profile.profile.wire);
  return { kinds: decided, sectionDates, datelineDay, wire };
}

/** The texts of blocks, spaces collapsed. */
export function blockTexts(text: string, blocks: readonly DraftBlock[]): string[] {
  return blocks.map((block) => blockText(text, block));
}
