import { z } from "zod";

export const EntityTypeSchema = z.enum(["person", "organization", "place", "group"]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z
  .object({
    id: z.string(),
    type: EntityTypeSchema,
    name: z.string().meta({ description: 'canonical name, e.g. "Cyril Ramaphosa"' }),
    aliases: z.array(z.string()).meta({ description: "every surface form seen" }),
  })
  .meta({ id: "Entity" });
export type Entity = z.infer<typeof EntitySchema>;
