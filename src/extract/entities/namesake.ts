/**
 * "a statue of Benito Juárez", "Jomo Kenyatta International Airport": a person's name that names a thing. Such a
 * mention is neither a party to an event nor what a later "he" refers to.
 */
const NAMESAKE_BEFORE =
  /\b(?:statue|monument|bust|memorial|mausoleum|tomb|grave|portrait|house|museum|legacy)\s+of\s+$/i;
const NAMESAKE_AFTER =
  /^\s+(?:(?:international\s+)?airport|statue|monument|memorial|mausoleum|street|avenue|boulevard|square|bridge|stadium|university|hospital|foundation|museum|prize|award|doctrine)\b/i;

const BEFORE_REACH = 24;
const WHITESPACE = /\s/;

/**
 * Whether "of" and white space end `text[floor, start)`, as every {@link NAMESAKE_BEFORE} match does: read from
 * the end, which spares the pattern's scan of the whole stretch before most names.
 */
function ofRightBefore(text: string, floor: number, start: number): boolean {
  let at = start;
  while (at > floor && WHITESPACE.test(text[at - 1] as string)) at--;
  if (at === start || at - 2 < floor) return false;
  return (text.charCodeAt(at - 2) | 32) === 111 && (text.charCodeAt(at - 1) | 32) === 102;
}

/**
 * Whether the name at `[start, end)` of `text` names a thing after a person.
 *
 * @example
 * isNamesake("at a statue of Benito Juárez.", 17, 29); // true
 */
export function isNamesake(text: string, start: number, end: number): boolean {
  return (
    (ofRightBefore(text, Math.max(0, start - BEFORE_REACH), start) &&
      NAMESAKE_BEFORE.test(text.slice(Math.max(0, start - BEFORE_REACH), start))) ||
    NAMESAKE_AFTER.test(text.slice(end, end + 24))
  );
}
