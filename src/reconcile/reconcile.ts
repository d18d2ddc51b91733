import type { Alignment } from "../schema/alignment.js";
import type { Timeline } from "../schema/event.js";
import type { Finding } from "../schema/finding.js";

export interface ReconcileResult {
  findings: Finding[];
  timeline: Timeline[];
}

/** Compares the claims of each event and states what the sources agree and differ on. */
export function reconcile(_alignment: Alignment): ReconcileResult {
  return { findings: [], timeline: [] };
}
