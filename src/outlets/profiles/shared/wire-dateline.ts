/**
 * A marker for a wire service's own dateline: a place (and date) then the agency in brackets and a dash,
 * at the start of a line ("NAIROBI, March 4 (Reuters) -", "Berlin (dpa) -"). Only this form identifies the
 * agency's copy; the agency's name elsewhere in a text ("told Reuters", "/ Reuters" photo credits) does not.
 *
 * @example
 * new RegExp(wireDatelineMarker("Reuters"), "iu").test("NAIROBI, March 4 (Reuters) - Kenya's"); // true
 */
export function wireDatelineMarker(agency: string, dash = "(?:--|[-–—])"): string {
  return String.raw`(?:^|\n)[^\n()]{2,80}?\(${agency}\)\s*${dash}\s`;
}
