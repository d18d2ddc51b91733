/**
 * "a statue of Benito Juárez", "Jomo Kenyatta International Airport": a person's name that names a thing. Such a
 * mention is neither a party to an event nor what a later "he" refers to.
 */
const NAMESAKE_BEFORE =
  /\b(?:statue|monument|bust|memorial|mausoleum|tomb|grave|portrait|house|museum|legacy)\s+of\s+$/i;
const NAMESAKE_AFTER =
  /^\s+(?:(?:international\s+)?airport|statue|monument|memorial|mausoleum|street|avenue|boulevard|square|bridge|stadium|university|hospital|foundation|museum|prize|award|doctrine)\b/i;

/**
 * Whether the name at `[start, end)` of `text` names a thing after a person.
 *
 * @example
 * isNamesake("at a statue of Benito Juárez.", 17, 29); // true
 */
export function isNamesake(text: string, start: number, end: number): boolean {
  return (
    NAMESAKE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    NAMESAKE_AFTER.test(text.slice(end, end + 24))
  );
}
