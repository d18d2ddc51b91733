import { extractTimes } from "../normalize/time/index.js";
import type { ArticleExtraction, EntityAnalysis, IngestedDocument } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import type { OutletProfile } from "../schema/outlet.js";
import type { TimeExpression } from "../schema/time.js";
import { extractDocumentClaims } from "./claims/extract-document-claims.js";
import { type Layout, layoutOf, leadParagraphs } from "./claims/layout.js";
import { ORDINAL_NOUNS, TRIGGER_RULES } from "./claims/lexicon.js";
import { stampBefore, stampLineDay } from "./claims/stamp-line.js";
import { recognizeEntities } from "./entities/index.js";
import { fingerprint } from "./fingerprint.js";
import { inOfficeOn, officeYears } from "./office-years.js";
import { leadDay, referenceDayOf } from "./reference-day.js";
import { settlementPlaces } from "./settlements.js";
import type { ExtractOptions } from "./types.js";

type Attempt<T> = { ok: true; value: T } | { ok: false; warning: string };

/** Runs one sub-stage; a failure becomes a warning naming the stage, never an exception out of extraction. */
function attempt<T>(stage: string, run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return {
      ok: false,
      warning: `${stage} failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const YEAR = /\b(?:19|20)\d{2}\b/;
/** How far into an undated story a year is looked for before its lead is read for a full date. */
const LEAD_CHARACTERS = 1500;

function entitiesOf(document: IngestedDocument, layout: Layout, gazetteer: Gazetteer): EntityAnalysis {
  // Recognition reads ingest's sentences; give it the layout's when ingest left the text undivided.
  const divided =
    layout.sentences === document.sentences
      ? document
      : { ...document, blocks: [...layout.blocks], sentences: [...layout.sentences] };
  // An undated story reads offices on the day its lead states in full ("Wednesday evening, 16 November 2016"):
  // only a lead that names a year can state one, so the time layer reads no other lead here.
  const day =
    document.article.publishedAt === null && YEAR.test(document.text.slice(0, LEAD_CHARACTERS))
      ? leadDay(document.text, layout.blocks)
      : null;
  return recognizeEntities(divided, gazetteer, { day });
}

const ENTRY_STAMP = /^[*_[(]*(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}/;

/** Words without which a block can hold no claim, nor an attribute of a neighbouring one. */
const CLAIM_CONTEXT = new RegExp(
  [
    ...TRIGGER_RULES.map((rule) => rule.pattern),
    ORDINAL_NOUNS,
    "lasted|ended|began|hours?|minutes?|hour-long|talked|negotiat\\w*|discuss\\w*",
  ].join("|"),
  "i",
);

/** How many body paragraphs from the top are always read for times: the lead tells the story's day. */
const LEAD_PARAGRAPHS = 2;

/** Indexes of the blocks worth reading times in: the lead, those with claim words, and their neighbours. */
function blocksWithClaimContext(document: IngestedDocument, layout: Layout): number[] {
  const wanted = new Set<number>(leadParagraphs(layout.blocks, LEAD_PARAGRAPHS));
  layout.blocks.forEach((block, index) => {
    if (!CLAIM_CONTEXT.test(document.text.slice(block.start, block.end))) return;
    for (const near of [index - 1, index, index + 1])
      if (near >= 0 && near < layout.blocks.length) wanted.add(near);
    // A live blog's stamp line stands before its entry's title: it dates the entry.
    if (index >= 2 && layout.blocks[index - 1]?.kind === "heading") wanted.add(index - 2);
  });
  return [...wanted].sort((a, b) => a - b);
}

/**
 * Time expressions of the blocks that can bear on a claim, with offsets into the whole text. Reading only
 * those blocks keeps the time layer, the costliest step after ingest, off the rest of the article.
 */
function timesOf(
  document: IngestedDocument,
  layout: Layout,
  officeYearsOf: () => number[] | null,
  inOfficeOf: () => ((day: string) => boolean) | null = () => null,
): { times: TimeExpression[]; documentDate: string | null } {
  // An undated story is read against the day after the one its lead tells (see referenceDayOf), its year
  // kept to the years its office holders held office; a live blog's entry against the day its stamp or
  // section heading gives ("later this morning" under "14 June").
  const documentDate =
    document.article.publishedAt ??
    referenceDayOf(document.text, layout.blocks, officeYearsOf(), inOfficeOf());
  const stamps = new Map<number, string>();
  const times: TimeExpression[] = [];
  for (const index of blocksWithClaimContext(document, layout)) {
    const block = layout.blocks[index]!;
    const text = document.text.slice(block.start, block.end);
    // "2019-06-28 08:55 — …": a live-blog entry's own stamp is the day its "this evening" is told on.
    const stamp =
      ENTRY_STAMP.exec(text)?.[1] ?? stampBefore(layout.blocks, index, (before) => stamps.get(before));
    const found = extractTimes(text, { documentDate: stamp ?? block.sectionDate ?? documentDate });
    const day = stampLineDay(block.kind, text, found[0]);
    if (day !== null) stamps.set(index, day);
    for (const time of found)
      times.push({ ...time, start: time.start + block.start, end: time.end + block.start });
  }
  return { times, documentDate };
}

function bodyText(document: IngestedDocument, layout: Layout): string {
  return layout.blocks
    .filter((block) => !block.boilerplate)
    .map((block) => document.text.slice(block.start, block.end))
    .join("\n");
}

/**
 * Finds the entities and claims of one ingested article. Pure: the same document gives the same result.
 * Never throws: a sub-stage that fails leaves its part empty and a warning on `article.warnings`.
 *
 * @example
 * const extraction = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
 * extraction.claims[0]?.type; // "meeting"
 */
export function extractArticle(document: IngestedDocument, options: ExtractOptions): ArticleExtraction {
  const warnings: string[] = [];
  const layout = layoutOf(document);
  const entities = attempt("entity recognition", () => entitiesOf(document, layout, options.gazetteer));
  const analysis: EntityAnalysis = entities.ok ? entities.value : { entities: [], mentions: [] };
  if (!entities.ok) warnings.push(entities.warning);
  const timed = attempt("time extraction", () =>
    timesOf(
      document,
      layout,
      () => officeYears(analysis.entities, options.gazetteer),
      () => inOfficeOn(analysis.entities, options.gazetteer),
    ),
  );
  if (!timed.ok) warnings.push(timed.warning);
  const found = attempt("claim extraction", () =>
    extractDocumentClaims({
      document,
      layout,
      analysis,
      times: timed.ok ? timed.value.times : [],
      storyDay: timed.ok ? timed.value.documentDate : document.article.publishedAt,
      settlements: settlementPlaces(analysis.entities, options.gazetteer),
    }),
  );
  if (!found.ok) warnings.push(found.warning);
  const article =
    warnings.length === 0
      ? document.article
      : { ...document.article, warnings: [...document.article.warnings, ...warnings] };
  return {
    article,
    entities: analysis.entities,
    claims: found.ok ? found.value.claims : [],
    fingerprint: fingerprint(bodyText(document, layout)),
    floatingTimes: found.ok ? found.value.floatingTimes : [],
  };
}

/**
 * Extracts one ingested article with the outlet profile ingest chose for it (`document.outletProfile`),
 * looked up among `outlets`.
 *
 * @example
 * const extraction = extractWithOutlets(document, { gazetteer: defaultGazetteer(), outlets: defaultOutlets() });
 */
export function extractWithOutlets(
  document: IngestedDocument,
  options: { gazetteer: Gazetteer; outlets: readonly OutletProfile[] },
): ArticleExtraction {
  const outlet = options.outlets.find((profile) => profile.id === document.outletProfile) ?? null;
  return extractArticle(document, { gazetteer: options.gazetteer, outlet });
}
