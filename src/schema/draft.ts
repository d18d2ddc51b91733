import { z } from "zod";
import { DurationSchema, OrdinalSchema } from "./claim.js";
import { DaySchema, ModalitySchema, SpanSchema } from "./primitives.js";

/**
 * What a plugin extractor returns for one match: a claim as the text words it, before names are
 * resolved to entities. Names are kept exactly as written ("Steve Witkoff", "Mr Ruto"); the claim
 * builder resolves them against the article's entities.
 */
export const ClaimDraftSchema = z
  .object({
    /** "meeting" | "talks" | "visit" | "call" | … */
    type: z.string().min(1),
    /** Names as written in the text; for a visit, the traveller(s). */
    participants: z.array(z.string().min(1)),
    modality: ModalitySchema.optional(),
    /** The words that date the claim ("on Tuesday", "April 11"); resolved against the article date when `date` is absent. */
    dateText: z.string().optional(),
    /** A closed interval of days when the extractor resolved the date itself. */
    date: z.object({ earliest: DaySchema, latest: DaySchema }).optional(),
    duration: DurationSchema.optional(),
    /** A place name as written ("the Kremlin", "Nairobi"). */
    location: z.string().optional(),
    ordinal: OrdinalSchema.optional(),
    /** Who says so, as written ("government spokeswoman Ana Ruiz"); absent means the outlet itself. */
    attribution: z.string().optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .meta({ id: "ClaimDraft" });
export type ClaimDraft = z.infer<typeof ClaimDraftSchema>;
export type ClaimDraftInput = z.input<typeof ClaimDraftSchema>;

/**
 * A draft with the runner's provenance: which extractor made it, the sentence it came from, and the
 * evidence span quoting the file exactly (`fileText.slice(start, end) === quote`).
 */
export const ClaimDraftWithProvenanceSchema = ClaimDraftSchema.extend({
  /** Id of the extractor that made the draft. */
  extractor: z.string(),
  /** Index into `IngestedDocument.sentences`. */
  sentence: z.number().int().nonnegative(),
  /** Offsets of the match in `IngestedDocument.text` (end exclusive). */
  textStart: z.number().int().nonnegative(),
  textEnd: z.number().int().nonnegative(),
  /** The match, mapped to the file. */
  evidence: z.array(SpanSchema),
}).meta({ id: "ClaimDraftWithProvenance" });
export type ClaimDraftWithProvenance = z.infer<typeof ClaimDraftWithProvenanceSchema>;
