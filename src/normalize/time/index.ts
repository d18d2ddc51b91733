export { type ClauseTense, clauseTense } from "./clause-tense.js";
export { approxMargin, durationValue } from "./durations.js";
export { extractTimes } from "./extract-times.js";
export { parseAmount } from "./numbers.js";
