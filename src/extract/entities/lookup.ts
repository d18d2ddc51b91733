import type { EntityAnalysis, EntityMention, LocalEntity } from "../../schema/document.js";

/**
 * The entity with this local id, or null.
 *
 * @example
 * entityById(analysis, "article#p1")?.name; // "Vladimir Putin"
 */
export function entityById(analysis: EntityAnalysis, id: string): LocalEntity | null {
  return analysis.entities.find((entity) => entity.id === id) ?? null;
}

/**
 * Mentions overlapping the text stretch `[start, end)`, in text order.
 *
 * @example
 * mentionsIn(analysis, 0, 40).map((mention) => mention.text); // ["Kremlin aide", "Yury Ushakov"]
 */
export function mentionsIn(analysis: EntityAnalysis, start: number, end: number): EntityMention[] {
  return analysis.mentions.filter((mention) => mention.start < end && mention.end > start);
}

/**
 * The mention that best covers `[start, end)`: the shortest one containing it, else the longest one inside
 * it, else null.
 *
 * @example
 * resolveMentionAt(analysis, 12, 17)?.entityId; // "article#p2"
 */
export function resolveMentionAt(analysis: EntityAnalysis, start: number, end: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const mention of analysis.mentions) {
    if (mention.start <= start && mention.end >= end) {
      if (best === null || mention.end - mention.start < best.end - best.start) best = mention;
    }
  }
  if (best !== null) return best;
  for (const mention of mentionsIn(analysis, start, end)) {
    if (mention.start >= start && mention.end <= end) {
      if (best === null || mention.end - mention.start > best.end - best.start) best = mention;
    }
  }
  return best;
}

/**
 * The entity a text stretch refers to (see {@link resolveMentionAt}), or null.
 *
 * @example
 * entityAt(analysis, 12, 17)?.name; // "Steve Witkoff"
 */
export function entityAt(analysis: EntityAnalysis, start: number, end: number): LocalEntity | null {
  const mention = resolveMentionAt(analysis, start, end);
  return mention === null ? null : entityById(analysis, mention.entityId);
}

/**
 * The person mentioned last before `offset`, no further back than `notBefore` (e.g. the paragraph start).
 * Pronoun mentions count, with the person they were resolved to.
 *
 * @example
 * nearestPersonBefore(analysis, offsetOfHe, paragraphStart)?.name; // "Steve Witkoff"
 */
export function nearestPersonBefore(
  analysis: EntityAnalysis,
  offset: number,
  notBefore = 0,
): LocalEntity | null {
  for (let k = analysis.mentions.length - 1; k >= 0; k--) {
    const mention = analysis.mentions[k] as EntityMention;
    if (mention.end > offset) continue;
    if (mention.start < notBefore) break;
    const entity = entityById(analysis, mention.entityId);
    if (entity?.type === "person") return entity;
  }
  return null;
}

/**
 * Local ids of the people in an article, keyed by local id, for participants lookup.
 *
 * @example
 * personIds(analysis).has("article#p1"); // true
 */
export function personIds(analysis: EntityAnalysis): Set<string> {
  return new Set(analysis.entities.filter((entity) => entity.type === "person").map((entity) => entity.id));
}
