/**
 * Claims of one ingested document: sentence drafts, then the article-level passes that finish them.
 */

import { toFileSpan } from "../../ingest/to-file-span.js";
import type { Claim } from "../../schema/claim.js";
import type {
  ArticleExtraction,
  EntityAnalysis,
  EntityMention,
  IngestedDocument,
  LocalEntity,
} from "../../schema/document.js";
import type { TimeExpression } from "../../schema/time.js";
import { anaphoricTalks } from "./anaphoric-talks.js";
import {
  absorbVisits,
  applyAttendance,
  applyFollowUps,
  applyFutureDates,
  applyLeadDates,
  applyNextDeedDays,
  applyNonConfirmation,
  applyParagraphLocations,
  applyPlannedWeekdays,
  applyRelativeLeads,
  applySameDayReferences,
  applySequenceDates,
  applySidelines,
  applyStorySetting,
  mergeDuplicates,
  splitSeparateMeetings,
} from "./assemble.js";
import { applyEntryTitleStamps } from "./entry-titles.js";
import { claimsInSentence, type ExtractionContext, findAllTriggers } from "./find-claims.js";
import type { Layout } from "./layout.js";
import { nextInSeries } from "./next-in-series.js";
import { sessionFollowUps } from "./session-follow-ups.js";
import type { ClaimDraft } from "./types.js";

const MIN_CONFIDENCE = 0.05;

function mentionsBySentence(layout: Layout, mentions: readonly EntityMention[]): EntityMention[][] {
  const buckets: EntityMention[][] = layout.sentences.map(() => []);
  let s = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    while (s < layout.sentences.length && (layout.sentences[s]?.end ?? 0) <= mention.start) s++;
    const sentence = layout.sentences[s];
    if (sentence && mention.start >= sentence.start && mention.end <= sentence.end) buckets[s]?.push(mention);
  }
  return buckets;
}

export interface ClaimInputs {
  document: IngestedDocument;
  layout: Layout;
  analysis: EntityAnalysis;
  times: readonly TimeExpression[];
  /** The day the story is told: its publication day, else the day its lead implies; null when neither is known. */
  storyDay?: string | null;
  /** Ids of the places that are towns, cities, regions or countries (see settlementPlaces); none when absent. */
  settlements?: ReadonlySet<string>;
}

function confidenceOf(draft: ClaimDraft): number {
  let confidence = draft.confidence;
  if (!draft.date && draft.weekday === null) confidence -= 0.1;
  if (draft.modality === "hypothetical" || draft.modality === "unconfirmed") confidence -= 0.1;
  return Math.round(Math.min(1, Math.max(MIN_CONFIDENCE, confidence)) * 100) / 100;
}

function toClaim(document: IngestedDocument, draft: ClaimDraft, index: number): Claim {
  const evidence = [...draft.evidence]
    .sort((a, b) => a.start - b.start)
    .map((range) => toFileSpan(document, range.start, range.end));
  return {
    id: `${document.article.id}:c${index + 1}`,
    articleId: document.article.id,
    type: draft.kind,
    participants: draft.participants,
    date: draft.date,
    duration: draft.duration,
    // A call joins two places; the place a sentence gives is one side's, not the event's.
    location: draft.kind === "call" ? null : draft.location,
    ordinal: draft.ordinal,
    attribution: draft.attribution,
    modality: draft.modality === "skip" ? "occurred" : draft.modality,
    evidence,
    confidence: confidenceOf(draft),
    weekday: draft.date ? null : draft.weekday,
  };
}

/** The claims (and the floating weekday expressions) of one document. */
/** True when place `inner` is `outer` or lies within it (by the gazetteer's `within` chain), or is a site the gazetteer does not place. */
function placesNest(entityById: ReadonlyMap<string, LocalEntity>, inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const outerEntity = entityById.get(outer);
  let current = entityById.get(inner);
  if (!current || !outerEntity) return true;
  if (!current.gazetteerId) return true;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current.within == null) return false;
    if (current.within === outerEntity.gazetteerId) return true;
    const next: string = current.within;
    current = [...entityById.values()].find((e) => e.gazetteerId === next);
  }
  return false;
}

/** Whether place `inner` lies within `outer` as the gazetteer tells (Chisinau in Moldova); false when unknown. */
function placeWithin(entityById: ReadonlyMap<string, LocalEntity>, inner: string, outer: string): boolean {
  const innerEntity = entityById.get(inner);
  const outerEntity = entityById.get(outer);
  if (inner === outer || !innerEntity?.gazetteerId || !outerEntity?.gazetteerId) return false;
  return placesNest(entityById, inner, outer);
}

/**
 * "The minister is also scheduled to meet Treasury officials. A meeting with Yellen is not on the agenda": a
 * claim that names only the other side takes the person of the claim told before it; without one it is dropped.
 */
function giveTopics(drafts: ClaimDraft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const draft = drafts[k] as ClaimDraft;
    if (!draft.needsTopic) continue;
    const before = drafts
      .slice(0, k)
      .findLast((d) => !d.needsTopic && d.sentence < draft.sentence && draft.block - d.block <= 2);
    const topic = before?.participants.find((id) => !draft.participants.includes(id));
    if (topic === undefined) drafts.splice(k, 1);
    else draft.participants = [topic, ...draft.participants];
  }
}

export function extractDocumentClaims(inputs: ClaimInputs): {
  claims: Claim[];
  floatingTimes: NonNullable<ArticleExtraction["floatingTimes"]>;
} {
  const { document, layout, analysis, times } = inputs;
  // Filled by a loop: the Map constructor reads an array of pairs through the slow iterator protocol.
  const entityById = new Map<string, LocalEntity>();
  for (const entity of analysis.entities) entityById.set(entity.id, entity);
  const context: ExtractionContext = {
    document,
    layout,
    analysis,
    entityById,
    times,
    triggers: findAllTriggers(document.text),
    mentionsBySentence: mentionsBySentence(layout, analysis.mentions),
  };
  const drafts: ClaimDraft[] = [];
  const draftSentences = new Set<number>();
  for (let index = 0; index < layout.sentences.length; index++) {
    const found = claimsInSentence(context, index);
    if (found.length > 0) draftSentences.add(index);
    drafts.push(...found);
  }
  giveTopics(drafts);
  // Article-level passes that make claims of sentences with none, in order: each sees the claims made before it.
  for (const pass of [anaphoricTalks, nextInSeries, sessionFollowUps]) {
    for (const made of pass(context, drafts, draftSentences)) {
      drafts.push(made);
      draftSentences.add(made.sentence);
    }
    drafts.sort((a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start);
  }
  applyFollowUps(context, drafts, draftSentences);
  applyAttendance(context, drafts, draftSentences);
  applyRelativeLeads(context, drafts);
  applySameDayReferences(context, drafts);
  applySequenceDates(context, drafts);
  applySidelines(context, drafts);
  applyLeadDates(context, drafts, draftSentences);
  applyNextDeedDays(drafts);
  applyNonConfirmation(context, drafts);
  applyFutureDates(drafts, document.article.publishedAt);
  applyPlannedWeekdays(context, drafts, inputs.storyDay ?? document.article.publishedAt);
  applyEntryTitleStamps(context, drafts);
  // After the plans' days are settled: a story's setting reaches only the days near its own.
  const places = analysis.mentions.filter((m) => entityById.get(m.entityId)?.type === "place");
  applyParagraphLocations(context, drafts, places);
  applyStorySetting(context, drafts, places, inputs.settlements ?? new Set());
  const nest = (a: string, b: string) => placesNest(entityById, a, b) || placesNest(entityById, b, a);
  const liesWithin = (inner: string, outer: string) => placeWithin(entityById, inner, outer);
  // Separate meetings split before duplicates merge: "both leaders held separate meetings with Putin" is not
  // the leaders' own meeting told before it.
  // A place is finer than another it lies in, or than a country when the gazetteer does not place it ("State House").
  const finer = (inner: string, outer: string) => {
    const wider = entityById.get(outer);
    // "agree to meet at G20" … "at the G20 summit in Rio de Janeiro": a place beats a gathering named for it.
    if (wider?.type === "organization" && entityById.get(inner)?.type === "place") return true;
    return Boolean(wider?.gazetteerId) && wider?.within == null && placesNest(entityById, inner, outer);
  };
  const finished = mergeDuplicates(
    splitSeparateMeetings(context, absorbVisits(drafts, nest, liesWithin)),
    nest,
    finer,
  );
  finished.sort((a, b) => a.trigger.start - b.trigger.start);
  const claims = finished.map((draft, index) => toClaim(document, draft, index));
  const floatingTimes: NonNullable<ArticleExtraction["floatingTimes"]> = [];
  finished.forEach((draft, index) => {
    if (!draft.date && draft.weekday !== null)
      floatingTimes.push({
        text: draft.weekdayText ?? "",
        weekday: draft.weekday,
        claimId: claims[index]?.id ?? null,
      });
  });
  for (const time of times) {
    if (
      time.resolution === "unresolved" &&
      time.weekday !== null &&
      !floatingTimes.some((f) => f.text === time.text && f.claimId !== null)
    ) {
      floatingTimes.push({ text: time.text, weekday: time.weekday, claimId: null });
    }
  }
  return { claims, floatingTimes };
}
