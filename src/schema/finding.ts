import { z } from "zod";

export const FindingKindSchema = z.enum([
  "agreement",
  "discrepancy",
  "unconfirmed",
  "single-source",
  "plan-fulfilled",
  "plan-unfulfilled",
]);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const SeveritySchema = z.enum(["info", "low", "medium", "high"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** A quote in a named article that a finding rests on (a "related place" in another file). */
export const FindingEvidenceSchema = z
  .object({
    articleId: z.string(),
    claimId: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .meta({ id: "FindingEvidence" });
export type FindingEvidence = z.infer<typeof FindingEvidenceSchema>;

export const FindingSchema = z
  .object({
    id: z.string(),
    kind: FindingKindSchema,
    attribute: z.string().meta({
      description: '"occurrence" | "date" | "duration" | "location" | "participants" | "count" | …',
    }),
    severity: SeveritySchema,
    eventId: z.string().nullable(),
    claimIds: z.array(z.string()),
    articleIds: z.array(z.string()),
    message: z.string().meta({ description: "one sentence a person can read, naming the sources" }),
    rule: z.string().optional().meta({ description: "id of the reconcile rule that produced it" }),
    evidence: z.array(FindingEvidenceSchema).optional(),
  })
  .meta({ id: "Finding" });
export type Finding = z.infer<typeof FindingSchema>;
