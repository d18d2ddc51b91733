import type { TimexMod } from "../../schema/time.js";
import {
  addMonths,
  dateParts,
  dayNumber,
  daysInMonth,
  formatDay,
  formatIsoWeek,
  formatMonth,
  isoWeekStart,
  monthRange,
  pad2,
  yearRange,
} from "./calendar.js";
import { type Candidate, candidate, modFromWords, narrowByMod, type RuleContext } from "./expression.js";
import { DIGIT_AMOUNT_PATTERN, NUMBER_WORD_PATTERN, parseAmount } from "./numbers.js";
import { directionAt, resolveMonthYear, resolveWeekday } from "./resolve.js";
import { matchesNear } from "./scan-near.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  tonight: "NI",
  overnight: "NI",
};

/** ISO weekday digit (Monday 1 … Sunday 7) for TIMEX `XXXX-WXX-n`. */
const isoWeekdayDigit = (weekday: number): number => (weekday === 0 ? 7 : weekday);

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month number of a month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** The anchors whose word starts with a capital letter: the patterns that use them spell names capitalised. */
function capitalised(text: string, anchors: readonly number[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i + 1 < anchors.length; i += 2) {
    const first = text.charCodeAt(anchors[i] ?? 0);
    if (first >= 65 && first <= 90) kept.push(anchors[i] ?? 0, anchors[i + 1] ?? 0);
  }
  return kept;
}

const WEEKDAY_RE =
  /(?<![\w-])(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?(?:(?:['’]s)?\s+(morning|afternoon|evening|night))?(?![\w-])/g;

/** Weekdays: "Tuesday", "last Friday", "Tuesday's talks", "Sunday night", "Mondays". */
export function findWeekdays(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, capitalised(ctx.text, ctx.anchors.weekday), WEEKDAY_RE, 24, 32)) {
    const [whole, rel, name = "", plural, part] = m;
    const weekday = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
    const start = m.index;
    const end = start + whole.length;
    if (plural) {
      out.push(
        candidate(ctx, start, end, {
          type: "SET",
          value: `XXXX-WXX-${isoWeekdayDigit(weekday)}`,
          weekday,
          resolution: "absolute",
        }),
      );
      continue;
    }
    const partCode = part ? PART_OF_DAY[part.toLowerCase()] : undefined;
    const suffix = partCode ? `T${partCode}` : "";
    const type = partCode ? "TIME" : "DATE";
    if (ctx.documentDay === null) {
      out.push(
        candidate(ctx, start, end, {
          type,
          value: `XXXX-WXX-${isoWeekdayDigit(weekday)}${suffix}`,
          weekday,
          resolution: "unresolved",
          priority: 1,
        }),
      );
      continue;
    }
    const day = weekdayDay(ctx, start, weekday, rel);
    out.push(
      candidate(ctx, start, end, {
        type,
        value: `${formatDay(day)}${suffix}`,
        earliest: day,
        latest: day,
        weekday,
        resolution: "relative",
        priority: 1,
      }),
    );
  }
}

function weekdayDay(ctx: RuleContext, start: number, weekday: number, rel: string | undefined): number {
  const reference = ctx.documentDay ?? 0;
  const r = rel?.toLowerCase();
  if (r === "last" || r === "past" || r === "previous") return resolveWeekday(reference - 1, weekday, "past");
  if (r === "next" || r === "coming") return resolveWeekday(reference + 1, weekday, "future");
  if (r === "this") return resolveWeekday(reference, weekday, "future");
  // A weekday in a report without a future cue is the one just past (news reports what happened).
  return resolveWeekday(reference, weekday, directionAt(ctx.text, start, ctx.clauseCues) ?? "past");
}

const DAY_WORD_RE =
  /(?<![\w-])(?:(?:(?:earlier|later)\s+)?(the day before yesterday|the day after tomorrow|today|tonight|tomorrow|yesterday|overnight)(?:(?:['’]s)?\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night)|((?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day|(?:on\s+)?(?:that|the)\s+same\s+day|(?<=\b(?:[Oo]n|[Bb]y|[Ll]ater|[Ee]arlier|[Ss]ame)\s+)that\s+day))(?![\w-])/gi;

/** today, tomorrow, yesterday, tonight, this morning, yesterday afternoon. */
export function findDayWords(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, ctx.anchors.dayWord, DAY_WORD_RE, 40, 32)) {
    // "earlier in the day", "the same day", "that day": the reference day, which in a report is its own.
    const word = (m[1] ?? m[3] ?? (m[5] ? "today" : "")).toLowerCase();
    const part = (m[2] ?? m[4])?.toLowerCase();
    let offset = 0;
    if (word === "tomorrow") offset = 1;
    else if (word === "yesterday" || word === "last") offset = -1;
    else if (word === "the day before yesterday") offset = -2;
    else if (word === "the day after tomorrow") offset = 2;
    if (word === "last" && part !== "night") continue;
    // "overnight" alone: the night before the reference day ("talks ran overnight"), or the coming one in a plan.
    const bareOvernight = word === "overnight" && !part;
    if (bareOvernight && directionAt(ctx.text, m.index, ctx.clauseCues) !== "future") offset = -1;
    const partCode = word === "tonight" || bareOvernight ? "NI" : part ? PART_OF_DAY[part] : undefined;
    const type = partCode ? "TIME" : "DATE";
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.documentDay === null) {
      out.push(
        candidate(ctx, start, end, {
          type,
          value: offset === 0 && !partCode ? "PRESENT_REF" : `XXXX-XX-XX${partCode ? `T${partCode}` : ""}`,
          resolution: "unresolved",
          priority: 1,
        }),
      );
      continue;
    }
    const day = ctx.documentDay + offset;
    out.push(
      candidate(ctx, start, end, {
        type,
        value: `${formatDay(day)}${partCode ? `T${partCode}` : ""}`,
        earliest: day,
        latest: day,
        resolution: "relative",
        priority: 1,
      }),
    );
  }
}

const REF_RE =
  /(?<![\w-])(?:(now|currently|nowadays|presently|at present|at the moment|right now|these days|the present|present day|recently|lately|at the time|the past|in the past|the future|in the future|once|previously|formerly|in recent years)|(so far|to date))(?![\w-])/gi;

/** PRESENT_REF / PAST_REF / FUTURE_REF words. */
export function findReferenceWords(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, ctx.anchors.ref, REF_RE, 16, 16)) {
    const word = (m[1] ?? "").toLowerCase();
    if (
      !m[1] ||
      word === "once" ||
      word === "previously" ||
      word === "formerly" ||
      word === "in recent years"
    )
      continue;
    let start = m.index;
    let end = start + m[0].length;
    if (word.startsWith("in the ")) start += 3;
    else if (word === "right now") start += 6;
    end = start + (word.startsWith("in the ") ? word.length - 3 : word === "right now" ? 3 : word.length);
    let value = "PRESENT_REF";
    if (/past|recently|lately|at the time/.test(word)) value = "PAST_REF";
    else if (/future/.test(word)) value = "FUTURE_REF";
    const doc = ctx.documentDay;
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value,
        earliest: value === "PRESENT_REF" ? doc : null,
        latest: value === "PRESENT_REF" ? doc : null,
        resolution: doc === null ? "unresolved" : "relative",
        priority: -1,
      }),
    );
  }
}

const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|Sept)";
const PERIOD_MOD =
  "(?:early|late|mid|the (?:end|beginning|start|middle|close) of|the (?:first|second) half of|(?:end|beginning|start|middle) of)";

const MONTH_RE = new RegExp(
  `(?<![\\w-])(?:(${PERIOD_MOD})[\\s-]+)?(?:(last|next|this|coming|past)\\s+)?(${MONTH_NAME})(?![\\w])(?:(?:,?\\s+(?:of\\s+)?|\\s*['’])(\\d{4}|\\d{2})(?![\\w])|\\s+(?:of\\s+)?(this|last|next) year\\b)?`,
  "g",
);

/** Words before a bare month that make it a date, not a name or a verb ("in May", "since March"). */
const MONTH_CUE =
  /\b(?:in|on|since|until|till|by|from|of|through|throughout|during|before|after|between|and|or|to|early|late|mid|last|next|this|that|each|every|around|until|as of)\s*[-–]?\s*$/i;

/** "30 " or "30th " right before a month name. */
const DAY_BEFORE_MONTH = /(?<![\d.,:/-])(\d{1,2})(?:st|nd|rd|th)?\s+$/;

/** Month expressions: "in March", "February 2022", "early December", "at the end of November", "last May". */
export function findMonths(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchesNear(text, capitalised(text, ctx.anchors.month), MONTH_RE, 48, 40)) {
    const [whole, modWords, rel, name = "", yearWord, yearRel] = m;
    const month = monthNumber(name);
    if (month === null) continue;
    const start = m.index;
    const end = start + whole.length;
    const bare = !modWords && !rel && !yearWord && !yearRel;
    if (bare && !isMonthDate(text, start, end, name)) continue;
    const mod = modFromWords(modWords);
    let year: number | null = null;
    let resolution: Candidate["resolution"] = "absolute";
    if (yearWord) {
      year = yearWord.length === 2 ? 2000 + Number(yearWord) : Number(yearWord);
      if (yearWord.length === 2 && !/['’]/.test(whole)) continue;
    } else if (ctx.documentDay !== null && yearRel) {
      const refYear = dateParts(ctx.documentDay).year;
      year = refYear + (yearRel.toLowerCase() === "last" ? -1 : yearRel.toLowerCase() === "next" ? 1 : 0);
      resolution = "relative";
    } else if (ctx.documentDay !== null) {
      const { year: refYear, month: refMonth } = dateParts(ctx.documentDay);
      const r = rel?.toLowerCase();
      if (r === "last" || r === "past") year = month < refMonth ? refYear : refYear - 1;
      else if (r === "next" || r === "coming") year = month > refMonth ? refYear : refYear + 1;
      else if (r === "this") year = refYear;
      else year = resolveMonthYear(ctx.documentDay, month, directionAt(text, start, ctx.clauseCues));
      resolution = "relative";
    } else {
      resolution = "unresolved";
    }
    if (year === null) {
      out.push(
        candidate(ctx, start, end, {
          type: "DATE",
          value: `XXXX-${pad2(month)}`,
          mod,
          resolution,
          priority: 0,
        }),
      );
      continue;
    }
    // "30 May last year": a day before the month makes the expression that day of the year told.
    const dayBefore =
      yearRel && !modWords && !rel ? DAY_BEFORE_MONTH.exec(text.slice(Math.max(0, start - 6), start)) : null;
    const dayOfMonth = dayBefore ? Number(dayBefore[1]) : 0;
    if (dayBefore && dayOfMonth >= 1 && dayOfMonth <= daysInMonth(year, month)) {
      const day = dayNumber(year, month, dayOfMonth);
      out.push(
        candidate(ctx, start - dayBefore[0].length, end, {
          type: "DATE",
          value: formatDay(day),
          earliest: day,
          latest: day,
          resolution,
          priority: 1,
        }),
      );
      continue;
    }
    const [first, last] = narrowByMod(...monthRange(year, month), mod);
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value: formatMonth(year, month),
        mod,
        earliest: first,
        latest: last,
        resolution,
        priority: 0,
      }),
    );
  }
}

/** A bare month name counts as a date after a preposition or before a comma/full stop; "May" and "March" need the preposition. */
function isMonthDate(text: string, start: number, end: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (MONTH_CUE.test(before)) return true;
  if (name === "May" || name === "March") return false;
  const after = text.slice(end, end + 3);
  return /^\s*[,.;:)]/.test(after) || /^\s*$/.test(after);
}

const YEAR_RE =
  /(?<![\w$£€.,/:'’])((?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d|:\d)(?:[-–](\d{2}|(?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d))?/g;
/** "early 2011", "mid-2011", "the end of 2011", "fiscal 2012" — read backwards from the year. */
const YEAR_MOD_BEFORE =
  /(?<![\w-])(early|late|mid|the (?:end|beginning|start|middle|close) of|the (?:first|second) half of|(?:end|beginning|start|middle) of|fiscal|financial year)[\s-]+$/i;

/** Plural nouns after a number that make it a count, not a year ("2000 troops"). */
const COUNT_NOUN =
  /^\s+(?:[a-z]+s\b|people|men|women|children|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|euros|dollars)/;
const NOT_COUNT =
  /^\s+(?:was|is|has|as|this|its|his|us|saw|plus|versus|thus|whereas|across|towards|afterwards|elections|olympics|games|levels|figures|results)\b/;

/** Years: "in 2024", "early 2011", "2009-2010", "1957-58". */
export function findYears(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of text.matchAll(YEAR_RE)) {
    const [whole, yearWord = "", second] = m;
    const yearStart = m.index;
    const yearEnd = yearStart + yearWord.length;
    const modMatch = YEAR_MOD_BEFORE.exec(text.slice(Math.max(0, yearStart - 36), yearStart));
    const modWords = modMatch?.[1];
    // A year glued to a hyphen is part of something else ("A-2011") unless it is "mid-2011".
    if (text.charAt(yearStart - 1) === "-" && !modMatch) continue;
    const start = modMatch ? yearStart - modMatch[0].length : yearStart;
    const afterYear = text.slice(yearEnd, yearEnd + 24);
    if (!second && COUNT_NOUN.test(afterYear) && !NOT_COUNT.test(afterYear)) continue;
    if (
      /\b(?:No\.|number|Flight|flight|Route|route|Highway|page|pages|Room|room|code|Resolution|Article)\s*$/.test(
        text.slice(Math.max(0, start - 12), start),
      )
    )
      continue;
    const mod = modFromWords(modWords);
    const year = Number(yearWord);
    const [first, last] = narrowByMod(...yearRange(year), mod);
    out.push(
      candidate(ctx, start, yearEnd, {
        type: "DATE",
        value: String(year),
        mod,
        earliest: first,
        latest: last,
        resolution: "absolute",
        priority: 0,
      }),
    );
    if (second) {
      const year2 = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
      if (year2 <= year || year2 - year > 50) continue;
      const secondStart = m.index + whole.length - second.length;
      out.push(
        candidate(ctx, secondStart, secondStart + second.length, {
          type: "DATE",
          value: String(year2),
          earliest: yearRange(year2)[0],
          latest: yearRange(year2)[1],
          resolution: "absolute",
          priority: 0,
        }),
      );
    }
  }
}

const DECADE_RE =
  /(?<![\w$£€.,/-])(?:(the)\s+)?(?:(early|late|mid)[\s-]+)?(?:(1[5-9]|20)(\d)0|['’](\d)0)s(?![\w])/g;
const CENTURY_RE = /(?<![\w-])(\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury\b/g;
/**
 * Flat start/end offsets of what every decade match holds (a digit and "0s": "1990s", "the '90s") and of what
 * every century match holds ("entury"), for {@link matchesNear}. Found with `indexOf`, which skips through the
 * text far faster than a pattern tried at every position.
 */
function decadeAndCenturyAnchors(text: string): { decades: number[]; centuries: number[] } {
  const decades: number[] = [];
  const centuries: number[] = [];
  for (let at = text.indexOf("0s", 1); at >= 0; at = text.indexOf("0s", at + 2)) {
    const before = text.charCodeAt(at - 1);
    if (before >= 48 && before <= 57) decades.push(at - 1, at + 2);
  }
  for (let at = text.indexOf("entury"); at >= 0; at = text.indexOf("entury", at + 6))
    centuries.push(at, at + 6);
  return { decades, centuries };
}

/** Decades ("the 1990s" → 199) and centuries ("the 20th century" → 19). */
export function findDecadesAndCenturies(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const { decades, centuries } = decadeAndCenturyAnchors(text);
  for (const m of matchesNear(text, decades, DECADE_RE, 24, 2)) {
    const [whole, , modWords, century, digit, shortDigit] = m;
    const prefix =
      century ?? (ctx.documentDay !== null ? String(dateParts(ctx.documentDay).year).slice(0, 2) : "19");
    const decade = Number(`${prefix}${digit ?? shortDigit}`);
    const resolvedCentury = century
      ? decade
      : shortDigit &&
          Number(`${prefix}${shortDigit}`) * 10 >
            (ctx.documentDay === null ? 9999 : dateParts(ctx.documentDay).year)
        ? decade - 10
        : decade;
    const mod = modFromWords(modWords);
    const [first, last] = narrowByMod(
      yearRange(resolvedCentury * 10)[0],
      yearRange(resolvedCentury * 10 + 9)[1],
      mod,
    );
    const start = m.index;
    out.push(
      candidate(ctx, start, start + whole.length, {
        type: "DATE",
        value: String(resolvedCentury),
        mod,
        earliest: first,
        latest: last,
        resolution: century ? "absolute" : "relative",
        priority: 0,
      }),
    );
  }
  for (const m of matchesNear(text, centuries, CENTURY_RE, 16, 2)) {
    const n = Number(m[1]);
    if (n < 1 || n > 30) continue;
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "DATE",
        value: pad2(n - 1),
        earliest: yearRange((n - 1) * 100)[0],
        latest: yearRange((n - 1) * 100 + 99)[1],
        resolution: "absolute",
        priority: 0,
      }),
    );
  }
}

const SEASONS: Readonly<Record<string, { code: string; month: number }>> = {
  spring: { code: "SP", month: 3 },
  summer: { code: "SU", month: 6 },
  autumn: { code: "FA", month: 9 },
  fall: { code: "FA", month: 9 },
  winter: { code: "WI", month: 12 },
};

const RELATIVE_PERIOD_RE = new RegExp(
  `(?<![\\w-])(?:(${PERIOD_MOD}|earlier|later)[\\s-]+(?:in\\s+)?)?(this|last|next|past|coming|previous|current|the past|the last|the coming|the next|the previous|the following|the current|the same|the|that)\\s+(fiscal year|financial year|fortnight|week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)(?![\\w-])`,
  "gi",
);

/** "this week", "later this week", "last month", "next year", "the end of the year", "last summer". */
export function findRelativePeriods(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchesNear(text, ctx.anchors.period, RELATIVE_PERIOD_RE, 60, 24)) {
    const [whole, modWords, relWord = "", unitWord = ""] = m;
    const rel = relWord.toLowerCase().replace(/^the /, "");
    const unit = unitWord.toLowerCase();
    const bareThe = relWord.toLowerCase() === "the" || rel === "that" || rel === "same";
    // "the year" alone is a date only after "the end of" / "the beginning of"; "the weekend" is one by itself.
    const theWeekend = unit === "weekend" && relWord.toLowerCase() === "the";
    if (bareThe && !theWeekend && !(modWords && /of$|^(?:earlier|later)$/i.test(modWords))) continue;
    const start = m.index;
    const end = start + whole.length;
    if (unit === "fortnight") {
      if (bareThe || modWords) continue;
      out.push(
        candidate(ctx, start, end, {
          type: "DURATION",
          value: "P2W",
          minMinutes: 14 * 1440,
          maxMinutes: 14 * 1440,
          resolution: "absolute",
          priority: 1,
        }),
      );
      continue;
    }
    if (
      (unit === "decade" || unit === "century") &&
      /^the (?:past|last|next|coming|following|previous)$/i.test(relWord) &&
      !modWords
    ) {
      // "the past decade": a stretch of time ending (or starting) now.
      const years = unit === "decade" ? 10 : 100;
      out.push(
        candidate(ctx, start, end, {
          type: "DURATION",
          value: `P${years}Y`,
          minMinutes: years * 365 * 1440,
          maxMinutes: years * 365 * 1440,
          resolution: "absolute",
          priority: 1,
        }),
      );
      continue;
    }
    const step = /last|past|previous/.test(rel) ? -1 : /next|coming|following/.test(rel) ? 1 : 0;
    const later = modWords?.toLowerCase() === "later";
    const earlier = modWords?.toLowerCase() === "earlier";
    const mod = later || earlier ? null : modFromWords(modWords);
    if (ctx.documentDay === null) {
      out.push(
        candidate(ctx, start, end, {
          type: "DATE",
          value: unresolvedPeriodValue(unit),
          mod,
          resolution: "unresolved",
        }),
      );
      continue;
    }
    const doc = ctx.documentDay;
    const { year, month } = dateParts(doc);
    let value: string;
    let first: number;
    let last: number;
    if (theWeekend) {
      // "over the weekend": the one just past in a report, the coming one in a plan.
      const saturday = isoWeekStart(doc) + 5;
      const future = directionAt(text, start, ctx.clauseCues) === "future";
      const chosen = future
        ? doc <= saturday + 1
          ? saturday
          : saturday + 7
        : doc >= saturday
          ? saturday
          : saturday - 7;
      value = `${formatIsoWeek(chosen)}-WE`;
      [first, last] = [chosen, chosen + 1];
    } else if (unit === "week" || unit === "weekend") {
      const monday = isoWeekStart(doc) + 7 * step;
      value = formatIsoWeek(monday) + (unit === "weekend" ? "-WE" : "");
      [first, last] = unit === "weekend" ? [monday + 5, monday + 6] : [monday, monday + 6];
    } else if (unit === "month") {
      const target = addMonths(year, month, step);
      value = formatMonth(target.year, target.month);
      [first, last] = monthRange(target.year, target.month);
    } else if (unit === "quarter") {
      const quarterIndex = Math.floor((month - 1) / 3) + step;
      const qYear = year + Math.floor(quarterIndex / 4);
      const q = ((quarterIndex % 4) + 4) % 4;
      value = `${qYear}-Q${q + 1}`;
      [first, last] = [monthRange(qYear, q * 3 + 1)[0], monthRange(qYear, q * 3 + 3)[1]];
    } else if (unit === "decade") {
      const decade = Math.floor(year / 10) + step;
      value = String(decade);
      [first, last] = [yearRange(decade * 10)[0], yearRange(decade * 10 + 9)[1]];
    } else if (unit === "century") {
      const century = Math.floor(year / 100) + step;
      value = String(century);
      [first, last] = [yearRange(century * 100)[0], yearRange(century * 100 + 99)[1]];
    } else if (SEASONS[unit]) {
      const season = SEASONS[unit];
      const seasonYear = year + step;
      value = `${seasonYear}-${season.code}`;
      first = dayNumber(seasonYear, season.month, 1);
      const endMonth = addMonths(seasonYear, season.month, 2);
      last = monthRange(endMonth.year, endMonth.month)[1];
    } else {
      value = String(year + step);
      [first, last] = yearRange(year + step);
    }
    if (later && step === 0) first = Math.max(first, doc + 1);
    if (earlier && step === 0) last = Math.min(last, doc - 1);
    // "they saw each other again in Jakarta this week": told in the past, the week up to the day before the story.
    if (
      !later &&
      !earlier &&
      step === 0 &&
      unit === "week" &&
      doc > first &&
      directionAt(text, start, ctx.clauseCues) === "past"
    )
      last = Math.min(last, doc - 1);
    if (first > last) [first, last] = [last, first];
    [first, last] = narrowByMod(first, last, mod);
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value,
        mod,
        earliest: first,
        latest: last,
        resolution: "relative",
        priority: 1,
      }),
    );
  }
}

function unresolvedPeriodValue(unit: string): string {
  if (unit === "week" || unit === "weekend") return "XXXX-WXX";
  if (unit === "month") return "XXXX-XX";
  if (unit === "quarter") return "XXXX-QX";
  if (SEASONS[unit]) return `XXXX-${SEASONS[unit]?.code}`;
  return "XXXX";
}

const QUARTER_RE =
  /(?<![\w-])(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(\d{4})|(this|last|next) year))?(?![\w-])|(?<![\w-])Q([1-4])(?:\s+(\d{4}))?(?![\w-])/g;

/** Quarters: "the fourth quarter", "the first quarter of 2013", "Q3 2012". */
export function findQuarters(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, ctx.anchors.quarter, QUARTER_RE, 24, 32)) {
    const ordinal = m[1]?.toLowerCase();
    let q = m[4] ? Number(m[4]) : 0;
    if (ordinal)
      q = /first|1st/.test(ordinal) ? 1 : /second|2nd/.test(ordinal) ? 2 : /third|3rd/.test(ordinal) ? 3 : 4;
    const explicitYear = m[2] ?? m[5];
    let year: number | null = explicitYear ? Number(explicitYear) : null;
    let resolution: Candidate["resolution"] = "absolute";
    if (year === null && ctx.documentDay !== null) {
      const ref = dateParts(ctx.documentDay);
      const rel = m[3]?.toLowerCase();
      if (rel) year = ref.year + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
      else
        year = resolveMonthYear(
          ctx.documentDay,
          (q - 1) * 3 + 1,
          directionAt(ctx.text, m.index, ctx.clauseCues),
        );
      resolution = "relative";
    }
    if (year === null) {
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          type: "DATE",
          value: `XXXX-Q${q}`,
          resolution: "unresolved",
        }),
      );
      continue;
    }
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "DATE",
        value: `${year}-Q${q}`,
        earliest: monthRange(year, (q - 1) * 3 + 1)[0],
        latest: monthRange(year, q * 3)[1],
        resolution,
        priority: 1,
      }),
    );
  }
}

const SET_RE =
  /(?<![\w-])(?:(?:every|each)\s+(other\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn)|(daily|weekly|monthly|annually|yearly|nightly|hourly))(?![\w-])/gi;
const SET_VALUES: Readonly<Record<string, string>> = {
  day: "P1D",
  daily: "P1D",
  week: "P1W",
  weekly: "P1W",
  month: "P1M",
  monthly: "P1M",
  year: "P1Y",
  yearly: "P1Y",
  annually: "P1Y",
  hourly: "PT1H",
  weekend: "XXXX-WXX-WE",
  nightly: "XXXX-XX-XXTNI",
  morning: "XXXX-XX-XXTMO",
  afternoon: "XXXX-XX-XXTAF",
  evening: "XXXX-XX-XXTEV",
  night: "XXXX-XX-XXTNI",
  summer: "XXXX-SU",
  winter: "XXXX-WI",
  spring: "XXXX-SP",
  autumn: "XXXX-FA",
};

/** Recurring times: "every week", "each year", "weekly", "annually", "every morning". */
export function findSets(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, ctx.anchors.set, SET_RE, 4, 32)) {
    const key = (m[2] ?? m[3] ?? "").toLowerCase();
    let value = SET_VALUES[key];
    if (!value) continue;
    if (m[1]) value = value.replace(/^P1/, "P2");
    out.push(
      candidate(ctx, m.index, m.index + m[0].length, {
        type: "SET",
        value,
        resolution: "absolute",
        priority: 1,
      }),
    );
  }
}

const AGO_RE = new RegExp(
  `(?<![\\w-])(?:(about|around|roughly|some|nearly|almost|more than|over|less than|just over|just under)\\s+)?(${DIGIT_AMOUNT_PATTERN}|${NUMBER_WORD_PATTERN}|a few|several|a couple of)\\s+(days?|weeks?|fortnights?|months?|years?|decades?)\\s+(ago|earlier|before)(?![\\w-])`,
  "gi",
);

/** "three weeks ago", "a fortnight ago", "two years ago", "a decade ago" — a date at the unit's precision. */
export function findAgo(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, ctx.anchors.ago, AGO_RE, 110, 4)) {
    const [whole, modWords, amountWord = "", unitWord = "", direction = ""] = m;
    if (direction.toLowerCase() !== "ago") continue;
    const fortnights = /^fortnights?$/i.test(unitWord);
    const counted = parseAmount(amountWord);
    // "a fortnight ago" is two weeks ago.
    const amount = counted !== null && fortnights ? counted * 2 : counted;
    const unit = fortnights ? "week" : unitWord.toLowerCase().replace(/s$/, "");
    const mod: TimexMod | null = modWords
      ? /about|around|roughly|some/i.test(modWords)
        ? "APPROX"
        : /more|over/i.test(modWords)
          ? "BEFORE"
          : "AFTER"
      : null;
    const start = m.index;
    const end = start + whole.length;
    if (ctx.documentDay === null || amount === null || !Number.isInteger(amount)) {
      out.push(
        candidate(ctx, start, end, {
          type: "DATE",
          value: `PAST_REF`,
          mod,
          resolution: "unresolved",
          priority: 2,
        }),
      );
      continue;
    }
    const doc = ctx.documentDay;
    const { year, month } = dateParts(doc);
    let value: string;
    let first: number;
    let last: number;
    if (unit === "day") {
      first = last = doc - amount;
      value = formatDay(first);
    } else if (unit === "week") {
      value = formatIsoWeek(isoWeekStart(doc - 7 * amount));
      // "a week ago", "a fortnight ago": that many days back give or take one, not the whole calendar week.
      [first, last] =
        amount <= 2
          ? [doc - 7 * amount - 1, doc - 7 * amount + 1]
          : [isoWeekStart(doc - 7 * amount), isoWeekStart(doc - 7 * amount) + 6];
    } else if (unit === "month") {
      const t = addMonths(year, month, -amount);
      value = formatMonth(t.year, t.month);
      [first, last] = monthRange(t.year, t.month);
    } else {
      const y = year - amount * (unit === "decade" ? 10 : 1);
      value = String(y);
      [first, last] = yearRange(y);
    }
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value,
        mod,
        earliest: first,
        latest: last,
        resolution: "relative",
        priority: 2,
      }),
    );
  }
}

const WEEK_OF_MONTH_RE = new RegExp(
  `(?<![\\w-])the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_NAME})(?![\\w])(?:,?\\s+(\\d{4})(?![\\w]))?`,
  "g",
);

/** "the last week of March", "the first week of December 2024" → the ISO week. */
export function findWeeksOfMonth(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matchesNear(ctx.text, capitalised(ctx.text, ctx.anchors.month), WEEK_OF_MONTH_RE, 48, 12)) {
    const [whole, ordinal = "", name = "", yearWord] = m;
    const month = monthNumber(name);
    if (month === null) continue;
    let year: number | null = yearWord ? Number(yearWord) : null;
    if (year === null && ctx.documentDay !== null)
      year = resolveMonthYear(ctx.documentDay, month, directionAt(ctx.text, m.index, ctx.clauseCues));
    if (year === null) continue;
    const [first, last] = monthRange(year, month);
    const o = ordinal.toLowerCase();
    const index = o === "first" ? 0 : o === "second" ? 1 : o === "third" ? 2 : o === "fourth" ? 3 : -1;
    // The week that has most of its days in the month (the ISO rule for the first week of a year).
    const monday = index >= 0 ? isoWeekStart(first + 3) + 7 * index : isoWeekStart(last - 3);
    out.push(
      candidate(ctx, m.index, m.index + whole.length, {
        type: "DATE",
        value: formatIsoWeek(monday),
        earliest: Math.max(first, monday),
        latest: Math.min(last, monday + 6),
        resolution: yearWord ? "absolute" : "relative",
        priority: 3,
      }),
    );
  }
}

/**
 * "on the 5th,", "from the 14th to the 16th" — a day of the month named alone (or a range of two), after
 * "on"/"from"/"by"/"until"/"since" and before punctuation, a clause word or a verb ("on the 5th floor" is no date).
 */
const DAY_OF_MONTH_RE =
  /(?<=\b(?:[Oo]n|[Ff]rom|[Bb]y|[Uu]ntil|[Ss]ince)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s*(?:to|and|until|through|-|–)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th))?(?=\s*(?:[,.;:)]|$)|\s+(?:and|at|in|when|as|after|before|but|for|with|during|amid|ahead|while|where|was|were|is|are|will|would|had|has|went|came|saw|of\s+(?:this|last|next|the)\s+month|to(?!\s+(?:the\s+)?\d)|[a-z]{3,}ed)\b)/g;

/** A day of the month without its month: the nearest such day in the clause's direction. */
export function findDaysOfMonth(ctx: RuleContext, out: Candidate[]): void {
  if (!/\d(?:st|nd|rd|th)\b/.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(DAY_OF_MONTH_RE)) {
    const dayOfMonth = Number(m[1]);
    if (dayOfMonth < 1 || dayOfMonth > 31) continue;
    const rangeLength = m[2] ? Number(m[2]) - dayOfMonth : 0;
    if (rangeLength < 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.documentDay === null) {
      out.push(
        candidate(ctx, start, end, {
          type: "DATE",
          value: `XXXX-XX-${pad2(dayOfMonth)}`,
          resolution: "unresolved",
        }),
      );
      continue;
    }
    const { year, month } = dateParts(ctx.documentDay);
    const direction = directionAt(ctx.text, start, ctx.clauseCues) ?? "past";
    let target = addMonths(year, month, 0);
    let day = dayNumber(target.year, target.month, dayOfMonth);
    if (direction === "past" && day > ctx.documentDay) {
      target = addMonths(year, month, -1);
      day = dayNumber(target.year, target.month, dayOfMonth);
    } else if (direction === "future" && day < ctx.documentDay) {
      target = addMonths(year, month, 1);
      day = dayNumber(target.year, target.month, dayOfMonth);
    }
    if (dateParts(day).day !== dayOfMonth) continue;
    if (dateParts(day + rangeLength).month !== dateParts(day).month) continue;
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value: formatDay(day),
        earliest: day,
        latest: day + rangeLength,
        resolution: "relative",
        priority: 1,
      }),
    );
  }
}

/** "on 21/3", "from 22/2": a day and a month in figures, no year, after a preposition of time ("24/7" is none). */
const NUMERIC_DAY_MONTH_RE =
  /(?<=\b(?:on|from|until|till|by|since|before|after)\s+)(?!24\/7\b)(\d{1,2})\/(\d{1,2})(?![\d/%.,]\d|\d|\/)/gi;

/**
 * Days written as day/month without a year ("met Piñera separately on 21/3"), read day first unless only the
 * other order gives a month ("on 3/14"); the year is the one that puts the day on the side of the document day
 * its clause's tense points to.
 *
 * @example
 * // With documentDay 2019-03-23: "on 21/3" → 2019-03-21
 */
export function findNumericDayMonth(ctx: RuleContext, out: Candidate[]): void {
  if (!ctx.text.includes("/")) return;
  for (const m of ctx.text.matchAll(NUMERIC_DAY_MONTH_RE)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const [dayOfMonth, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.documentDay === null) {
      out.push(
        candidate(ctx, start, end, {
          type: "DATE",
          value: `XXXX-${pad2(month)}-${pad2(dayOfMonth)}`,
          resolution: "unresolved",
        }),
      );
      continue;
    }
    const { year } = dateParts(ctx.documentDay);
    const direction = directionAt(ctx.text, start, ctx.clauseCues) ?? "past";
    let day = dayNumber(year, month, dayOfMonth);
    if (direction === "past" && day > ctx.documentDay) day = dayNumber(year - 1, month, dayOfMonth);
    else if (direction === "future" && day < ctx.documentDay) day = dayNumber(year + 1, month, dayOfMonth);
    if (dateParts(day).day !== dayOfMonth) continue;
    out.push(
      candidate(ctx, start, end, {
        type: "DATE",
        value: formatDay(day),
        earliest: day,
        latest: day,
        resolution: "relative",
        priority: 1,
      }),
    );
  }
}
