export { buildReport } from "./build-report.js";
export { formatJson } from "./format-json.js";
export { formatMarkdown } from "./format-markdown.js";
export { type Formatter, formatters } from "./formatters.js";
