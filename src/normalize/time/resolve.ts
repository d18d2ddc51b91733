import { dateParts, dayNumber, weekdayOf } from "./calendar.js";
import { type ClauseTense, clauseCue } from "./clause-tense.js";

/** Which way an implicit date points: past for reports, future for plans. News defaults to the past. */
export type Direction = "past" | "future";

/** A preposition right before the expression that fixes its direction ("since March", "until Friday"). */
const PAST_PREPOSITION = /\b(?:since|ago)\s+$/i;
const FUTURE_PREPOSITION = /\b(?:until|till|before|by|from)\s+$/i;

/**
 * Direction of the expression at `index`: a fixing preposition, else the clause's tense; null when the
 * clause has no tense cue or is in the present (callers choose their own default).
 */
export function directionAt(text: string, index: number): Direction | null {
  const before = text.slice(Math.max(0, index - 8), index);
  if (PAST_PREPOSITION.test(before)) return "past";
  const cue = clauseCue(text, index);
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

/** The year of a month named without one: this year unless the direction says it lies in the next/previous year. */
export function resolveMonthYear(reference: number, month: number, direction: Direction | null): number {
  const { year, month: refMonth } = dateParts(reference);
  if (direction === "past" && month > refMonth) return year - 1;
  if (direction === "future" && month < refMonth) return year + 1;
  return year;
}

/** The year of a day and month named without one, by the same rule at day precision. */
export function resolveDayYear(
  reference: number,
  month: number,
  day: number,
  direction: Direction | null,
): number {
  const { year } = dateParts(reference);
  const sameYear = dayNumber(year, month, day);
  if (direction === "past" && sameYear > reference) return year - 1;
  if (direction === "future" && sameYear < reference) return year + 1;
  return year;
}
