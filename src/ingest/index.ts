export { ingestArticle } from "./ingest-article.js";
export { readInputs } from "./read-inputs.js";
export type { IngestOptions, IngestResult, RawInput } from "./types.js";
