export { recognizeEntities } from "./recognize-entities.js";
