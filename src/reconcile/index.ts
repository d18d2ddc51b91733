export { findingId, shortHash } from "./finding-id.js";
export {
  type ReconcileOptions,
  type ReconcileResult,
  type ReconcileWarning,
  reconcile,
} from "./reconcile.js";
export type { EventView, FindingReport, Rule, RuleContext, RuleMeta } from "./rule.js";
export {
  countRule,
  dateRule,
  defaultRules,
  deniedOccurrence,
  durationRule,
  locationRule,
  participantsRule,
  planRule,
  unconfirmedOccurrence,
} from "./rules/index.js";
export { buildTimeline } from "./timeline.js";
