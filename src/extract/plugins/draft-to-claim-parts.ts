import { sameName } from "../../normalize/entities/same-name.js";
import { extractTimes } from "../../normalize/time/index.js";
import type { Claim } from "../../schema/claim.js";
import type { IngestedDocument, LocalEntity } from "../../schema/document.js";
import type { ClaimDraftWithProvenance } from "../../schema/draft.js";
import type { Span, TimeSpan } from "../../schema/primitives.js";

/** A claim made from a plugin draft, without its `id` and `articleId` (the claim builder gives those). */
export interface ClaimParts extends Omit<Claim, "id" | "articleId"> {
  /** Names the draft gives that match no entity of the article (the caller may add entities for them). */
  unresolved: string[];
}

/** The default confidence of a plugin claim that states none. */
const PLUGIN_CONFIDENCE = 0.7;
/** Honorifics and titles dropped before comparing a name with the entities. */
const TITLE =
  /^(?:(?:mr|mrs|ms|dr|president|prime minister|minister|king|queen|chancellor|governor|ambassador|envoy|sheikh)\.?\s+)+/iu;

function fold(name: string): string {
  return name.normalize("NFKC").replace(TITLE, "").replace(/\s+/gu, " ").trim().toLowerCase();
}

function overlaps(mention: Span, evidence: readonly Span[]): boolean {
  return evidence.some((span) => mention.start < span.end && span.start < mention.end);
}

/** Entity types a location may resolve to. */
export const PLACE_TYPES: ReadonlySet<LocalEntity["type"]> = new Set(["place", "organization"]);
const SAYERS: ReadonlySet<LocalEntity["type"]> = new Set(["person", "organization", "group"]);

/**
 * The entity a name written in a draft refers to: one mentioned inside the evidence first, then any by
 * name; `types` limits the candidates (null: any type).
 *
 * @example
 * resolveName("Mr Ruto", extraction.entities, draft.evidence, null)?.name; // "William Ruto"
 */
export function resolveName(
  name: string,
  entities: readonly LocalEntity[],
  evidence: readonly Span[],
  types: ReadonlySet<LocalEntity["type"]> | null,
): LocalEntity | null {
  const wanted = fold(name);
  if (!wanted) return null;
  const candidates = types ? entities.filter((entity) => types.has(entity.type)) : entities;
  const named = (entity: LocalEntity) =>
    [entity.name, ...entity.aliases].some((alias) => fold(alias) === wanted);
  const similar = (entity: LocalEntity) => entity.type === "person" && sameName(wanted, entity.name);
  const local = candidates.filter((entity) => entity.mentions.some((mention) => overlaps(mention, evidence)));
  const quoted = local.find((entity) =>
    entity.mentions.some((mention) => overlaps(mention, evidence) && fold(mention.quote) === wanted),
  );
  return (
    quoted ??
    local.find(named) ??
    local.find(similar) ??
    candidates.find(named) ??
    candidates.find(similar) ??
    null
  );
}

/** The draft's date: as given, or its `dateText` read in its sentence against the publication day. */
function dateOf(
  draft: ClaimDraftWithProvenance,
  document: IngestedDocument,
): { date: TimeSpan | null; weekday: number | null } {
  if (draft.date) {
    const text = draft.dateText ?? `${draft.date.earliest}/${draft.date.latest}`;
    return { date: { ...draft.date, text, inferred: false }, weekday: null };
  }
  if (!draft.dateText) return { date: null, weekday: null };
  const sentence = document.sentences[draft.sentence];
  const text = sentence ? document.text.slice(sentence.start, sentence.end) : draft.dateText;
  const wanted = draft.dateText.toLowerCase();
  const times = extractTimes(text, { documentDate: document.article.publishedAt });
  const time = times.find((candidate) => {
    const said = candidate.text.toLowerCase();
    return said.includes(wanted) || wanted.includes(said);
  });
  if (!time) return { date: null, weekday: null };
  if (time.earliest && time.latest)
    return {
      date: { earliest: time.earliest, latest: time.latest, text: time.text, inferred: false },
      weekday: null,
    };
  return { date: null, weekday: time.weekday };
}

/**
 * Turns a plugin extractor's draft into the parts of a {@link Claim}: names resolved to the article's
 * entity ids (preferring entities mentioned inside the draft's evidence), `dateText` resolved against the
 * publication day, defaults for modality (`occurred`) and confidence. Names that match no entity are
 * returned in `unresolved` rather than dropped silently.
 *
 * @example
 * const parts = draftToClaimParts(draft, { document, entities: extraction.entities });
 * const claim = { id: `${articleId}-p1`, articleId, ...parts };
 */
export function draftToClaimParts(
  draft: ClaimDraftWithProvenance,
  context: { document: IngestedDocument; entities: readonly LocalEntity[] },
): ClaimParts {
  const { document, entities } = context;
  const unresolved: string[] = [];
  const participants: string[] = [];
  for (const name of draft.participants) {
    const entity = resolveName(name, entities, draft.evidence, null);
    if (!entity) unresolved.push(name);
    else if (!participants.includes(entity.id)) participants.push(entity.id);
  }
  let location: string | null = null;
  if (draft.location) {
    const place = resolveName(draft.location, entities, draft.evidence, PLACE_TYPES);
    if (place) location = place.id;
    else unresolved.push(draft.location);
  }
  const sayer = draft.attribution ? resolveName(draft.attribution, entities, draft.evidence, SAYERS) : null;
  const { date, weekday } = dateOf(draft, document);
  return {
    type: draft.type,
    participants,
    date,
    duration: draft.duration ?? null,
    location,
    ordinal: draft.ordinal ?? null,
    attribution: draft.attribution ? { entityId: sayer?.id ?? null, text: draft.attribution } : null,
    modality: draft.modality ?? "occurred",
    evidence: draft.evidence,
    confidence: draft.confidence ?? PLUGIN_CONFIDENCE,
    weekday,
    unresolved,
  };
}
