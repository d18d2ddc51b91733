import type { Attribution, Duration, Ordinal } from "../../schema/claim.js";
import type { Modality, TimeSpan } from "../../schema/primitives.js";
import type { ClaimKind, TriggerForm } from "./lexicon.js";

/** Offsets into the readable text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A claim while it is being built: text offsets, local entity ids, and how each part was found. */
export interface ClaimDraft {
  kind: ClaimKind;
  form: TriggerForm;
  sentence: number;
  block: number;
  /** Index of the heading block the claim's paragraph sits under, or -1. */
  heading: number;
  trigger: TextRange;
  participants: string[];
  location: string | null;
  /** True when the location came from the claim's own sentence. */
  locationFromSentence: boolean;
  date: TimeSpan | null;
  weekday: number | null;
  weekdayText: string | null;
  duration: Duration | null;
  ordinal: Ordinal | null;
  attribution: Attribution | null;
  attributionSpan: TextRange | null;
  sayerIsParticipant: boolean;
  modality: Modality | "skip";
  modalityCued: boolean;
  confidence: number;
  evidence: TextRange[];
  /** Talks told with a verb of speaking ("the two men talked for over an hour"), which a call can be. */
  spoken?: boolean;
  /** True when the date was told outside the claim's clause, elsewhere in its sentence. */
  dateFromSentence?: boolean;
  /** True when the date is only the section's (a live-blog entry's) day, not told with the claim. */
  dateFromSection?: boolean;
  /** Names only the other side ("A meeting with Yellen is not on the agenda"): the story's person is its subject. */
  needsTopic?: boolean;
  /** The date is the day the claim was said on, for want of another ("said Thursday that the call …"). */
  dateFromSaying?: boolean;
  /** "was met at the airport by X": a welcome on arrival, which frames no trip. */
  arrivalWelcome?: boolean;
  /** The day the claim's section or live-blog entry was told on (its heading's or stamp's day), if it has one. */
  toldOn?: string | null;
  /** The date words of the claim's own clause, resolved or not ("in May" in an undated article). */
  dateCue?: string | null;
  /** Told as an earlier event ("last met", "had met", "previously held talks"). */
  earlier?: boolean;
  /** True when the duration was read outside the claim's own clause. */
  durationFromSentence?: boolean;
  /** Told as another occasion of people already told of ("had also met", "met again"). */
  anotherOccasion?: boolean;
  /** Told as "another" event ("hold another meeting"): never the one told before it, even in its sentence. */
  another?: boolean;
  /** Told as the deed before or after another of its sentence ("met … before co-chairing the summit"). */
  nextDeed?: boolean;
  /** Told in a clause set apart in time ("…, their second meeting after Kishida's visit to New Delhi"). */
  offsetEvent?: boolean;
  /** Told at a stated distance in time from its sentence's event ("ten days after the two met"). */
  farApart?: boolean;
}

/** What a claim made from a sentence pattern (not a trigger's own arguments) must say; the rest defaults. */
export type MadeDraftFields = Pick<
  ClaimDraft,
  "kind" | "sentence" | "block" | "trigger" | "participants" | "modality" | "confidence" | "evidence"
> &
  Partial<ClaimDraft>;

/**
 * A noun-form draft made by an article-level pass ("The talks at …", "the next round"): no attribution,
 * ordinal, duration or place unless given.
 *
 * @example
 * madeDraft({ kind: "talks", sentence: 3, block: 2, trigger, participants, modality: "occurred", confidence: 0.6, evidence });
 */
export function madeDraft(fields: MadeDraftFields): ClaimDraft {
  return {
    form: "noun",
    heading: -1,
    location: null,
    locationFromSentence: false,
    date: null,
    weekday: null,
    weekdayText: null,
    duration: null,
    ordinal: null,
    attribution: null,
    attributionSpan: null,
    sayerIsParticipant: false,
    modalityCued: false,
    ...fields,
  };
}
