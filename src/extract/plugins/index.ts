export { type ExtractorRun, extractorRun, runExtractors } from "./run-extractors.js";
export { selectExtractors } from "./select-extractors.js";
