import { z } from "zod";
import { ModalitySchema, TimeSpanSchema } from "./primitives.js";

/** Why two claims were joined into one event: the features compared and the score they gave. */
export const AlignmentLinkSchema = z
  .object({
    claimIds: z.tuple([z.string(), z.string()]),
    score: z.number(),
    features: z.record(z.string(), z.number()),
  })
  .meta({ id: "AlignmentLink" });
export type AlignmentLink = z.infer<typeof AlignmentLinkSchema>;

export const EventSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    participants: z.array(z.string()).meta({ description: "entity ids" }),
    date: TimeSpanSchema.nullable(),
    location: z.string().nullable(),
    status: ModalitySchema,
    claimIds: z.array(z.string()),
    links: z.array(AlignmentLinkSchema).optional().meta({ description: "why the claims were joined" }),
  })
  .meta({ id: "Event" });
export type Event = z.infer<typeof EventSchema>;

/** One row of the consolidated timeline: the events of one participant set, in date order. */
export const TimelineSchema = z
  .object({
    participants: z.array(z.string()),
    entries: z.array(
      z.object({
        eventId: z.string(),
        date: TimeSpanSchema.nullable(),
        status: ModalitySchema,
        location: z.string().nullable(),
        articleIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: "Timeline" });
export type Timeline = z.infer<typeof TimelineSchema>;
