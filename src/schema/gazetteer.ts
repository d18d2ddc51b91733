import { z } from "zod";
import { EntityTypeSchema } from "./entity.js";

/** One office a person held: "Japanese Prime Minister" from 2012-12-26 to 2020-09-16. */
export const GazetteerTermSchema = z.object({
  role: z.string(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
export type GazetteerTerm = z.output<typeof GazetteerTermSchema>;

/** One known person, place, organisation or group. Knowledge lives here as data, never in code. */
export const GazetteerEntrySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** Roles and titles by which texts refer to the entry ("Kremlin spokesman", "US envoy"). */
  roles: z.array(z.string()).default([]),
  /** For places: the id of the containing place (Kremlin → Moscow → Russia). */
  within: z.string().nullable().default(null),
  /** For places: country, city, building, site, … */
  kind: z.string().nullable().default(null),
  /** Adjectives and demonyms that point to this place ("Russian" → Russia). */
  demonyms: z.array(z.string()).default([]),
  /**
   * For people: offices held, with their days (ISO `YYYY-MM-DD`; `to` null while in office). A story that
   * gives no year ("CARACAS, Nov 1 (Reuters) - Colombian President …") is dated by the years its office
   * holders overlap.
   */
  terms: z.array(GazetteerTermSchema).default([]),
});
export type GazetteerEntry = z.output<typeof GazetteerEntrySchema>;
export type GazetteerEntryInput = z.input<typeof GazetteerEntrySchema>;

export const GazetteerSchema = z.object({ entries: z.array(GazetteerEntrySchema) });
export type Gazetteer = z.output<typeof GazetteerSchema>;
