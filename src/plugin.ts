import { compilePattern } from "./ingest/compile-pattern.js";
import type { Article } from "./schema/article.js";
import type { IngestedDocument } from "./schema/document.js";
import type { ClaimDraftInput } from "./schema/draft.js";
import {
  type OutletProfile,
  type OutletProfileInput,
  OutletProfileSchema,
  type Pattern,
} from "./schema/outlet.js";
import type { Day } from "./schema/primitives.js";

/** What a plugin extractor says about itself. */
export interface ExtractorMeta {
  /** Unique id, lower-case letters, digits and dashes ("reuters-talks-readout"). Names the extractor in warnings and provenance. */
  readonly id: string;
  readonly description: string;
  /** Claim types the extractor can return ("meeting", "call", …). */
  readonly claimTypes: readonly string[];
  /** What a draft's evidence quotes: the match (default) or the whole sentence it is in. */
  readonly evidence?: "match" | "sentence";
}

/** What an extractor's `pattern` function may look at: the article, once per article. */
export interface PatternContext {
  readonly article: Article;
  /** Id of the outlet profile ingest chose, if any. */
  readonly outletProfile: string | null;
}

/** Where a match is: the sentence, its block's section date, and the whole document (read-only). */
export interface ExtractorContext extends PatternContext {
  readonly document: IngestedDocument;
  /** Index into `document.sentences`. */
  readonly sentenceIndex: number;
  /** The sentence's text; `match.index` is an offset into it. */
  readonly sentence: string;
  /** Offset of the sentence in `document.text`. */
  readonly sentenceStart: number;
  /** A day a section heading above the sentence gives ("Third visit – April 11, 2025"), if any. */
  readonly sectionDate: Day | null;
}

/**
 * A claim extractor in the chrono-node style: a pattern matched over every sentence that is not
 * boilerplate, and `extract`, which turns one match into a claim draft or null. The runner owns the
 * loop, the offsets and the provenance.
 */
export interface ClaimExtractor {
  readonly meta: ExtractorMeta;
  readonly pattern: RegExp | ((context: PatternContext) => RegExp);
  extract(match: RegExpExecArray, context: ExtractorContext): ClaimDraftInput | null;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(profile)" : path.map(String).join(".");
}

function patternProblem(pattern: Pattern, needsDate: boolean): string | null {
  if (compilePattern(pattern) === null) return `is not a valid regular expression: ${String(pattern)}`;
  const source = typeof pattern === "string" ? pattern : pattern.source;
  if (needsDate && !source.includes("(?<date>")) return "needs a named group (?<date>…) holding the date";
  return null;
}

function profileProblems(profile: OutletProfile): string[] {
  const problems: string[] = [];
  const check = (field: string, patterns: readonly Pattern[], needsDate: boolean) => {
    patterns.forEach((pattern, index) => {
      const problem = patternProblem(pattern, needsDate);
      if (problem) problems.push(`${field}.${index} ${problem}`);
    });
  };
  check("match.markers", profile.match.markers, false);
  check("dateline", profile.dateline, false);
  check("sectionDates", profile.sectionDates, true);
  check(
    "boilerplate",
    profile.boilerplate.map((rule) => rule.pattern),
    false,
  );
  if (profile.validFrom && profile.validUntil && profile.validFrom > profile.validUntil)
    problems.push(`validFrom ${profile.validFrom} is after validUntil ${profile.validUntil}`);
  return problems;
}

/**
 * Checks an outlet profile and fills its defaults. Profiles are build-time configuration, so a bad one
 * throws an error naming the profile id and the field: invalid fields, patterns that do not compile,
 * section-date patterns without a `date` group, or a validity window that ends before it starts.
 *
 * @example
 * const daily = defineOutlet({
 *   id: "example-daily",
 *   name: "Example Daily",
 *   match: { domains: ["daily.example"], markers: ["^EXAMPLE DAILY —"] },
 *   boilerplate: [{ kind: "related", pattern: "^More from Example Daily$", extent: "rest" }],
 * });
 * daily.wire; // []
 */
export function defineOutlet(profile: OutletProfileInput): OutletProfile {
  const id = typeof profile?.id === "string" ? profile.id : "(no id)";
  const parsed = OutletProfileSchema.safeParse(profile);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
    throw new Error(`outlet profile "${id}" is invalid: ${issues.join("; ")}`);
  }
  const problems = profileProblems(parsed.data);
  if (problems.length > 0) throw new Error(`outlet profile "${id}" is invalid: ${problems.join("; ")}`);
  return parsed.data;
}

/**
 * Checks a claim extractor and returns it frozen. Throws an error naming the extractor when its id,
 * claim types, pattern or `extract` are missing or malformed.
 *
 * @example
 * const readouts = defineExtractor({
 *   meta: { id: "phone-readout", description: "“X held a phone call with Y”", claimTypes: ["call"] },
 *   pattern: /(?<a>\p{Lu}\p{L}+) held a phone call with (?<b>\p{Lu}\p{L}+)/u,
 *   extract: (match) => ({ type: "call", participants: [match.groups!.a!, match.groups!.b!] }),
 * });
 */
export function defineExtractor(extractor: ClaimExtractor): ClaimExtractor {
  const id = typeof extractor?.meta?.id === "string" ? extractor.meta.id : "(no id)";
  const fail = (message: string): never => {
    throw new Error(`claim extractor "${id}" is invalid: ${message}`);
  };
  if (!ID.test(id)) fail("meta.id must be lower-case letters, digits and dashes");
  if (typeof extractor.meta.description !== "string") fail("meta.description must be a string");
  if (!Array.isArray(extractor.meta.claimTypes) || extractor.meta.claimTypes.length === 0)
    fail("meta.claimTypes must list at least one claim type");
  if (!(extractor.pattern instanceof RegExp) && typeof extractor.pattern !== "function")
    fail("pattern must be a RegExp or a function returning one");
  if (typeof extractor.extract !== "function") fail("extract must be a function");
  const meta = Object.freeze({
    ...extractor.meta,
    claimTypes: Object.freeze([...extractor.meta.claimTypes]),
  });
  return Object.freeze({ meta, pattern: extractor.pattern, extract: extractor.extract });
}
