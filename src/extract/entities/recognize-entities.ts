import type { EntityAnalysis, EntityMention, IngestedDocument, LocalEntity } from "../../schema/document.js";
import type { Gazetteer } from "../../schema/gazetteer.js";
import type { Candidate } from "./candidate.js";
import { compileGazetteer } from "./compile-gazetteer.js";
import { fileSpanOf } from "./file-span.js";
import { ArticleEntities, type Draft } from "./resolve.js";
import { scanCandidates } from "./scan.js";
import { type Token, TokenKind, tokenize } from "./tokenize.js";

const ID_LETTER = { person: "p", place: "l", organization: "o", group: "g" } as const;

/** Index of the last range starting at or before `offset` (ranges sorted by start), or 0. */
function rangeIndexAt(ranges: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as { start: number }).start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Where sentences start, from the tokens: after a full stop, question or exclamation mark followed by a
 * capital, and after a line break. Ingest's own sentences may be coarser; pronouns need this finer cut.
 */
function sentenceStarts(tokens: readonly Token[]): { start: number }[] {
  const starts = [{ start: 0 }];
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as Token;
    const token = tokens[i] as Token;
    const afterBreak = previous.kind === TokenKind.Break;
    const mark = previous.kind === TokenKind.Punct ? previous.text.charCodeAt(0) : 0;
    const afterStop =
      (mark === 46 || mark === 33 || mark === 63) && (token.cap || token.kind !== TokenKind.Word);
    if ((afterBreak || afterStop) && token.kind !== TokenKind.Break) starts.push({ start: token.start });
  }
  return starts;
}

function formOf(candidate: Candidate): EntityMention["form"] {
  switch (candidate.kind) {
    case "role":
      return "role";
    case "pronoun":
      return "pronoun";
    case "group":
      return "group";
    case "place":
      return "place";
    case "organization":
      return candidate.gazetteerForm === "alias" ? "alias" : "name";
    default:
      if (candidate.gazetteerForm === "alias") return "alias";
      return candidate.keys.length >= 2 ? "name" : "surname";
  }
}

function bestName(draft: Draft): string {
  if (draft.gazetteer !== null) return draft.gazetteer.name;
  let best = draft.candidates[0]?.name ?? "";
  let bestWords = 0;
  for (const candidate of draft.candidates) {
    if (candidate.kind === "role" || candidate.kind === "pronoun") continue;
    const words = candidate.name.split(/\s+/).length;
    if (words > bestWords) {
      best = candidate.name;
      bestWords = words;
    }
  }
  return best;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function toLocalEntity(
  draft: Draft,
  id: string,
  document: IngestedDocument,
  ids: ReadonlyMap<string, string>,
): LocalEntity {
  const named = draft.candidates.filter((candidate) => candidate.kind !== "pronoun");
  const roles = unique(named.flatMap((candidate) => candidate.roles.map((role) => role.text)));
  const entity: LocalEntity = {
    id,
    type: draft.type,
    name: bestName(draft),
    aliases: unique([...named.map((candidate) => candidate.name), ...roles]),
    gazetteerId: draft.gazetteer?.id ?? null,
    roles,
    within: draft.type === "place" ? (draft.gazetteer?.within ?? null) : null,
    mentions: named.map((candidate) => fileSpanOf(document, candidate.start, candidate.end)),
  };
  if (draft.type === "group") {
    entity.members = draft.members
      .map((key) => ids.get(key))
      .filter((member): member is string => member !== undefined);
  }
  return entity;
}

/**
 * Finds the people, places, organisations and groups of one article, and every mention of them, resolving
 * surnames, spelling variants, roles ("the US envoy") and pronouns to the entity they refer to within the
 * article. Pure and deterministic; never throws on any text.
 *
 * @example
 * const { entities } = recognizeEntities(document, defaultGazetteer());
 * entities.find((entity) => entity.name === "Yuri Ushakov")?.roles; // ["Kremlin aide"]
 */
export function recognizeEntities(document: IngestedDocument, gazetteer: Gazetteer): EntityAnalysis {
  const text = document.text;
  const compiled = compileGazetteer(gazetteer);
  const tokens = tokenize(text);
  const candidates = scanCandidates(text, tokens, compiled);
  const ordered = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const article = new ArticleEntities(compiled);
  for (const candidate of ordered) if (candidate.kind === "person") article.resolveFullName(candidate);
  for (const candidate of ordered) {
    if (candidate.kind === "surname" || candidate.kind === "maybe-person")
      article.resolvePartialName(candidate);
  }
  article.settleRoleQualifiers(candidates);
  for (const candidate of ordered) if (candidate.kind === "role") article.resolveRole(candidate);
  for (const candidate of ordered) {
    if (candidate.kind === "place" || candidate.kind === "organization" || candidate.kind === "group") {
      if (!candidate.dropped) article.resolveNamed(candidate);
    }
  }
  const isPerson = (candidate: Candidate): boolean =>
    candidate.entity !== null && article.drafts.get(candidate.entity)?.type === "person";
  const named = ordered.filter((candidate) => candidate.kind !== "pronoun" && isPerson(candidate));
  const blocks = document.blocks;
  const sentences = ordered.some((candidate) => candidate.kind === "pronoun") ? sentenceStarts(tokens) : [];
  for (const candidate of ordered) {
    if (candidate.kind !== "pronoun") continue;
    const block = blocks[rangeIndexAt(blocks, candidate.start)];
    const sentence = rangeIndexAt(sentences, candidate.start);
    article.resolvePronoun(
      candidate,
      block?.start ?? 0,
      sentences[sentence]?.start ?? 0,
      sentences[sentence - 1]?.start ?? -1,
      named,
    );
  }
  const personMentions = ordered.filter(isPerson);
  for (const candidate of ordered)
    if (candidate.kind === "group") article.resolveMembers(candidate, text, personMentions);

  const drafts = [...article.drafts.values()].filter((draft) => draft.candidates.length > 0);
  for (const draft of drafts) draft.candidates.sort((a, b) => a.start - b.start);
  drafts.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
  const ids = new Map<string, string>();
  const counters = { person: 0, place: 0, organization: 0, group: 0 };
  for (const draft of drafts) {
    counters[draft.type] += 1;
    ids.set(draft.key, `${document.article.id}#${ID_LETTER[draft.type]}${counters[draft.type]}`);
  }
  const entities = drafts.map((draft) => toLocalEntity(draft, ids.get(draft.key) as string, document, ids));
  const mentions: EntityMention[] = [];
  for (const candidate of ordered) {
    const entityId = candidate.entity === null ? undefined : ids.get(candidate.entity);
    if (entityId === undefined || candidate.dropped) continue;
    mentions.push({
      entityId,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      form: formOf(candidate),
      sentence: rangeIndexAt(document.sentences, candidate.start),
    });
  }
  return { entities, mentions };
}
