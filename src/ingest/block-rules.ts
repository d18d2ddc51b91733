import type { BlockKind } from "../schema/document.js";
import type { BoilerplateRule } from "../schema/outlet.js";
import { agenciesIn } from "./agencies-in.js";
import { compilePattern } from "./compile-pattern.js";
import { BLOCK_RULES, CREDIT_FORMS } from "./tables/block-rules.js";

/** A block rule ready to test. */
export interface CompiledRule {
  readonly kind: BlockKind;
  readonly regex: RegExp;
  readonly extent: "block" | "rest";
  readonly maxLength: number;
  /** Test only this many characters from the end of a block (rules anchored at the end). */
  readonly tail: number;
  /** Lower-case strings of which the tested text must hold one before the pattern is tried (empty: none needed). */
  readonly requires: readonly string[];
  /** `requires` as one case-insensitive alternation (no `u` flag: the needles are literals, and it scans faster), so the prefilter is a single scan; null when none. */
  readonly prefilter: RegExp | null;
  /** Generic `rest` rules stop at the first block that reads like body text; an outlet's rules do not. */
  readonly guarded: boolean;
}

function escapeLiteral(needle: string): string {
  return needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One alternation of the needles, grouped by first character (`e(?:pa-|pa/)|g(?:etty)`): the same
 * strings, but the engine tries one branch per position instead of every needle.
 */
function prefilterFor(needles: readonly string[]): RegExp | null {
  if (needles.length === 0) return null;
  const byFirst = new Map<string, string[]>();
  for (const needle of needles) {
    const first = needle[0]!.toLowerCase();
    byFirst.set(first, [...(byFirst.get(first) ?? []), needle.slice(1)]);
  }
  const branches = [...byFirst].map(
    ([first, rests]) => `${escapeLiteral(first)}(?:${rests.map(escapeLiteral).join("|")})`,
  );
  return new RegExp(branches.join("|"), "i");
}

/** The generic rules of `tables/block-rules.ts`, compiled once. */
export const GENERIC_RULES: readonly CompiledRule[] = BLOCK_RULES.map((rule) => ({
  kind: rule.kind,
  regex: new RegExp(rule.pattern, `${rule.flags ?? "i"}u`),
  extent: rule.extent ?? "block",
  maxLength: rule.maxLength ?? 200,
  tail: rule.tail ?? Number.POSITIVE_INFINITY,
  requires: rule.requires ?? [],
  prefilter: prefilterFor(rule.requires ?? []),
  guarded: true,
}));

const CREDIT_REGEXES: readonly { regex: RegExp; requires: string | null }[] = CREDIT_FORMS.map((form) => ({
  regex: new RegExp(form.pattern, "iu"),
  requires: form.requires ?? null,
}));

/** Compiles an outlet profile's boilerplate rules (invalid patterns are dropped). */
export function compileProfileRules(rules: readonly BoilerplateRule[]): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    const regex = compilePattern(rule.pattern);
    if (regex) {
      compiled.push({
        kind: rule.kind,
        regex,
        extent: rule.extent ?? "block",
        maxLength: Number.POSITIVE_INFINITY,
        tail: Number.POSITIVE_INFINITY,
        requires: [],
        prefilter: null,
        guarded: false,
      });
    }
  }
  return compiled;
}

/**
 * The agencies a whole-block credit names ("SOURCE:AFP", "(sda/dpa/con)", "— Reuters",
 * "© 2025 The Associated Press"); empty when the block is not such a credit.
 *
 * @example
 * creditAgencies("SOURCE:AFP"); // ["AFP"]
 */
export function creditAgencies(text: string): string[] {
  if (text.length > 160) return [];
  const lower = text.toLowerCase();
  for (const { regex, requires } of CREDIT_REGEXES) {
    if (requires !== null && !lower.includes(requires)) continue;
    const match = regex.exec(text);
    const list = match?.groups?.list;
    if (list === undefined) continue;
    const agencies = agenciesIn(list);
    if (agencies.length > 0) return agencies;
  }
  return [];
}

function passesPrefilter(rule: CompiledRule, tested: string): boolean {
  if (rule.requires.length === 1 && rule.requires[0]!.length === 1) return tested.includes(rule.requires[0]!);
  return rule.prefilter === null || rule.prefilter.test(tested);
}

/** The first rule that matches a block's text, if any. */
export function matchRule(rules: readonly CompiledRule[], text: string): CompiledRule | null {
  let tail = text;
  let tailLength = text.length;
  for (const rule of rules) {
    if (text.length > rule.maxLength) continue;
    if (text.length > rule.tail && tailLength !== rule.tail) {
      tail = text.slice(text.length - rule.tail);
      tailLength = rule.tail;
    }
    const tested = text.length > rule.tail ? tail : text;
    if (!passesPrefilter(rule, tested)) continue;
    if (rule.regex.test(tested)) return rule;
  }
  return null;
}
