export { compileGazetteer, wordKey } from "./compile-gazetteer.js";
export { fileSpanOf } from "./file-span.js";
export {
  entityAt,
  entityById,
  mentionsIn,
  nearestPersonBefore,
  personIds,
  resolveMentionAt,
} from "./lookup.js";
export { recognizeEntities } from "./recognize-entities.js";
export { headAnswers, type RoleRecord, roleAnswers } from "./role.js";
export { type Token, TokenKind, tokenize } from "./tokenize.js";
