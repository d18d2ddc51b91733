import { z } from "zod";
import { ModalitySchema, SpanSchema, TimeSpanSchema } from "./primitives.js";

export const DurationSchema = z
  .object({
    minMinutes: z.number().nullable(),
    maxMinutes: z.number().nullable(),
    text: z.string(),
  })
  .meta({ id: "Duration", description: "An interval of minutes; a null bound is open." });
export type Duration = z.infer<typeof DurationSchema>;

export const OrdinalSchema = z
  .object({ value: z.number().int(), text: z.string() })
  .meta({ id: "Ordinal", description: '"sixth meeting", "fifth trip"' });
export type Ordinal = z.infer<typeof OrdinalSchema>;

export const AttributionSchema = z
  .object({ entityId: z.string().nullable(), text: z.string() })
  .meta({ id: "Attribution", description: "who says so; a null attribution means the outlet itself" });
export type Attribution = z.infer<typeof AttributionSchema>;

export const ClaimTypeSchema = z.string().meta({ description: '"meeting" | "talks" | "visit" | "call" | …' });

export const ClaimSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    type: ClaimTypeSchema,
    participants: z.array(z.string()).meta({ description: "entity ids; for a visit: the traveller(s)" }),
    date: TimeSpanSchema.nullable(),
    duration: DurationSchema.nullable(),
    location: z.string().nullable().meta({ description: "entity id of a place" }),
    ordinal: OrdinalSchema.nullable(),
    attribution: AttributionSchema.nullable(),
    modality: ModalitySchema,
    evidence: z.array(SpanSchema),
    confidence: z.number().min(0).max(1),
    weekday: z.number().int().min(0).max(6).nullable().optional().meta({
      description: "0=Sunday … 6=Saturday: a weekday the text names when no date could be resolved",
    }),
  })
  .meta({ id: "Claim" });
export type Claim = z.infer<typeof ClaimSchema>;
