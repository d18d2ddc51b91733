import { dateParts, dayNumber, weekdayOf } from "./calendar.js";
import { type ClauseCueMemo, type ClauseTense, clauseCue } from "./clause-tense.js";

/** Which way an implicit date points: past for reports, future for plans. News defaults to the past. */
export type Direction = "past" | "future";

/** A preposition right before the expression that fixes its direction ("since March", "until Friday"). */
const PAST_PREPOSITION = /\b(?:since|ago)\s+$/i;
/** A clock time right before a day ("15:00 GMT ", "3 pm ") — skipped when looking for the preposition. */
const CLOCK_TAIL = /\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC|local time|\s)*,?\s*(?:on\s+)?$/i;
/** Verbs that push something later: what they push it "until"/"to" lies ahead of the report. */
const DEFERRAL =
  /\b(?:postponed|delayed|adjourned|deferred|extended|suspended|put off|pushed(?:\s+back)?|brought forward|moved|rescheduled|closed)\b(?:\s+\S+){0,4}?\s+(?:until|till|to|for)\s+(?:\S+\s+)?$/i;
const FUTURE_PREPOSITION = /\b(?:until|till|before|by|from)\s+$/i;

/**
 * Direction of the expression at `index`: a fixing preposition, else the clause's tense; null when the
 * clause has no tense cue or is in the present (callers choose their own default). `memo` (one per
 * text) keeps the clauses' cues for the next expression of the same clause.
 */
export function directionAt(text: string, index: number, memo?: ClauseCueMemo): Direction | null {
  // Look past a clock time between the preposition and the day: "until 15:00 GMT Saturday".
  const wide = text.slice(Math.max(0, index - 80), index).replace(CLOCK_TAIL, "");
  if (DEFERRAL.test(wide)) return "future";
  const before = wide.slice(-8);
  if (PAST_PREPOSITION.test(before)) return "past";
  const cue = clauseCue(text, index, memo);
  // "by early June", "until Friday": forward-looking unless a real past-tense verb says otherwise.
  if (FUTURE_PREPOSITION.test(before) && (cue === null || cue.weak || cue.tense !== "past")) return "future";
  return directionOfTense(cue?.tense ?? null);
}

function directionOfTense(tense: ClauseTense | null): Direction | null {
  if (tense === "future") return "future";
  if (tense === "past") return "past";
  return null;
}

/**
 * The day of a weekday nearest to `reference` in `direction`; the reference day itself counts
 * ("said Friday" in a Friday paper is that Friday).
 *
 * @example
 * resolveWeekday(dayNumber(2025, 12, 1), 2, "future") // Tuesday 2025-12-02
 */
export function resolveWeekday(reference: number, weekday: number, direction: Direction): number {
  const today = weekdayOf(reference);
  if (direction === "past") return reference - ((today - weekday + 7) % 7);
  return reference + ((weekday - today + 7) % 7);
}

/**
 * The year of a month named without one: the latest one not after the reference month for the past,
 * the earliest one not before it for the future, and the nearest one (ties to the past) without a direction.
 */
export function resolveMonthYear(reference: number, month: number, direction: Direction | null): number {
  const { year, month: refMonth } = dateParts(reference);
  if (direction === "past") return month > refMonth ? year - 1 : year;
  if (direction === "future") return month < refMonth ? year + 1 : year;
  const diff = month - refMonth;
  if (diff > 6) return year - 1;
  if (diff < -6) return year + 1;
  return year;
}

const DAY_TOLERANCE = 7;

/** The year of a day and month named without one, by the same rule at day precision. */
export function resolveDayYear(
  reference: number,
  month: number,
  day: number,
  direction: Direction | null,
): number {
  const { year } = dateParts(reference);
  const sameYear = dayNumber(year, month, day);
  // A few days the "wrong" way is more likely a misread tense or a running event than a year away.
  if (direction === "past") return sameYear > reference + DAY_TOLERANCE ? year - 1 : year;
  if (direction === "future") return sameYear < reference - DAY_TOLERANCE ? year + 1 : year;
  const candidates = [year - 1, year, year + 1];
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of candidates) {
    const distance = Math.abs(dayNumber(y, month, day) - reference);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}
