import { alignClaims } from "./align/align-claims.js";
import { extractWithOutlets } from "./extract/extract-article.js";
import { defaultGazetteer } from "./extract/gazetteer.js";
import { withPluginClaims } from "./extract/plugins/plugin-claims.js";
import { ingestArticle } from "./ingest/ingest-article.js";
import { readInputs } from "./ingest/read-inputs.js";
import type { RawInput } from "./ingest/types.js";
import { defaultOutlets } from "./outlets/index.js";
import type { ClaimExtractor } from "./plugin.js";
import { reconcile } from "./reconcile/reconcile.js";
import type { Rule } from "./reconcile/rule.js";
import { buildReport } from "./report/build-report.js";
import type { ArticleExtraction } from "./schema/document.js";
import type { Gazetteer } from "./schema/gazetteer.js";
import type { OutletProfile } from "./schema/outlet.js";
import type { InputWarning, Report } from "./schema/report.js";

/**
 * The pipeline, in the one place its order is written down:
 * ingest → extract (+ normalize) → align → reconcile → report.
 * Articles are ingested and extracted one at a time; only their extractions are kept.
 */
export interface PipelineConfig {
  outlets: readonly OutletProfile[];
  gazetteer: Gazetteer;
  /** Plugin claim extractors, run after the built-in extraction (see `defineExtractor`). */
  extractors: readonly ClaimExtractor[];
  /** Reconcile rules, in order; undefined = the default rules. */
  rules: readonly Rule[] | undefined;
}

export interface CorroborateOptions extends Partial<PipelineConfig> {
  /** Called once per input problem (unreadable file, empty directory, …), as it happens. */
  onWarning?: (warning: InputWarning) => void;
}

/** An article given as text rather than a file. */
export interface ArticleText {
  text: string;
  /** Article id; defaults to `article-N` by position. */
  id?: string;
  /** Where it came from (path or URL); defaults to the id. */
  source?: string;
  format?: "txt" | "md" | "html";
}

export function resolveConfig(options: CorroborateOptions = {}): PipelineConfig {
  return {
    outlets: options.outlets ?? defaultOutlets(),
    gazetteer: options.gazetteer ?? defaultGazetteer(),
    extractors: options.extractors ?? [],
    rules: options.rules,
  };
}

function isWarning(item: object): item is InputWarning {
  return "message" in item && "source" in item;
}

/** Ingests and extracts one raw input; the document (with its full text) is dropped on return. */
export function processInput(input: RawInput, config: PipelineConfig): ArticleExtraction | InputWarning {
  const ingested = ingestArticle(input, { outlets: config.outlets });
  if (!ingested.ok) return ingested.warning;
  const extraction = extractWithOutlets(ingested.document, config);
  return withPluginClaims(ingested.document, extraction, config);
}

/** Gives each article an id no earlier article has, keeping the first one's id as it is. */
function withUniqueId(extraction: ArticleExtraction, seen: Set<string>): ArticleExtraction {
  let id = extraction.article.id;
  for (let n = 2; seen.has(id); n++) id = `${extraction.article.id}-${n}`;
  seen.add(id);
  if (id === extraction.article.id) return extraction;
  return {
    ...extraction,
    article: { ...extraction.article, id },
    claims: extraction.claims.map((claim) => ({ ...claim, articleId: id })),
  };
}

/** Aligns and reconciles extractions that are already made, and builds the report. */
export function reportFromExtractions(
  extractions: readonly ArticleExtraction[],
  warnings: readonly InputWarning[],
  config: PipelineConfig,
  onWarning?: (warning: InputWarning) => void,
): Report {
  const alignment = alignClaims(extractions, { gazetteer: config.gazetteer });
  const reconciled = config.rules ? reconcile(alignment, { rules: config.rules }) : reconcile(alignment);
  for (const warning of reconciled.warnings) onWarning?.(warning);
  return buildReport(alignment, reconciled, warnings);
}

/**
 * Collects per-article results in input order: extractions with unique ids, and warnings (reported to
 * `onWarning` as they happen). Only extractions are kept; documents are dropped as soon as they are read.
 */
function createCollector(options: CorroborateOptions) {
  const extractions: ArticleExtraction[] = [];
  const warnings: InputWarning[] = [];
  const seen = new Set<string>();
  return {
    extractions,
    warnings,
    add(result: ArticleExtraction | InputWarning): void {
      if (isWarning(result)) {
        warnings.push(result);
        options.onWarning?.(result);
      } else {
        extractions.push(withUniqueId(result, seen));
      }
    },
  };
}

/** Runs the whole pipeline over raw inputs, streamed one at a time. */
export async function corroborateInputs(
  inputs: AsyncIterable<RawInput | InputWarning> | Iterable<RawInput | InputWarning>,
  options: CorroborateOptions = {},
): Promise<Report> {
  const config = resolveConfig(options);
  const collector = createCollector(options);
  for await (const item of inputs) collector.add(isWarning(item) ? item : processInput(item, config));
  return reportFromExtractions(collector.extractions, collector.warnings, config, options.onWarning);
}

/** Reads files, directories, globs and `-` and runs the whole pipeline over them. */
export function corroborateFiles(
  paths: readonly string[],
  options: CorroborateOptions = {},
): Promise<Report> {
  return corroborateInputs(readInputs(paths), options);
}

function toRawInput(article: ArticleText, index: number): RawInput {
  const id = article.id ?? `article-${index + 1}`;
  return {
    source: article.source ?? id,
    name: id,
    extension: `.${article.format ?? "txt"}`,
    bytes: new TextEncoder().encode(article.text),
  };
}

/**
 * Runs the whole pipeline over articles given as text. Synchronous and pure.
 *
 * @example
 * const report = corroborate([{ id: "a", text: "date 2025-04-22 The envoy met the president on Tuesday." }]);
 * report.claims; // the claims, with evidence quoting the text
 */
export function corroborate(articles: readonly ArticleText[], options: CorroborateOptions = {}): Report {
  const config = resolveConfig(options);
  const collector = createCollector(options);
  articles.forEach((article, index) => {
    collector.add(processInput(toRawInput(article, index), config));
  });
  return reportFromExtractions(collector.extractions, collector.warnings, config, options.onWarning);
}
