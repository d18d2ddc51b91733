import { z } from "zod";

/** A calendar day, `YYYY-MM-DD`. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a calendar day YYYY-MM-DD")
  .meta({ id: "Day", description: "A calendar day, YYYY-MM-DD." });
export type Day = z.infer<typeof DaySchema>;

/**
 * A quoted stretch of an article. `start`/`end` are UTF-16 offsets into the file's text exactly as read
 * (end exclusive), so `fileText.slice(start, end) === quote`.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .meta({ id: "Span" });
export type Span = z.infer<typeof SpanSchema>;

/** A closed interval of calendar days and the words it came from. */
export const TimeSpanSchema = z
  .object({
    earliest: DaySchema,
    latest: DaySchema,
    text: z.string(),
    inferred: z.boolean().meta({ description: "true when resolved from other articles, not from this one" }),
  })
  .meta({ id: "TimeSpan" });
export type TimeSpan = z.infer<typeof TimeSpanSchema>;

export const ModalitySchema = z
  .enum(["occurred", "planned", "unconfirmed", "denied", "hypothetical"])
  .meta({ id: "Modality" });
export type Modality = z.infer<typeof ModalitySchema>;
