/** FNV-1a 32-bit hash as 8 hex digits: short, stable, and the same on every platform. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A content-derived finding id (rule, event, attribute, sorted articles, key), so an accepted finding keeps
 * its id across runs and a baseline of accepted findings survives re-runs.
 *
 * @example
 * findingId("duration", "event:2025-03-13:a+b:1", "duration", ["x", "y"]); // "duration-3f0c9a1b"
 */
export function findingId(
  ruleId: string,
  eventId: string | null,
  attribute: string,
  articleIds: readonly string[],
  key = "",
): string {
  const content = [ruleId, eventId ?? "", attribute, [...articleIds].sort().join(","), key].join("\u0000");
  return `${ruleId}-${shortHash(content)}`;
}
