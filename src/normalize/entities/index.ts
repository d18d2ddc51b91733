export { foldNameToken } from "./fold-token.js";
export { nameKey, nameKeyTokens } from "./name-key.js";
export { GIVEN_NAME_SIMILARITY, SURNAME_SIMILARITY, sameName, sameNameKeys } from "./same-name.js";
