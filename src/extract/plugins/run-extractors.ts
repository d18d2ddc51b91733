import { toFileSpan } from "../../ingest/to-file-span.js";
import type { ClaimExtractor, ExtractorContext, PatternContext } from "../../plugin.js";
import type { IngestedDocument } from "../../schema/document.js";
import { ClaimDraftSchema, type ClaimDraftWithProvenance } from "../../schema/draft.js";

/** What running extractors over one article gives: drafts in text order, and problems as article warnings. */
export interface ExtractorRun {
  drafts: ClaimDraftWithProvenance[];
  /** One message per failing extractor and article, naming the extractor id. */
  warnings: string[];
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The extractor's pattern for this article, as a global RegExp (a fresh one, so no state is shared). */
function globalPattern(extractor: ClaimExtractor, context: PatternContext): RegExp {
  const pattern = typeof extractor.pattern === "function" ? extractor.pattern(context) : extractor.pattern;
  if (!(pattern instanceof RegExp)) throw new Error("pattern() did not return a RegExp");
  const flags = pattern.flags.includes("g")
    ? pattern.flags.replace("y", "")
    : `${pattern.flags.replace("y", "")}g`;
  return new RegExp(pattern.source, flags);
}

interface SentenceView {
  index: number;
  start: number;
  text: string;
  sectionDate: string | null;
}

function readableSentences(document: IngestedDocument): SentenceView[] {
  const views: SentenceView[] = [];
  document.sentences.forEach((sentence, index) => {
    const block = document.blocks[sentence.block];
    if (!block || block.boilerplate) return;
    views.push({
      index,
      start: sentence.start,
      text: document.text.slice(sentence.start, sentence.end),
      sectionDate: block.sectionDate ?? null,
    });
  });
  return views;
}

function runOne(
  extractor: ClaimExtractor,
  document: IngestedDocument,
  sentences: readonly SentenceView[],
  drafts: ClaimDraftWithProvenance[],
  warnings: string[],
): void {
  const base: PatternContext = { article: document.article, outletProfile: document.outletProfile ?? null };
  const id = extractor.meta.id;
  let regex: RegExp;
  try {
    regex = globalPattern(extractor, base);
  } catch (error) {
    warnings.push(`extractor "${id}" failed: ${reason(error)}`);
    return;
  }
  const wholeSentence = extractor.meta.evidence === "sentence";
  for (const sentence of sentences) {
    const context: ExtractorContext = {
      ...base,
      document,
      sentenceIndex: sentence.index,
      sentence: sentence.text,
      sentenceStart: sentence.start,
      sectionDate: sentence.sectionDate,
    };
    regex.lastIndex = 0;
    for (let match = regex.exec(sentence.text); match; match = regex.exec(sentence.text)) {
      if (match[0].length === 0) regex.lastIndex++;
      let output: unknown;
      try {
        output = extractor.extract(match, context);
      } catch (error) {
        warnings.push(`extractor "${id}" failed on sentence ${sentence.index}: ${reason(error)}`);
        return;
      }
      if (output === null || output === undefined) continue;
      const parsed = ClaimDraftSchema.safeParse(output);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        warnings.push(
          `extractor "${id}" returned an invalid draft on sentence ${sentence.index}: ${issue ? `${issue.path.join(".") || "(draft)"}: ${issue.message}` : "invalid"}`,
        );
        continue;
      }
      const textStart = wholeSentence ? sentence.start : sentence.start + match.index;
      const textEnd = wholeSentence ? sentence.start + sentence.text.length : textStart + match[0].length;
      drafts.push({
        ...parsed.data,
        extractor: id,
        sentence: sentence.index,
        textStart,
        textEnd,
        evidence: [toFileSpan(document, textStart, textEnd)],
      });
    }
  }
}

function byPosition(a: ClaimDraftWithProvenance, b: ClaimDraftWithProvenance): number {
  return (
    a.textStart - b.textStart ||
    a.textEnd - b.textEnd ||
    (a.extractor < b.extractor ? -1 : a.extractor > b.extractor ? 1 : 0)
  );
}

/**
 * Runs plugin extractors over every sentence of an article that is not boilerplate and returns their
 * drafts with provenance, plus warnings. Pure and never throws: an extractor that throws, or returns a
 * draft that is not valid, gives a warning naming its id (its drafts from earlier sentences are kept).
 *
 * @example
 * const { drafts, warnings } = extractorRun(document, [phoneReadout]);
 * drafts[0]?.evidence[0]?.quote; // the matched words, exactly as in the file
 */
export function extractorRun(
  document: IngestedDocument,
  extractors: readonly ClaimExtractor[],
): ExtractorRun {
  const drafts: ClaimDraftWithProvenance[] = [];
  const warnings: string[] = [];
  if (extractors.length === 0) return { drafts, warnings };
  const sentences = readableSentences(document);
  for (const extractor of extractors) {
    try {
      runOne(extractor, document, sentences, drafts, warnings);
    } catch (error) {
      warnings.push(`extractor "${extractor?.meta?.id ?? "(no id)"}" failed: ${reason(error)}`);
    }
  }
  drafts.sort(byPosition);
  return { drafts, warnings };
}

/**
 * Runs plugin extractors over an article and returns their drafts in text order. Never throws;
 * `onWarning` receives a message naming the extractor for each failure (add it to the article's warnings).
 *
 * @example
 * const warnings: string[] = [];
 * const drafts = runExtractors(document, [phoneReadout], (message) => warnings.push(message));
 * drafts[0]?.extractor; // "phone-readout"
 */
export function runExtractors(
  document: IngestedDocument,
  extractors: readonly ClaimExtractor[],
  onWarning?: (message: string) => void,
): ClaimDraftWithProvenance[] {
  const { drafts, warnings } = extractorRun(document, extractors);
  if (onWarning) for (const warning of warnings) onWarning(warning);
  return drafts;
}
