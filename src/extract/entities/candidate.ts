import type { GazetteerEntry } from "../../schema/gazetteer.js";
import type { GazetteerFormKind } from "./compile-gazetteer.js";
import type { RoleRecord } from "./role.js";

/**
 * What the first pass thinks a stretch of text is, before coreference decides which entity it refers to.
 * - `person`: a full name (gazetteer or found from cues);
 * - `surname`: one capitalised word that may be a known person's surname (resolved later);
 * - `maybe-person`: a name-shaped word sequence without a cue; kept only if coreference confirms it;
 * - `role`: a reference by role alone ("the US envoy");
 * - `place`, `organization`, `group`, `pronoun`.
 */
export type CandidateKind =
  | "person"
  | "surname"
  | "maybe-person"
  | "role"
  | "place"
  | "organization"
  | "group"
  | "pronoun";

export interface Candidate {
  kind: CandidateKind;
  /** Offsets into the readable text. */
  start: number;
  end: number;
  /** The words naming the entity (without honorifics or possessive). */
  name: string;
  /** Folded keys of the name's words. */
  keys: string[];
  /** The gazetteer entries the surface matched (several when a surname is shared). */
  gazetteer: GazetteerEntry[];
  gazetteerForm: GazetteerFormKind | null;
  /** Roles the text gives this mention. */
  roles: RoleRecord[];
  /** For `role` mentions: the role being referred to. */
  query: RoleRecord | null;
  /** A cue (title, honorific, given name, verb of saying) marks it a person. */
  cue: boolean;
  /** For a lone word after "in"/"at": a place unless it turns out to be a known person. */
  placeIfUnresolved: boolean;
  /** Used only as a qualifier of a role ("Kremlin aide"): not reported as a mention. */
  dropped: boolean;
  /** For groups: text offset after which the leaders/members are named ("led by …"), or -1. */
  membersFrom: number;
  /** Entity key assigned by coreference, or null when the candidate is discarded. */
  entity: string | null;
}

/** A blank candidate of a kind over a span. */
export function newCandidate(kind: CandidateKind, start: number, end: number, name: string): Candidate {
  return {
    kind,
    start,
    end,
    name,
    keys: [],
    gazetteer: [],
    gazetteerForm: null,
    roles: [],
    query: null,
    cue: false,
    placeIfUnresolved: false,
    dropped: false,
    membersFrom: -1,
    entity: null,
  };
}
