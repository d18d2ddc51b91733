import { defaultGazetteer } from "./extract/gazetteer.js";
import { defaultOutlets } from "./outlets/index.js";
import { type ArticleText, type CorroborateOptions, corroborate, corroborateFiles } from "./pipeline.js";
import type { ClaimExtractor } from "./plugin.js";
import type { Rule } from "./reconcile/rule.js";
import { defaultRules } from "./reconcile/rules/index.js";
import type { Gazetteer } from "./schema/gazetteer.js";
import type { OutletProfile } from "./schema/outlet.js";
import type { Report } from "./schema/report.js";

/** What a corroborator is made of. Every field is optional; missing ones take the built-in defaults. */
export interface CorroboratorConfig {
  /** Outlet profiles (default: the built-in ones, {@link defaultOutlets}). */
  outlets?: readonly OutletProfile[];
  /** Plugin claim extractors (default: none). */
  extractors?: readonly ClaimExtractor[];
  /** Known names, roles and places (default: {@link defaultGazetteer}). */
  gazetteer?: Gazetteer;
  /** Reconcile rules, in order (default: {@link defaultRules}). */
  rules?: readonly Rule[];
}

/** Per-call options of {@link Corroborator.report}: only where warnings go. */
export type ReportOptions = Pick<CorroborateOptions, "onWarning">;

/**
 * An explicit, immutable registry of outlets, extractors, gazetteer and rules. Nothing is held at module
 * level, so two corroborators (or the ESM and CJS builds) never share state.
 */
export interface Corroborator {
  readonly outlets: readonly OutletProfile[];
  readonly extractors: readonly ClaimExtractor[];
  readonly gazetteer: Gazetteer;
  readonly rules: readonly Rule[];
  /** Runs the pipeline over articles given as text. */
  report(articles: readonly ArticleText[], options?: ReportOptions): Report;
  /** Reads files, directories, globs and `-` and runs the pipeline over them. */
  reportFiles(paths: readonly string[], options?: ReportOptions): Promise<Report>;
  /** The outlet profile with this id, if registered. */
  outlet(id: string): OutletProfile | undefined;
  /** The extractor with this id, if registered. */
  extractor(id: string): ClaimExtractor | undefined;
  /** A new corroborator with these profiles added; a profile replaces a registered one with the same id. */
  withOutlets(...profiles: OutletProfile[]): Corroborator;
  /** A new corroborator with only the outlet profiles `keep` accepts (`() => false` removes all). */
  withoutOutlets(keep?: (profile: OutletProfile) => boolean): Corroborator;
  /** A new corroborator with these extractors added; one replaces a registered extractor with the same id. */
  withExtractors(...extractors: ClaimExtractor[]): Corroborator;
}

function mergeById<T>(base: readonly T[], added: readonly T[], idOf: (item: T) => string): T[] {
  const ids = new Set(added.map(idOf));
  return [...base.filter((item) => !ids.has(idOf(item))), ...added];
}

function duplicateIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

function checkConfig(outlets: readonly OutletProfile[], extractors: readonly ClaimExtractor[]): void {
  const outletDuplicates = duplicateIds(outlets.map((profile) => profile.id));
  if (outletDuplicates.length > 0)
    throw new Error(`createCorroborator: outlet profile ids are not unique: ${outletDuplicates.join(", ")}`);
  const extractorIds = extractors.map((extractor) => extractor.meta.id);
  const extractorDuplicates = duplicateIds(extractorIds);
  if (extractorDuplicates.length > 0)
    throw new Error(`createCorroborator: extractor ids are not unique: ${extractorDuplicates.join(", ")}`);
  const known = new Set(extractorIds);
  for (const profile of outlets) {
    const missing = profile.extractors.filter((id) => !known.has(id));
    if (missing.length > 0)
      throw new Error(
        `createCorroborator: outlet profile "${profile.id}" lists extractors that are not registered: ${missing.join(", ")}`,
      );
  }
}

/**
 * Makes a corroborator: the pipeline with an explicit set of outlet profiles, plugin extractors,
 * gazetteer and rules. Immutable: `withOutlets` and `withExtractors` return new corroborators.
 * Throws (configuration is build-time) when ids repeat or a profile names an extractor that is not registered.
 *
 * @example
 * const corroborator = createCorroborator({ extractors: [phoneReadout] }).withOutlets(exampleDaily);
 * const report = corroborator.report([{ id: "a", text: "date 2025-04-22\nThe envoy met the president on Tuesday." }]);
 * report.claims.length; // claims found with the built-in and added profiles
 */
export function createCorroborator(config: CorroboratorConfig = {}): Corroborator {
  const outlets = Object.freeze([...(config.outlets ?? defaultOutlets())]);
  const extractors = Object.freeze([...(config.extractors ?? [])]);
  const gazetteer = config.gazetteer ?? defaultGazetteer();
  const rules = Object.freeze([...(config.rules ?? defaultRules())]);
  checkConfig(outlets, extractors);
  const pipelineOptions = (options: ReportOptions = {}): CorroborateOptions => ({
    outlets,
    gazetteer,
    extractors,
    rules,
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  const rebuild = (change: Partial<CorroboratorConfig>): Corroborator =>
    createCorroborator({ outlets, extractors, gazetteer, rules, ...change });
  return Object.freeze({
    outlets,
    extractors,
    gazetteer,
    rules,
    report: (articles: readonly ArticleText[], options?: ReportOptions) =>
      corroborate(articles, pipelineOptions(options)),
    reportFiles: (paths: readonly string[], options?: ReportOptions) =>
      corroborateFiles(paths, pipelineOptions(options)),
    outlet: (id: string) => outlets.find((profile) => profile.id === id),
    extractor: (id: string) => extractors.find((extractor) => extractor.meta.id === id),
    withOutlets: (...profiles: OutletProfile[]) =>
      rebuild({ outlets: mergeById(outlets, profiles, (profile) => profile.id) }),
    withoutOutlets: (keep: (profile: OutletProfile) => boolean = () => false) =>
      rebuild({ outlets: outlets.filter(keep) }),
    withExtractors: (...added: ClaimExtractor[]) =>
      rebuild({ extractors: mergeById(extractors, added, (extractor) => extractor.meta.id) }),
  });
}
