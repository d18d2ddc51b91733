export { type AlignOptions, alignClaims } from "./align-claims.js";
export { type AlignWeights, DEFAULT_WEIGHTS } from "./compare-claims.js";
export { type PlaceRelation, placeRelation, placeWithin } from "./place-relation.js";
export { type SourceGroupOptions, sourceGroups } from "./source-groups.js";
