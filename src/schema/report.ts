import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { ClaimSchema } from "./claim.js";
import { EntitySchema } from "./entity.js";
import { EventSchema, TimelineSchema } from "./event.js";
import { FindingSchema } from "./finding.js";

export const SCHEMA_VERSION = "1" as const;

/** A problem with an input that yielded no article (unreadable path, empty directory, …). */
export const InputWarningSchema = z
  .object({ source: z.string(), message: z.string() })
  .meta({ id: "InputWarning" });
export type InputWarning = z.infer<typeof InputWarningSchema>;

/** Articles that copy one wire story and so count as one source. */
export const SourceGroupSchema = z
  .object({ id: z.string(), articleIds: z.array(z.string()), reason: z.string() })
  .meta({ id: "SourceGroup" });
export type SourceGroup = z.infer<typeof SourceGroupSchema>;

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(ArticleSchema),
    entities: z.array(EntitySchema),
    claims: z.array(ClaimSchema),
    events: z.array(EventSchema),
    findings: z.array(FindingSchema),
    timeline: z.array(TimelineSchema).optional(),
    sourceGroups: z.array(SourceGroupSchema).optional(),
    warnings: z.array(InputWarningSchema).optional(),
  })
  .meta({ id: "Report", title: "corroborate report", description: "schema version 1" });
export type Report = z.infer<typeof ReportSchema>;

/** The JSON Schema of the report, generated from the zod schemas above. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
