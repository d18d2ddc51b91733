export { type ClaimParts, draftToClaimParts } from "./draft-to-claim-parts.js";
export { type PluginClaims, pluginClaims, withPluginClaims } from "./plugin-claims.js";
export { type ExtractorRun, extractorRun, runExtractors } from "./run-extractors.js";
export { selectExtractors } from "./select-extractors.js";
