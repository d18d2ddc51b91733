import type { Alignment } from "../schema/alignment.js";
import type { Article } from "../schema/article.js";
import type { Claim } from "../schema/claim.js";
import type { Entity } from "../schema/entity.js";
import type { Event, Timeline } from "../schema/event.js";
import type { FindingKind, Severity } from "../schema/finding.js";

/** What a rule is, in the ESLint style: an id, a description, and message templates with `{{placeholders}}`. */
export interface RuleMeta {
  id: string;
  description: string;
  messages: Readonly<Record<string, string>>;
}

/** An event with its claims, in claim order. */
export interface EventView {
  event: Event;
  claims: readonly Claim[];
}

/** One finding as a rule reports it; the context fills in id, message, article ids and evidence. */
export interface FindingReport {
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  kind: FindingKind;
  attribute: string;
  severity: Severity;
  event: Event | null;
  claims: readonly Claim[];
  /** Articles the finding names; defaults to the claims' articles. */
  articleIds?: readonly string[];
  /** Phrases to quote as evidence, by claim id, one or several (default: the claim's first evidence span). */
  quotes?: Readonly<Record<string, string | readonly string[]>>;
  /** Distinguishes two findings of one rule on one event and attribute (e.g. the participant concerned). */
  key?: string;
}

/** What a rule reads, and how it reports. */
export interface RuleContext {
  alignment: Alignment;
  events: readonly EventView[];
  timeline: readonly Timeline[];
  article(articleId: string): Article | undefined;
  entity(entityId: string): Entity | undefined;
  /** The outlet name of an article, else its id. */
  outlet(articleId: string): string;
  /** The independent source an article belongs to: its wire-copy group, else itself. */
  sourceOf(articleId: string): string;
  /** "Berg–Dalla meeting on 2024-03-14". */
  describeEvent(event: Event): string;
  /** "TASS and TRT World", with a note when wire copies are counted once. */
  describeSources(articleIds: readonly string[]): string;
  /** A short name for an entity: a person's surname, else the entity name. */
  shortName(entityId: string): string;
  report(finding: FindingReport): void;
}

/** A reconcile rule: metadata and a check that reports findings through the context. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
