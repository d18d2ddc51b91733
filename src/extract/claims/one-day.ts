/** What {@link isOneDay} reads of a date: its first and last possible day (null when unresolved). */
export interface DayRange {
  readonly earliest: string | null;
  readonly latest: string | null;
}

/**
 * Whether a date (a claim's or a time expression's) is one resolved day: its earliest and latest day are
 * the same. False for a missing or unresolved date.
 *
 * @example
 * isOneDay({ earliest: "2024-03-05", latest: "2024-03-05" }); // true
 * isOneDay({ earliest: "2024-03-01", latest: "2024-03-31" }); // false
 */
export function isOneDay<T extends DayRange>(span: T | null | undefined): span is T {
  return span != null && span.earliest !== null && span.earliest === span.latest;
}
