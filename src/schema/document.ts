import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { ClaimSchema } from "./claim.js";
import { EntityTypeSchema } from "./entity.js";
import { SpanSchema } from "./primitives.js";

/**
 * What ingest marks a block as. Boilerplate is marked, never deleted, so offsets stay valid and
 * extractors decide what to read.
 */
export const BlockKindSchema = z.enum([
  "headline",
  "heading",
  "paragraph",
  "dateline",
  "metadata",
  "byline",
  "caption",
  "related",
  "share",
  "credit",
  "duplicate",
]);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A paragraph-level stretch of the readable text. Offsets are into `IngestedDocument.text`. */
export const BlockSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: BlockKindSchema,
  boilerplate: z.boolean(),
  /** A day that a section heading above this block gives ("Third visit – April 11, 2025"). */
  sectionDate: z.string().nullable().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const SentenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  block: z.number().int(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/**
 * One article as ingest hands it on: metadata, the readable text, and the map back to the file.
 * For plain text `text === fileText` and `offsets` is null; for HTML `offsets[i]` is the file offset
 * of `text[i]` (length `text.length + 1`, the last entry is the end of the last character).
 */
export const IngestedDocumentSchema = z.object({
  article: ArticleSchema,
  fileText: z.string(),
  text: z.string(),
  offsets: z.array(z.number().int()).nullable(),
  blocks: z.array(BlockSchema),
  sentences: z.array(SentenceSchema),
  /** Outlet profile id chosen for this article, if any. */
  outletProfile: z.string().nullable().optional(),
});
export type IngestedDocument = z.infer<typeof IngestedDocumentSchema>;

/** An entity as one article knows it: ids are local to the article until alignment merges them. */
export const LocalEntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** Id of the gazetteer entry this was matched to, when one was. */
  gazetteerId: z.string().nullable(),
  /** Roles and titles the article gives ("US envoy", "Kremlin aide"). */
  roles: z.array(z.string()),
  /** For places: the gazetteer id of the containing place (Kremlin → Moscow). */
  within: z.string().nullable().optional(),
  /** For groups: local ids of the people the text names as its leaders or members ("led by X and Y"). */
  members: z.array(z.string()).optional(),
  mentions: z.array(SpanSchema),
});
export type LocalEntity = z.infer<typeof LocalEntitySchema>;

/** What extraction produces for one article: serialisable, and all that later stages need of it. */
export const ArticleExtractionSchema = z.object({
  article: ArticleSchema,
  entities: z.array(LocalEntitySchema),
  claims: z.array(ClaimSchema),
  /** MinHash signature of the body text, for spotting copies of one wire story. */
  fingerprint: z.array(z.number().int()),
  /** Relative expressions left unresolved because the article has no date (for publication-date inference). */
  floatingTimes: z
    .array(
      z.object({ text: z.string(), weekday: z.number().int().nullable(), claimId: z.string().nullable() }),
    )
    .optional(),
});
export type ArticleExtraction = z.infer<typeof ArticleExtractionSchema>;

/** One place in the readable text where an entity is named or referred to. Offsets are into `IngestedDocument.text`. */
export const EntityMentionSchema = z.object({
  entityId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** How the entity is referred to here. */
  form: z.enum(["name", "surname", "alias", "role", "pronoun", "group", "place"]),
  /** Index into `IngestedDocument.sentences`. */
  sentence: z.number().int(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

/** What entity recognition finds in one article: the entities and every mention of them, in text order. */
export const EntityAnalysisSchema = z.object({
  entities: z.array(LocalEntitySchema),
  mentions: z.array(EntityMentionSchema),
});
export type EntityAnalysis = z.infer<typeof EntityAnalysisSchema>;
