import type { BlockKind } from "../schema/document.js";
import { agenciesIn } from "./agencies-in.js";
import { type DraftBlock, trimRange } from "./draft-block.js";
import { expandPlaceholders } from "./expand-placeholders.js";
import { caseSensitiveLiterals, holdsAll } from "./required-literal.js";
import { LEADING_FRAGMENTS, TRAILING_CREDITS } from "./tables/block-rules.js";
import { DATELINE_PATTERNS } from "./tables/datelines.js";

interface Fragment {
  readonly kind: BlockKind;
  readonly regex: RegExp;
  /** Strings every match contains (of case-sensitive patterns only), checked before the pattern runs. */
  readonly needles: readonly string[];
}

function fragment(kind: BlockKind, regex: RegExp): Fragment {
  return { kind, regex, needles: caseSensitiveLiterals(regex) };
}

const LEADING: readonly Fragment[] = [
  ...LEADING_FRAGMENTS.map((leading) => fragment(leading.kind, new RegExp(leading.pattern, "iu"))),
  ...DATELINE_PATTERNS.filter((pattern) => pattern.shape === "prefix").map((pattern) =>
    fragment(pattern.kind, new RegExp(expandPlaceholders(pattern.pattern), `${pattern.flags}u`)),
  ),
];

const TRAILING: readonly RegExp[] = TRAILING_CREDITS.map((source) => new RegExp(source, "iu"));
/** Credits are short: only the end of a block is searched. */
const TAIL = 120;
/** A trailing credit ends with a bracket or follows a dash this near the end; other blocks are not searched. */
const DASH_REACH = 45;

function isDashCode(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

/** True when `[from, end)` ends with ")" or has a dash among its last {@link DASH_REACH} characters. */
function mayEndInCredit(text: string, from: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === 0x29) return true;
  for (let index = end - 1; index >= Math.max(from, end - DASH_REACH); index--)
    if (isDashCode(text.charCodeAt(index))) return true;
  return false;
}

function splitLeading(text: string, block: DraftBlock): DraftBlock[] {
  const head = text.slice(block.start, Math.min(block.end, block.start + 300));
  for (const { kind, regex, needles } of LEADING) {
    if (!holdsAll(head, needles)) continue;
    const match = regex.exec(head);
    if (match?.index !== 0 || match[0].length === 0) continue;
    const wire = match.groups?.wire;
    // "Luanda, 11.03.2024 (ANGOP) -": a place and a date make a dateline whatever agency it credits;
    // without a date, only a known agency does ("Berlin (dpa) -", not "Kyiv (Ukraine) -").
    if (wire !== undefined && match.groups?.date === undefined && agenciesIn(wire).length === 0) continue;
    const cut = block.start + match[0].length;
    const first = trimRange(text, block.start, cut);
    const rest = trimRange(text, cut, block.end);
    if (!first || !rest) return [{ ...block, hint: block.hint ?? kind }];
    return [
      { ...first, hint: kind },
      { ...rest, hint: block.hint },
    ];
  }
  return [block];
}

function splitTrailing(text: string, block: DraftBlock): DraftBlock[] {
  const from = Math.max(block.start, block.end - TAIL);
  if (!mayEndInCredit(text, from, block.end)) return [block];
  const tail = text.slice(from, block.end);
  for (const regex of TRAILING) {
    const match = regex.exec(tail);
    if (!match || agenciesIn(match.groups?.list ?? "").length === 0) continue;
    const cut = from + match.index;
    const body = trimRange(text, block.start, cut);
    if (!body) return [{ ...block, hint: "credit" }];
    return [
      { ...body, hint: block.hint },
      { start: cut, end: block.end, hint: "credit" },
    ];
  }
  return [block];
}

/**
 * Splits off the parts of a block that are not its text: a leading `date 2025-12-02`, a wire dateline
 * ("MOSCOW, April 25 (Reuters) -") and a trailing agency credit ("… (sda/dpa/con)", "… — Reuters"),
 * each becoming a block of its own with a hint of its kind. Offsets stay exact.
 *
 * @example
 * const text = "Talks go on. (sda/dpa/con)";
 * splitFragments(text, [{ start: 0, end: text.length, hint: null }]).map((b) => b.hint); // [null, "credit"]
 */
export function splitFragments(text: string, blocks: readonly DraftBlock[]): DraftBlock[] {
  const result: DraftBlock[] = [];
  for (const block of blocks) {
    if (block.hint !== null && block.hint !== "headline" && block.hint !== "heading") {
      result.push(block);
      continue;
    }
    for (const piece of splitLeading(text, block)) {
      if (piece.hint === null) result.push(...splitTrailing(text, piece));
      else result.push(piece);
    }
  }
  return result;
}
