import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { ClaimSchema } from "./claim.js";
import { EntitySchema } from "./entity.js";
import { EventSchema } from "./event.js";
import { SourceGroupSchema } from "./report.js";

/** The output of alignment: global entities, claims rewritten to them, and events. */
export const AlignmentSchema = z.object({
  articles: z.array(ArticleSchema),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  sourceGroups: z.array(SourceGroupSchema),
  /** Place containment known to alignment (place entity id → containing place entity id). */
  placeParents: z.record(z.string(), z.string()).default({}),
  /** Comparisons made by blocking, for the benchmark. */
  comparisons: z.number().int().default(0),
});
export type Alignment = z.infer<typeof AlignmentSchema>;
