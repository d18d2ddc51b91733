import type { Alignment } from "../schema/alignment.js";
import type { Timeline } from "../schema/event.js";
import type { Finding } from "../schema/finding.js";
import { createRuleContext, eventViews } from "./context.js";
import type { Rule } from "./rule.js";
import { defaultRules } from "./rules/index.js";
import { buildTimeline } from "./timeline.js";

export interface ReconcileResult {
  findings: Finding[];
  timeline: Timeline[];
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
  for (const rule of rules) {
    try {
      rule.check(createRuleContext(alignment, events, timeline, rule, findings));
    } catch {
      // A failing rule must not take the report down with it; the other rules still run.
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
  return { findings, timeline };
}
