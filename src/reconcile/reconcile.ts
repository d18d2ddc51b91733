import type { Alignment } from "../schema/alignment.js";
import type { Timeline } from "../schema/event.js";
import type { Finding } from "../schema/finding.js";
import { createRuleContext, eventViews } from "./context.js";
import type { Rule } from "./rule.js";
import { defaultRules } from "./rules/index.js";
import { buildTimeline } from "./timeline.js";

/** A rule that failed and was skipped (the report goes on without its findings). */
export interface ReconcileWarning {
  /** `rule:<rule id>`. */
  source: string;
  message: string;
}

export interface ReconcileResult {
  findings: Finding[];
  timeline: Timeline[];
  /** One per rule that threw; its findings are missing from `findings`. */
  warnings: ReconcileWarning[];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ReconcileOptions {
  /** The rules to run, in order; defaults to {@link defaultRules}. */
  rules?: readonly Rule[];
}

/**
 * Compares the claims of each event and states what the sources agree and differ on, rule by rule, and
 * builds the consolidated timeline. Findings are ordered by event (as the alignment orders them), then rule.
 *
 * @example
 * const { findings, timeline } = reconcile(alignClaims(extractions, { gazetteer }));
 * findings[0].message; // 'Duration differs for the Witkoff–Putin meeting on 2025-03-13: TASS says "three to four hours", …'
 */
export function reconcile(alignment: Alignment, options: ReconcileOptions = {}): ReconcileResult {
  const rules = options.rules ?? defaultRules();
  const events = eventViews(alignment);
  const timeline = buildTimeline(alignment.events, alignment.claims);
  const findings: Finding[] = [];
  const warnings: ReconcileWarning[] = [];
  for (const rule of rules) {
    // A failing rule must not take the report down with it; the other rules still run, and the failure is told.
    const kept = findings.length;
    try {
      rule.check(createRuleContext(alignment, events, timeline, rule, findings));
    } catch (error) {
      findings.length = kept;
      warnings.push({
        source: `rule:${rule.meta.id}`,
        message: `rule "${rule.meta.id}" failed and was skipped: ${errorMessage(error)}`,
      });
    }
  }
  const eventOrder = new Map(alignment.events.map((event, index) => [event.id, index]));
  const ruleOrder = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  findings.sort(
    (a, b) =>
      (a.eventId === null ? Number.MAX_SAFE_INTEGER : (eventOrder.get(a.eventId) ?? 0)) -
        (b.eventId === null ? Number.MAX_SAFE_INTEGER : (eventOrder.get(b.eventId) ?? 0)) ||
      (ruleOrder.get(a.rule ?? "") ?? 0) - (ruleOrder.get(b.rule ?? "") ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { findings, timeline, warnings };
}
