/**
 * corroborate: extract meeting, visit and call claims from news articles, align them across outlets,
 * and report what the sources agree on and where they differ.
 *
 * The stages, in pipeline order: ingest → extract (+ normalize) → align → reconcile → report.
 */

// align
export { type AlignOptions, alignClaims } from "./align/index.js";
// the CLI, callable in-process
export { type CliIo, main } from "./cli/index.js";
export { recognizeEntities } from "./extract/entities/index.js";
// extract + normalize
export {
  type ArticleTextInput,
  defaultGazetteer,
  type ExtractClaimsOptions,
  type ExtractOptions,
  extendGazetteer,
  extractArticle,
  extractClaims,
  fingerprint,
} from "./extract/index.js";

// ingest
export {
  type IngestOptions,
  type IngestResult,
  ingestArticle,
  type RawInput,
  type ReadInputsOptions,
  readInputs,
  toFileSpan,
} from "./ingest/index.js";
export { nameKey, sameName } from "./normalize/entities/index.js";
export { type ClauseTense, clauseTense, extractTimes } from "./normalize/time/index.js";
export { defaultOutlets } from "./outlets/index.js";
// The whole run
export {
  type ArticleText,
  type CorroborateOptions,
  corroborate,
  corroborateFiles,
  corroborateInputs,
  type PipelineConfig,
} from "./pipeline.js";
// Plugins: outlet profiles and claim extractors
export {
  type ClaimExtractor,
  defineExtractor,
  defineOutlet,
  type ExtractorContext,
  type ExtractorMeta,
  type PatternContext,
} from "./plugin.js";

// reconcile
export {
  buildTimeline,
  defaultRules,
  type EventView,
  type FindingReport,
  type ReconcileOptions,
  type ReconcileResult,
  type Rule,
  type RuleContext,
  type RuleMeta,
  reconcile,
} from "./reconcile/index.js";
export {
  type Corroborator,
  type CorroboratorConfig,
  createCorroborator,
  type ReportOptions,
} from "./registry.js";
// report
export { buildReport, type Formatter, formatJson, formatMarkdown, formatters } from "./report/index.js";

// data model (zod schemas and the types inferred from them)
export * from "./schema/index.js";
export { version } from "./version.js";
