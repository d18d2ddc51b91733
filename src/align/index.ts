export { type AlignOptions, alignClaims } from "./align-claims.js";
