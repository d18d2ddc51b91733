import type { TimexMod } from "../../schema/time.js";
import { type Candidate, candidate, type RuleContext } from "./expression.js";
import { DIGIT_AMOUNT_PATTERN, NUMBER_WORD_PATTERN, parseAmount, VAGUE_AMOUNTS } from "./numbers.js";
import { matchesNear } from "./scan-near.js";

/** Unit words → TIMEX unit letter, whether it sits after the `T`, and its length in minutes. */
interface UnitInfo {
  letter: "S" | "M" | "H" | "D" | "W" | "Y";
  clock: boolean;
  minutes: number;
  /** TIMEX amount multiplier: a decade is 10 years, a quarter 3 months, a fortnight 2 weeks. */
  factor: number;
}

const MONTH_MINUTES = 30 * 1440;
const YEAR_MINUTES = 365 * 1440;

/** Unit words (lower case) → what they measure: one shared, read-only record per unit. */
const UNIT_INFOS: ReadonlyMap<string, UnitInfo> = new Map(
  (
    [
      [["second", "seconds", "sec", "secs"], { letter: "S", clock: true, minutes: 1 / 60, factor: 1 }],
      [["minute", "minutes", "min", "mins"], { letter: "M", clock: true, minutes: 1, factor: 1 }],
      [["hour", "hours", "hr", "hrs"], { letter: "H", clock: true, minutes: 60, factor: 1 }],
      [["day", "days"], { letter: "D", clock: false, minutes: 1440, factor: 1 }],
      [["week", "weeks"], { letter: "W", clock: false, minutes: 7 * 1440, factor: 1 }],
      [["fortnight", "fortnights"], { letter: "W", clock: false, minutes: 7 * 1440, factor: 2 }],
      [["month", "months"], { letter: "M", clock: false, minutes: MONTH_MINUTES, factor: 1 }],
      [["quarter", "quarters"], { letter: "M", clock: false, minutes: MONTH_MINUTES, factor: 3 }],
      [["year", "years", "yr", "yrs"], { letter: "Y", clock: false, minutes: YEAR_MINUTES, factor: 1 }],
      [["decade", "decades"], { letter: "Y", clock: false, minutes: YEAR_MINUTES, factor: 10 }],
      [["century", "centuries"], { letter: "Y", clock: false, minutes: YEAR_MINUTES, factor: 100 }],
    ] as const
  ).flatMap(([words, info]) => words.map((word) => [word, info] as const)),
);

/** @example unitInfo("hours") // { letter: "H", clock: true, minutes: 60, factor: 1 } */
export function unitInfo(word: string): UnitInfo | null {
  return UNIT_INFOS.get(word.toLowerCase()) ?? null;
}

/**
 * TIMEX3 duration value for an amount of a unit; null amount = unknown (`PXY`, `PTXH`).
 *
 * @example
 * durationValue(1.5, unitInfo("hours")!) // "PT1H30M"
 */
export function durationValue(amount: number | null, unit: UnitInfo): string {
  const prefix = unit.clock ? "PT" : "P";
  if (amount === null) return `${prefix}X${unit.letter}`;
  const n = amount * unit.factor;
  if (unit.letter === "H" && !Number.isInteger(n)) {
    const hours = Math.floor(n);
    const minutes = Math.round((n - hours) * 60);
    return hours > 0 ? `PT${hours}H${minutes}M` : `PT${minutes}M`;
  }
  return `${prefix}${Number(n.toFixed(3))}${unit.letter}`;
}

/**
 * Half-width of the interval for "about N": ±15 min for hour amounts (the seeds' convention),
 * ±5 for half an hour or more in minutes, ±2 below 20 minutes, ±10 % for days and longer.
 */
export function approxMargin(totalMinutes: number, unit: UnitInfo): number {
  if (unit.letter === "H" && unit.clock) return 15;
  if (unit.clock) return totalMinutes < 20 ? 2 : totalMinutes < 60 ? 5 : 15;
  return Math.round(totalMinutes * 0.1);
}

interface ModInfo {
  mod: TimexMod | null;
  /** Interval of the stated amount N (in minutes) with approximation margin m. */
  bounds: (n: number, m: number) => [number | null, number | null];
}

const EXACT: ModInfo = { mod: null, bounds: (n) => [n, n] };

/** Quantifier words (lower case, single spaces) → their mod and bounds; any other words are exact. */
const MOD_INFOS: ReadonlyMap<string, ModInfo> = new Map(
  (
    [
      [
        ["about", "around", "roughly", "approximately", "approx.", "some", "an estimated", "estimated"],
        { mod: "APPROX", bounds: (n, m) => [n - m, n + m] },
      ],
      // A "nearly" figure is rounded up from further away than a "just under" one: twice the margin.
      [["nearly", "almost", "close to"], { mod: "LESS_THAN", bounds: (n, m) => [n - 2 * m, n] }],
      [
        [
          "just under",
          "a little less than",
          "slightly less than",
          "just shy of",
          "barely",
          "scarcely",
          "hardly",
        ],
        { mod: "LESS_THAN", bounds: (n, m) => [n - m, n] },
      ],
      [
        ["just over", "a little over", "a little more than", "slightly more than"],
        { mod: "MORE_THAN", bounds: (n, m) => [n, n + m] },
      ],
      [
        ["more than", "over", "well over", "upwards of", "in excess of", "longer than"],
        { mod: "MORE_THAN", bounds: (n) => [n, null] },
      ],
      [
        ["less than", "under", "fewer than", "shorter than", "within"],
        { mod: "LESS_THAN", bounds: (n) => [null, n] },
      ],
      [
        ["at least", "no less than", "not less than", "no fewer than", "a minimum of"],
        { mod: "EQUAL_OR_MORE", bounds: (n) => [n, null] },
      ],
      [
        ["at most", "up to", "no more than", "not more than", "a maximum of"],
        { mod: "EQUAL_OR_LESS", bounds: (n) => [null, n] },
      ],
    ] satisfies [string[], ModInfo][]
  ).flatMap(([words, info]) => words.map((word) => [word, info] as const)),
);

/** The TIMEX `mod` and minute bounds a quantifier word implies. */
export function modInfo(words: string | undefined): ModInfo {
  if (!words) return EXACT;
  return MOD_INFOS.get(words.toLowerCase().replace(/\s+/g, " ")) ?? EXACT;
}

const MOD_WORDS =
  "about|around|roughly|approximately|approx\\.|an estimated|some|nearly|almost|close to|barely|scarcely|hardly|just under|just shy of|a little less than|slightly less than|just over|a little over|a little more than|slightly more than|more than|well over|over|upwards of|in excess of|longer than|less than|fewer than|shorter than|under|at least|no less than|not less than|no fewer than|a minimum of|at most|up to|no more than|not more than|a maximum of|a mere|only|a full|another|a further|an additional";
const AMOUNT = `(?:${DIGIT_AMOUNT_PATTERN}|${NUMBER_WORD_PATTERN}|a few|few|several|many|some|numerous)`;
const UNIT_WORD =
  "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries)";

/** "and a half", "and a quarter", "and three quarters" after an amount or a unit, captured. */
const AND_FRACTION = "([\\s-]+and[\\s-]+(?:a[\\s-]+half|a[\\s-]+quarter|three[\\s-]+quarters))";

/** The fraction an {@link AND_FRACTION} capture adds: 0.5, 0.25 or 0.75 (0 when absent). */
function andFraction(captured: string | undefined): number {
  if (!captured) return 0;
  if (/half$/i.test(captured)) return 0.5;
  return /three/i.test(captured) ? 0.75 : 0.25;
}

/** "the past two years", "about three hours", "three to four hours", "a three-hour", "2½ hours", "an hour and a half". */
const AMOUNT_DURATION = new RegExp(
  `(?<![\\w.,])(?:(the|a|an)\\s+(?:(past|last|next|coming|previous|following|first|final|latest|recent|entire|whole|full)\\s+)?)?` +
    `(?:(${MOD_WORDS})\\s+)?(?:(between)\\s+)?(${AMOUNT})${AND_FRACTION}?` +
    `(?:\\s*(?:-|–|to|and|or)\\s*(${AMOUNT})${AND_FRACTION}?)?` +
    `(\\s*-\\s*|\\s+)(${UNIT_WORD})${AND_FRACTION}?(-long)?` +
    `(?:\\s+(?:and\\s+)?(\\d+|${NUMBER_WORD_PATTERN})\\s+(minutes?|mins?))?\\b`,
  "dgi",
);

/** "half an hour", "half a day", "a half-hour meeting". */
const HALF_UNIT =
  /(?<![\w])(?:(about|around|nearly|almost|more than|over|less than|under|at least|up to)\s+)?half(?:\s+an?\s+(hour|day|year)|[\s-]+(hour)(?:-long)?)\b/gi;

/** "a quarter of an hour", "three quarters of an hour". */
const QUARTER_HOUR =
  /(?<![\w])(?:(about|around|nearly|almost|more than|over|less than|under|at least|up to)\s+)?(a|three)[\s-]+quarters?\s+of\s+an\s+hour\b/gi;

/** "an hourlong meeting", "a weeklong visit": one unit, written as one word. */
const ONE_WORD_LONG = /(?<![\w-])(hour|day|week|month|year)long\b/gi;

/** "two hours or so", "an hour or thereabouts": an approximate amount stated after the unit. */
const OR_SO = /^\s+or\s+(?:so|thereabouts)\b/i;

/** "hours", "recent weeks", "the next few months", "decades-long" — an unstated amount. */
const BARE_UNITS =
  /(?<![\w-])(?:(the\s+)?(past|last|next|coming|recent|previous|following)\s+)?(?:(few|several|many)\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)(-long)?\b/gi;
/** The unit keywords QUARTER_HOUR and BARE_UNITS are built on (the rest cannot be inside their matches). */
const QUARTER_HOUR_WORDS: ReadonlySet<string> = new Set(["quarter", "quarters", "hour"]);
const BARE_UNIT_WORDS: ReadonlySet<string> = new Set([
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "decades",
  "centuries",
]);

/** The anchors (flat start/end offsets) whose word, lower-cased, is one of `words`. */
function anchorsNamed(text: string, anchors: readonly number[], words: ReadonlySet<string>): number[] {
  const kept: number[] = [];
  for (let i = 0; i + 1 < anchors.length; i += 2) {
    const start = anchors[i] ?? 0;
    const end = anchors[i + 1] ?? start;
    if (words.has(text.slice(start, end).toLowerCase())) kept.push(start, end);
  }
  return kept;
}

/** Matches of `pattern` near the unit keywords that are one of `words` (see {@link matchesNear}). */
function matchesNearUnits(
  ctx: RuleContext,
  words: ReadonlySet<string>,
  pattern: RegExp,
  before: number,
  after: number,
): RegExpExecArray[] {
  return matchesNear(ctx.text, anchorsNamed(ctx.text, ctx.anchors.unit, words), pattern, before, after);
}

/** Words after which a bare plural unit is a duration: "for years", "within days", "took hours". */
const BARE_UNIT_CUE =
  /\b(?:for|within|over|in|after|lasted|lasting|took|takes|take|spent|spend|waited|wait)\s+$/i;

/** Plural-amount units that are ordinals or fractions, not lengths of time ("a second term", "a quarter of"). */
function isOrdinalReading(amountWord: string, unitWord: string, separator: string): boolean {
  const a = amountWord.toLowerCase();
  const u = unitWord.toLowerCase();
  if ((a === "a" || a === "an") && (u === "second" || u === "quarter")) return true;
  if (u === "second" && !/^\d/.test(a) && a !== "one") return true;
  return separator.includes("-") && (a === "a" || a === "an");
}

/**
 * Words an amount can end with (see NUMBER_WORD_PATTERN and AMOUNT: "a couple of", "several",
 * "and a half"), lower case; digits and "½" are checked apart.
 */
const AMOUNT_LAST_WORDS: ReadonlySet<string> = new Set([
  ..."zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split(" "),
  ..."fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy".split(" "),
  ..."eighty ninety hundred thousand dozen single an a of few several many some numerous half".split(" "),
]);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const HALF_SIGN = 0xbd;

/**
 * The unit keywords (flat start/end offsets) right after something an amount can end with — a digit,
 * "½", a number word, "few", "couple of", "and a half" — skipping the spaces and hyphens between.
 * AMOUNT_DURATION needs one before its unit, so the other units ("this year", "the day") are left out.
 */
function unitsAfterAmounts(text: string, units: readonly number[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i + 1 < units.length; i += 2) {
    const start = units[i] ?? 0;
    let end = start;
    while (end > 0 && /[\s\-–]/.test(text.charAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    let wordStart = end;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    const amountLike =
      isDigit(last) ||
      last === HALF_SIGN ||
      (wordStart < end && AMOUNT_LAST_WORDS.has(text.slice(wordStart, end).toLowerCase()));
    if (amountLike) kept.push(start, units[i + 1] ?? start);
  }
  return kept;
}

/** End of a duration match without its trailing "and 30 minutes" part. */
function coreEnd(m: RegExpExecArray | RegExpMatchArray, fallback: number): number {
  const indices = m.indices;
  if (!indices) return fallback;
  let end = 0;
  for (const group of [10, 11, 12]) {
    const span = indices[group];
    if (span) end = Math.max(end, span[1]);
  }
  return end || fallback;
}

function toMinutes(amount: number, unit: UnitInfo): number {
  return Math.round(amount * unit.factor * unit.minutes);
}

/**
 * Durations with a stated amount: value, mod and an interval in minutes.
 *
 * @example
 * // "talks lasted about three hours" → { type: "DURATION", value: "PT3H", mod: "APPROX", minMinutes: 165, maxMinutes: 195 }
 */
export function findAmountDurations(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchesNear(text, unitsAfterAmounts(text, ctx.anchors.unit), AMOUNT_DURATION, 110, 48)) {
    const [
      whole,
      det,
      rel,
      modWords,
      between,
      amountWord = "",
      half1,
      amountWord2,
      half2,
      sep = " ",
      unitWord = "",
    ] = m;
    const halfAfterUnit = m[11];
    const long = m[12];
    const extraMinutes = m[13];
    const unit = unitInfo(unitWord);
    if (!unit) continue;
    if (isOrdinalReading(amountWord, unitWord, sep)) continue;
    // "a 22-year-old son", "children 6 months and older": ages, not lengths of time.
    if (
      /^(?:-old|\s+old|\s+and\s+older|\s+or\s+older|\s+of\s+age)\b/i.test(
        text.slice(m.index + whole.length, m.index + whole.length + 14),
      )
    )
      continue;
    // "a", "the" alone before an amount-less unit never reach here; "between 3 and" needs the second amount.
    if (between && !amountWord2) continue;
    let start = m.index;
    let end = start + whole.length;
    // A SET reading: "15 a year", "twice a week", "$100 a month".
    if (
      (amountWord.toLowerCase() === "a" || amountWord.toLowerCase() === "an") &&
      !det &&
      !modWords &&
      isRateContext(text, start)
    ) {
      out.push(
        candidate(ctx, start, end, {
          type: "SET",
          value: durationValue(1, unit),
          resolution: "absolute",
          priority: 2,
        }),
      );
      continue;
    }
    const vague = VAGUE_AMOUNTS.has(amountWord.toLowerCase());
    let amount = vague ? null : parseAmount(amountWord);
    if (!vague && amount === null) continue;
    if (amount !== null) amount += andFraction(half1) + andFraction(halfAfterUnit);
    let amount2 = amountWord2 ? parseAmount(amountWord2) : null;
    if (amount2 !== null) amount2 += andFraction(half2);
    if (amountWord2 && amount2 === null) {
      // "two or three" read wrongly as a range with an unreadable end: keep the first amount alone.
      amount2 = null;
    }
    let minutesExtra = 0;
    if (extraMinutes && unit.letter === "H" && unit.clock) minutesExtra = parseAmount(extraMinutes) ?? 0;
    else if (extraMinutes) end = coreEnd(m, end);
    // Exclude a bare leading article ("a three-hour meeting" → "three-hour").
    // An article before an adjectival amount stays outside the tag: "a three-hour meeting", "the 90-day truce".
    const adjectival = sep.includes("-") || Boolean(long);
    if (det && !rel && (/^an?$/i.test(det) || adjectival)) {
      const skip = whole.indexOf(modWords ?? amountWord, det.length);
      if (skip > 0 && amountWord.toLowerCase() !== det.toLowerCase()) start += skip;
    }
    // "an hour-long meeting": TimeML tags "hour-long" alone.
    if (long && !det && !modWords && /^an?$/i.test(amountWord)) start = m.indices?.[10]?.[0] ?? start;
    const orSo = !modWords && !amountWord2 && !extraMinutes ? OR_SO.exec(text.slice(end, end + 20)) : null;
    if (orSo) end += orSo[0].length;
    const info = orSo ? modInfo("about") : modInfo(modWords);
    let minMinutes: number | null = null;
    let maxMinutes: number | null = null;
    let value: string;
    if (amount === null) {
      value = durationValue(null, unit);
      minMinutes = toMinutes(2, unit);
    } else if (amount2 !== null && amount2 > amount) {
      value = durationValue(amount, unit);
      minMinutes = toMinutes(amount, unit);
      maxMinutes = toMinutes(amount2, unit);
    } else {
      const total = toMinutes(amount, unit) + minutesExtra;
      value = minutesExtra > 0 ? `PT${Math.floor(total / 60)}H${total % 60}M` : durationValue(amount, unit);
      [minMinutes, maxMinutes] = info.bounds(total, approxMargin(total, unit));
    }
    out.push(
      candidate(ctx, start, end, {
        type: "DURATION",
        value,
        mod: amount2 !== null ? null : info.mod,
        minMinutes,
        maxMinutes,
        resolution: "absolute",
        priority: 1,
      }),
    );
  }
  for (const m of matchesNear(text, ctx.anchors.half, HALF_UNIT, 24, 16)) {
    const unit = unitInfo(m[2] ?? m[3] ?? "");
    if (!unit) continue;
    const total = toMinutes(0.5, unit);
    const info = modInfo(m[1]);
    const [minMinutes, maxMinutes] = info.bounds(total, unit.clock ? 5 : Math.round(total * 0.1));
    const value = unit.letter === "H" ? "PT30M" : unit.letter === "D" ? "PT12H" : "P6M";
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "DURATION",
        value,
        mod: info.mod,
        minMinutes,
        maxMinutes,
        resolution: "absolute",
        priority: 1,
      }),
    );
  }
  findFractionAndOneWordDurations(ctx, out);
}

/** "a quarter of an hour" (15 minutes), "three quarters of an hour" (45) and "hourlong" (one unit). */
function findFractionAndOneWordDurations(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchesNearUnits(ctx, QUARTER_HOUR_WORDS, QUARTER_HOUR, 40, 24)) {
    const total = m[2]?.toLowerCase() === "three" ? 45 : 15;
    const info = modInfo(m[1]);
    const [minMinutes, maxMinutes] = info.bounds(total, 2);
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "DURATION",
        value: `PT${total}M`,
        mod: info.mod,
        minMinutes,
        maxMinutes,
        resolution: "absolute",
        priority: 1,
      }),
    );
  }
  if (!text.includes("long")) return;
  for (const m of text.matchAll(ONE_WORD_LONG)) {
    const unit = unitInfo(m[1] ?? "");
    if (!unit) continue;
    const total = toMinutes(1, unit);
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "DURATION",
        value: durationValue(1, unit),
        minMinutes: total,
        maxMinutes: total,
        resolution: "absolute",
        priority: 1,
      }),
    );
  }
}

/** True when the article before `start` is a rate: a number, "times", "twice", "once", a price. */
function isRateContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /(?:\d[\d,.]*\s*(?:%|percent|[a-z]+)?|\b(?:times|twice|once|thrice|per cent|percent|dollars|euros|pounds|tonnes|tons|barrels|people|visitors))\s+$/i.test(
    before,
  );
}

/** Durations of unstated length: "for years", "recent weeks", "the next few months". */
export function findBareDurations(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchesNearUnits(ctx, BARE_UNIT_WORDS, BARE_UNITS, 48, 12)) {
    const [whole, the, rel, vague, unitWord = "", long] = m;
    const unit = unitInfo(unitWord);
    if (!unit) continue;
    const cued =
      Boolean(rel || vague || long) || BARE_UNIT_CUE.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (!cued) continue;
    if (the && !rel) continue;
    out.push(
      candidate(ctx, m.index, m.index + whole.length, {
        type: "DURATION",
        value: durationValue(null, unit),
        minMinutes: toMinutes(2, unit),
        resolution: "absolute",
        priority: 0,
      }),
    );
  }
}
