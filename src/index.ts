/**
 * corroborate: extract meeting, visit and call claims from news articles, align them across outlets,
 * and report what the sources agree on and where they differ.
 */
export { type AlignOptions, alignClaims } from "./align/index.js";
export { main } from "./cli/main.js";
export { defaultGazetteer, type ExtractOptions, extendGazetteer, extractArticle } from "./extract/index.js";
export { type IngestOptions, type IngestResult, ingestArticle, type RawInput, readInputs } from "./ingest/index.js";
export { defaultOutlets } from "./outlets/index.js";
export {
  type ArticleText,
  type CorroborateOptions,
  corroborate,
  corroborateFiles,
  corroborateInputs,
  type PipelineConfig,
} from "./pipeline.js";
export { type ReconcileResult, reconcile } from "./reconcile/index.js";
export { buildReport, type Formatter, formatJson, formatMarkdown, formatters } from "./report/index.js";
export * from "./schema/index.js";
export { version } from "./version.js";
