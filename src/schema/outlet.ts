import { z } from "zod";
import { BlockKindSchema } from "./document.js";
import { DaySchema } from "./primitives.js";

/** A regular expression given as data: a source string (compiled with the `u` flag, case-insensitive unless `caseSensitive`) or a RegExp. */
export const PatternSchema = z.union([z.string(), z.instanceof(RegExp)]);
export type Pattern = z.infer<typeof PatternSchema>;

/** Marks blocks as boilerplate: the block a pattern matches, or it and everything after it. */
export const BoilerplateRuleSchema = z.object({
  kind: BlockKindSchema,
  pattern: PatternSchema,
  /** `block`: only the matching block; `rest`: it and every block after it (link lists at the end of a page). */
  extent: z.enum(["block", "rest"]).default("block"),
});
export type BoilerplateRule = z.input<typeof BoilerplateRuleSchema>;

/**
 * An outlet profile: data first. What an outlet's pages look like (datelines, credits, boilerplate,
 * section headings that carry dates) and how to recognise them.
 */
export const OutletProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lower-case letters, digits and dashes"),
  name: z.string(),
  validFrom: DaySchema.nullable().default(null),
  validUntil: DaySchema.nullable().default(null),
  match: z.object({
    domains: z.array(z.string()).default([]),
    /** Patterns that, found in the first part of the text, identify the outlet (a masthead, a credit line). */
    markers: z.array(PatternSchema).default([]),
  }),
  /** IANA time zone the outlet dates its pages in. */
  timezone: z.string().nullable().default(null),
  /** Agencies the outlet itself is or credits by default (a wire service's own copy). */
  wire: z.array(z.string()).default([]),
  /** Extra dateline patterns; a named group `date` holds the date text. */
  dateline: z.array(PatternSchema).default([]),
  boilerplate: z.array(BoilerplateRuleSchema).default([]),
  /** Heading patterns whose named group `date` dates the paragraphs below them ("Third visit – April 11, 2025"). */
  sectionDates: z.array(PatternSchema).default([]),
  /** Ids of claim extractors (from the corroborator's registry) that run only on this outlet's articles. */
  extractors: z.array(z.string()).default([]),
});
export type OutletProfile = z.output<typeof OutletProfileSchema>;
export type OutletProfileInput = z.input<typeof OutletProfileSchema>;
