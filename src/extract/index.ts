export { extractArticle } from "./extract-article.js";
export { type ArticleTextInput, type ExtractClaimsOptions, extractClaims } from "./extract-claims.js";
export { fingerprint, fingerprintSimilarity } from "./fingerprint.js";
export { defaultGazetteer, extendGazetteer } from "./gazetteer.js";
export type { ExtractOptions } from "./types.js";
