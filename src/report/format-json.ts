import type { Report } from "../schema/report.js";

/** The report as the contract's JSON, two-space indented, ending in a newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
