export { extractArticle } from "./extract-article.js";
export { defaultGazetteer, extendGazetteer } from "./gazetteer.js";
export type { ExtractOptions } from "./types.js";
