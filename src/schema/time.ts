import { z } from "zod";
import { DaySchema } from "./primitives.js";

export const TimexTypeSchema = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type TimexType = z.infer<typeof TimexTypeSchema>;

export const TimexModSchema = z.enum([
  "APPROX",
  "MORE_THAN",
  "LESS_THAN",
  "EQUAL_OR_MORE",
  "EQUAL_OR_LESS",
  "START",
  "MID",
  "END",
  "BEFORE",
  "AFTER",
  "ON_OR_BEFORE",
  "ON_OR_AFTER",
]);
export type TimexMod = z.infer<typeof TimexModSchema>;

/**
 * One temporal expression, TIMEX3-style, with offsets into the text it was found in and our own
 * interval fields: `earliest`/`latest` days for DATE/TIME, `minMinutes`/`maxMinutes` for DURATION.
 */
export const TimeExpressionSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    type: TimexTypeSchema,
    /** TIMEX3 value: 2013-03-22, 2013-W12, 2013-02, PT3H, P1W, PXY, XXXX-WXX-2, PRESENT_REF, 2013-03-22TAF … */
    value: z.string(),
    mod: TimexModSchema.nullable(),
    earliest: DaySchema.nullable(),
    latest: DaySchema.nullable(),
    minMinutes: z.number().nullable(),
    maxMinutes: z.number().nullable(),
    /** 0=Sunday … 6=Saturday when the expression names a weekday. */
    weekday: z.number().int().min(0).max(6).nullable(),
    /** How the value was reached: stated in full, resolved against the document date, or left open. */
    resolution: z.enum(["absolute", "relative", "unresolved"]),
  })
  .meta({ id: "TimeExpression" });
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;

export const ExtractTimesOptionsSchema = z.object({
  /** The day relative expressions are resolved against (usually the publication date); null = none. */
  documentDate: DaySchema.nullable(),
});
export type ExtractTimesOptions = z.infer<typeof ExtractTimesOptionsSchema>;
