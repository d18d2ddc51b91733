/**
 * The time layer: TIMEX3 temporal expressions with exact offsets and our own intervals.
 *
 * Conventions (minutes for durations; null bound = open):
 * - exact "three hours", "a three-hour meeting", "2½ hours" → [N, N]
 * - about/around/roughly/approximately/some N → mod APPROX, [N − m, N + m] with m = 15 for hours,
 *   5 for 20–59 minutes, 2 below 20 minutes, 10 % for days and longer
 * - "N or so" / "N or thereabouts" → APPROX like "about N"
 * - nearly/almost/close to N → mod LESS_THAN, [N − 2m, N] ("nearly two hours" → [90, 120]);
 *   just under/a little less than N → LESS_THAN, [N − m, N]
 * - "a quarter of an hour" → 15, "three quarters of an hour" → 45, "hourlong"/"weeklong" → one unit
 * - more than/over N → MORE_THAN [N, null]; just over N → MORE_THAN [N, N + m]
 * - less than/under N → LESS_THAN [null, N]; at least → EQUAL_OR_MORE [N, null]; up to/no more than → EQUAL_OR_LESS [null, N]
 * - N to M / between N and M → [N, M] (value of N); clock ranges → the minutes between them (±10 when "around")
 * - decades and centuries use the TIMEX3 truncated form both benchmarks use: "the 1990s" → 199, "the 20th century" → 19
 * - a weekday without a future cue resolves to the most recent one (the document day included);
 *   a month or year-less date without a tense cue stays in the document's year; a year-less day takes the
 *   nearest year in the clause's direction with a week's tolerance ("Dec. 30" on 2024-01-03 → 2023-12-30)
 * - plans and hopes ("due to", "was to", "hoped to", "wants to", "scheduled to" …) point forward
 * - "on the 14th" → the nearest 14th in the clause's direction; "earlier/later in the day", "the same day",
 *   "on that day" → the document day; bare "overnight" → the night before it (the coming night in a plan)
 * - "between March 3 and 5", "between 3 and 5 March", "from the 14th to the 16th" → one DATE spanning the days
 * - "03/04/2024" is month/day unless the first number is over 12
 */
export { type ClauseTense, clauseTense } from "./clause-tense.js";
export { approxMargin, durationValue } from "./durations.js";
export { extractTimes } from "./extract-times.js";
export { parseAmount } from "./numbers.js";
