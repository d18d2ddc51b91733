import { z } from "zod";
import { DaySchema } from "./primitives.js";

export const PublishedAtSourceSchema = z.enum(["metadata", "text", "inferred"]);
export type PublishedAtSource = z.infer<typeof PublishedAtSourceSchema>;

export const ArticleSchema = z
  .object({
    id: z.string().meta({ description: "the file name without extension, unless metadata gives an id" }),
    source: z.string().meta({ description: "the path or URL it was read from" }),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: DaySchema.nullable(),
    publishedAtSource: PublishedAtSourceSchema.nullable(),
    wire: z.array(z.string()).meta({ description: 'credited agencies, e.g. ["AFP"], ["sda", "dpa"]' }),
    warnings: z.array(z.string()),
  })
  .meta({ id: "Article" });
export type Article = z.infer<typeof ArticleSchema>;
