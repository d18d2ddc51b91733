import type { Report } from "../schema/report.js";
import { formatJson } from "./format-json.js";
import { formatMarkdown } from "./format-markdown.js";

/** A formatter is a plain function from a report to text, as ESLint's are. */
export type Formatter = (report: Report) => string;

/** The built-in formatters by name. A fresh object per call: nothing module-level to mutate. */
export function formatters(): Record<string, Formatter> {
  return { json: formatJson, markdown: formatMarkdown };
}
