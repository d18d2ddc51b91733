import type { Article } from "../schema/article.js";
import type { Block, BlockKind, IngestedDocument } from "../schema/document.js";
import type { OutletProfile } from "../schema/outlet.js";
import type { Day } from "../schema/primitives.js";
import {
  blockTexts,
  type Classification,
  classifyBlocks,
  genericMatches,
  isBoilerplateKind,
  prepareProfile,
  ruleKinds,
} from "./classify-blocks.js";
import { DEFAULT_MAX_BYTES, decodeInput, tooLargeMessage } from "./decode-input.js";
import { detectOutlet } from "./detect-outlet.js";
import type { DraftBlock } from "./draft-block.js";
import { findArticleUrl } from "./find-url.js";
import { dayFromUrl, hostOf, outletForUrl, yearFromUrl } from "./outlet-for-url.js";
import { canonicalOutlet, outletInText } from "./outlet-names.js";
import { parseDay } from "./parse-day.js";
import { type Layout, readLayout } from "./read-layout.js";
import { segmentSentences } from "./segment-sentences.js";
import { splitFragments } from "./split-fragments.js";
import type { IngestOptions, IngestResult, RawInput } from "./types.js";

/** Blocks near the top of an article, where datelines and leading summaries are looked for. */
const TOP_BLOCKS = 20;
const TOP_CHARACTERS = 2500;
/** Blocks from the top where a title suffix, byline or masthead may name the outlet. */
const OUTLET_LINES = 8;
/** Outlet markers are searched in this much text from the top. */
const MARKER_WINDOW = 2000;
const LEADING_DATE = /^date\s+(\d{4}-\d{2}-\d{2})$/iu;
const NOT_FOR_MARKERS: ReadonlySet<BlockKind> = new Set(["caption", "credit", "related", "share"]);

function failure(input: RawInput, message: string): IngestResult {
  return { ok: false, warning: { source: String(input?.source ?? "(unknown input)"), message } };
}

function validUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? value.trim() : null;
  } catch {
    return null;
  }
}

function leadingDateLine(texts: readonly string[], blocks: readonly DraftBlock[]): Day | null {
  for (let index = 0; index < Math.min(blocks.length, 3); index++) {
    const match = LEADING_DATE.exec(texts[index]!);
    if (match) return parseDay(match[1]!);
  }
  return null;
}

function markerText(
  texts: readonly string[],
  blocks: readonly DraftBlock[],
  kinds: readonly (BlockKind | null)[],
): string {
  const parts: string[] = [];
  for (let index = 0; index < texts.length; index++) {
    if (blocks[index]!.start > MARKER_WINDOW) break;
    if (!NOT_FOR_MARKERS.has(kinds[index] ?? "paragraph")) parts.push(texts[index]!);
  }
  return parts.join("\n");
}

function validOn(profile: OutletProfile | null, day: Day | null): boolean {
  if (!profile || !day) return true;
  return (
    (!profile.validFrom || day >= profile.validFrom) && (!profile.validUntil || day <= profile.validUntil)
  );
}

/** A story whose only credit is one agency, with no other outlet named, is that agency's copy. */
function soleWire(wire: readonly string[]): string | null {
  return wire.length === 1 ? canonicalOutlet(wire[0]!) : null;
}

interface Metadata {
  url: string | null;
  urlBlocks: number[];
  names: string[];
  /** Publication day from front matter or page metadata. */
  metadataDay: Day | null;
  /** Publication day from a leading `date YYYY-MM-DD` line. */
  dateLineDay: Day | null;
  warnings: string[];
}

function readMetadata(layout: Layout, texts: readonly string[], blocks: readonly DraftBlock[]): Metadata {
  const fields = layout.frontMatter.fields;
  const warnings = [...layout.frontMatter.warnings];
  const found = findArticleUrl(layout.text, blocks);
  if (fields.url && !validUrl(fields.url))
    warnings.push(`front matter "url" is not an http(s) URL: ${JSON.stringify(fields.url)}`);
  const url = validUrl(fields.url) ?? validUrl(layout.html?.url) ?? found?.url ?? null;
  let metadataDay: Day | null = null;
  if (fields.published) {
    metadataDay = parseDay(fields.published);
    if (!metadataDay)
      warnings.push(
        `front matter "published" is not a date (YYYY-MM-DD): ${JSON.stringify(fields.published)}`,
      );
  }
  metadataDay ??= layout.html?.published ? parseDay(layout.html.published) : null;
  const urlOutlet = url ? outletForUrl(url) : null;
  const textOutlet = outletInText([...texts.slice(0, OUTLET_LINES), ...texts.slice(-OUTLET_LINES / 2)]);
  const names = [fields.outlet, layout.html?.outlet, urlOutlet, textOutlet]
    .filter((name): name is string => Boolean(name?.trim()))
    .map(canonicalOutlet);
  return {
    url,
    urlBlocks: found && found.url === url ? found.blocks : [],
    names,
    metadataDay,
    dateLineDay: leadingDateLine(texts, blocks),
    warnings,
  };
}

function toBlocks(
  blocks: readonly DraftBlock[],
  classification: Classification,
  urlBlocks: readonly number[],
): Block[] {
  return blocks.map((draft, index) => {
    const kind: BlockKind = urlBlocks.includes(index) ? "metadata" : classification.kinds[index]!;
    const block: Block = { start: draft.start, end: draft.end, kind, boilerplate: isBoilerplateKind(kind) };
    const sectionDate = classification.sectionDates[index];
    if (sectionDate) block.sectionDate = sectionDate;
    return block;
  });
}

function ingest(input: RawInput, options: IngestOptions): IngestResult {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.bytes.length > limit) return failure(input, tooLargeMessage(input.bytes.length, limit));
  const decoded = decodeInput(input.bytes, { legacyEncoding: options.legacyEncoding ?? false });
  if (!decoded.ok) return failure(input, decoded.message);
  const fileText = decoded.text;
  if (/^[\s\u00a0\ufeff\u200b]*$/u.test(fileText)) return failure(input, "the file is empty");
  const layout = readLayout(fileText, input.extension);
  const blocks = splitFragments(layout.text, layout.blocks);
  if (blocks.every((block) => block.hint === "metadata")) {
    return failure(
      input,
      layout.html ? "the page has no readable text" : "the file has no article text after its front matter",
    );
  }
  const texts = blockTexts(layout.text, blocks);
  const metadata = readMetadata(layout, texts, blocks);
  const generic = genericMatches(texts, blocks);
  const genericKinds = ruleKinds(texts, generic, []);
  const knownDay = metadata.metadataDay ?? metadata.dateLineDay;
  const top = (index: number): boolean =>
    index < TOP_BLOCKS && blocks[index]!.start - layout.bodyStart < TOP_CHARACTERS;
  const clues = {
    names: metadata.names,
    host: metadata.url ? hostOf(metadata.url) : null,
    head: markerText(texts, blocks, genericKinds),
  };
  const classify = (profile: OutletProfile | null): Classification => {
    const prepared = profile ? prepareProfile(profile) : null;
    const ruled =
      prepared && prepared.rules.length > 0 ? ruleKinds(texts, generic, prepared.rules) : genericKinds;
    const year = knownDay ? Number(knownDay.slice(0, 4)) : metadata.url ? yearFromUrl(metadata.url) : null;
    return classifyBlocks({ texts, blocks, ruled, profile: prepared, year, top });
  };
  let profile = detectOutlet(options.outlets, { ...clues, publishedAt: knownDay });
  let classification = classify(profile);
  const urlDay = metadata.url ? dayFromUrl(metadata.url) : null;
  let textDay = metadata.dateLineDay ?? classification.datelineDay ?? urlDay;
  if (!metadata.metadataDay && !validOn(profile, textDay)) {
    profile = detectOutlet(options.outlets, { ...clues, publishedAt: textDay });
    classification = classify(profile);
    textDay = metadata.dateLineDay ?? classification.datelineDay ?? urlDay;
  }
  const publishedAt = metadata.metadataDay ?? textDay;
  const fields = layout.frontMatter.fields;
  const article: Article = {
    id: fields.id ?? input.name,
    source: input.source,
    url: metadata.url,
    outlet: metadata.names[0] ?? profile?.name ?? soleWire(classification.wire),
    publishedAt,
    publishedAtSource: metadata.metadataDay ? "metadata" : publishedAt ? "text" : null,
    wire: classification.wire,
    warnings: [...decoded.warnings, ...metadata.warnings],
  };
  const documentBlocks = toBlocks(blocks, classification, metadata.urlBlocks);
  const document: IngestedDocument = {
    article,
    fileText,
    text: layout.text,
    offsets: layout.offsets,
    blocks: documentBlocks,
    sentences: segmentSentences(layout.text, documentBlocks),
    outletProfile: profile?.id ?? null,
  };
  return { ok: true, document };
}

/**
 * Decodes one input and turns it into an {@link IngestedDocument}: article metadata (front matter,
 * page metadata, or what the text states: a `date` line, datelines, `Original url:`, agency credits),
 * the readable text with its map back to the file, blocks marked by kind (boilerplate marked, never
 * deleted) and sentences. Outlet profiles in `options.outlets` are detected and applied.
 * Never throws: a problem becomes `{ ok: false, warning }` naming the file, or an article warning.
 *
 * @example
 * const result = ingestArticle(
 *   { source: "a.txt", name: "a", extension: ".txt", bytes: new TextEncoder().encode("April 22, 2025\nTalks began.") },
 *   { outlets: [] },
 * );
 * if (result.ok) result.document.article.publishedAt; // "2025-04-22"
 */
export function ingestArticle(input: RawInput, options: IngestOptions): IngestResult {
  try {
    return ingest(input, options);
  } catch (error) {
    return failure(input, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
