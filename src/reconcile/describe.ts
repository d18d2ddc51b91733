import type { Article } from "../schema/article.js";
import type { Claim } from "../schema/claim.js";
import type { Entity } from "../schema/entity.js";
import type { Event } from "../schema/event.js";
import type { FindingEvidence } from "../schema/finding.js";
import type { SourceGroup } from "../schema/report.js";

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Particles that join a given name to a father's name ("bin", "ibn", "bint"). */
const PATRONYMIC = /^(?:bin|ibn|bint)$/i;

/** Words after a surname that are not the surname ("Marcos Jr.", "Charles III"). */
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|v|vi)$/i;

/**
 * A person's short name: the surname (a generational suffix skipped), unless the surname is never used alone
 * and another word of the name is ("Lula" for Luiz Inácio Lula da Silva); else the entity's name, else the id.
 *
 * @example
 * shortEntityName({ id: "p1", type: "person", name: "Rafael Cruz Jr.", aliases: [] }, "p1"); // "Cruz"
 */
export function shortEntityName(entity: Entity | undefined, id: string): string {
  if (!entity) return id;
  if (entity.type !== "person") return entity.name;
  const words = entity.name.split(/\s+/);
  while (words.length > 1 && NAME_SUFFIX.test(words.at(-1) ?? "")) words.pop();
  // "Mohammed bin Salman": a patronymic is no surname; the given name and the father's name go together.
  if (words.length >= 3 && PATRONYMIC.test(words.at(-2) ?? "")) return words.slice(-3).join(" ");
  const surname = words.at(-1) ?? entity.name;
  const alone = new Set(entity.aliases.filter((alias) => !/\s/.test(alias)));
  if (alone.has(surname)) return surname;
  const given = words.slice(0, -1).find((word) => alone.has(word));
  if (given !== undefined) return given;
  // "Luis Lacalle Pou": a compound surname the text uses whole.
  const compound = words
    .slice(1, -1)
    .findIndex((_, k) => entity.aliases.includes(words.slice(k + 1).join(" ")));
  if (compound >= 0) return words.slice(compound + 1).join(" ");
  // A name the text never shortens ("Premier Li Qiang"): which word is the family name is not known, so the
  // whole name is clearer than a guess ("Qiang").
  return entity.aliases.length > 0 ? words.join(" ") : surname;
}

/** "2025-03-13", or "between 2025-04-23 and 2025-04-27", or "(undated)". */
export function describeDate(event: Event): string {
  if (!event.date) return "(undated)";
  if (event.date.earliest === event.date.latest) return `on ${event.date.earliest}`;
  return `between ${event.date.earliest} and ${event.date.latest}`;
}

/** The agency that all the given articles credit, if there is one. */
function commonWire(articles: readonly (Article | undefined)[]): string | null {
  const [first, ...rest] = articles;
  for (const agency of first?.wire ?? []) {
    const lower = agency.toLowerCase();
    if (rest.every((article) => article?.wire.some((other) => other.toLowerCase() === lower))) return agency;
  }
  return null;
}

/** Names the outlets of some articles, saying when wire copies among them count as one source. */
export function describeSourceList(
  articleIds: readonly string[],
  outlet: (articleId: string) => string,
  article: (articleId: string) => Article | undefined,
  groupOf: (articleId: string) => SourceGroup | undefined,
): string {
  const ids = [...new Set(articleIds)].sort();
  const labels = [...new Set(ids.map(outlet))];
  const notes: string[] = [];
  const noted = new Set<string>();
  for (const id of ids) {
    const group = groupOf(id);
    if (!group || noted.has(group.id)) continue;
    const members = ids.filter((other) => groupOf(other)?.id === group.id);
    if (members.length < 2) continue;
    noted.add(group.id);
    const wire = commonWire(members.map(article)) ?? "wire";
    notes.push(`${wire} copy in ${joinList([...new Set(members.map(outlet))])} counted once`);
  }
  return notes.length > 0 ? `${joinList(labels)} (${notes.join("; ")})` : joinList(labels);
}

/** Evidence for a claim: the span that quotes `phrase` (narrowed to it) when there is one, else its first span. */
export function claimEvidence(claim: Claim, phrase?: string): FindingEvidence | null {
  if (phrase) {
    for (const span of claim.evidence) {
      const at = span.quote.indexOf(phrase);
      if (at >= 0) {
        return {
          articleId: claim.articleId,
          claimId: claim.id,
          start: span.start + at,
          end: span.start + at + phrase.length,
          quote: phrase,
        };
      }
    }
  }
  const span = claim.evidence[0];
  if (!span) return null;
  return {
    articleId: claim.articleId,
    claimId: claim.id,
    start: span.start,
    end: span.end,
    quote: span.quote,
  };
}
