import type { ReconcileResult } from "../reconcile/reconcile.js";
import type { Alignment } from "../schema/alignment.js";
import { type InputWarning, type Report, SCHEMA_VERSION } from "../schema/report.js";

/** Assembles the contract's report from the stages' outputs. Deterministic: no clocks, stable order. */
export function buildReport(
  alignment: Alignment,
  reconciled: ReconcileResult,
  warnings: readonly InputWarning[],
): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: alignment.articles,
    entities: alignment.entities,
    claims: alignment.claims,
    events: alignment.events,
    findings: reconciled.findings,
    timeline: reconciled.timeline,
    sourceGroups: alignment.sourceGroups,
    warnings: [...warnings, ...reconciled.warnings],
  };
}
