import { GIVEN_NAMES } from "./data/given-names.js";
import { GROUP_LEADER_CUES, GROUP_NOUNS, HONORIFICS, ROLE_MODIFIERS, TITLE_HEADS } from "./data/titles.js";
import {
  CALENDAR_WORDS,
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  LOCATIVE_CUES,
  MOVEMENT_WORDS,
  NAME_JOINERS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANIZATION_WORDS,
  PERSON_CUES_BEFORE,
  PERSON_PRONOUNS,
  PERSON_VERBS_AFTER,
  SITE_WORDS,
} from "./data/words.js";

/** Bit flags: which closed word lists a lower-case word belongs to. */
export const W = {
  DEFINITE: 1 << 0,
  INDEFINITE: 1 << 1,
  PRONOUN: 1 << 2,
  GROUP_NOUN: 1 << 3,
  MODIFIER: 1 << 4,
  HONORIFIC: 1 << 5,
  NOT_NAME: 1 << 6,
  CALENDAR: 1 << 7,
  PARTICLE: 1 << 8,
  JOINER: 1 << 9,
  SITE: 1 << 10,
  ORGANIZATION: 1 << 11,
  VERB_AFTER: 1 << 12,
  CUE_BEFORE: 1 << 13,
  LOCATIVE: 1 << 14,
  MOVEMENT: 1 << 15,
  GIVEN_NAME: 1 << 16,
  GROUP_LEADER: 1 << 17,
  TITLE_FIRST: 1 << 18,
} as const;

function build(): ReadonlyMap<string, number> {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | flag);
  };
  mark(DEFINITE_DETERMINERS, W.DEFINITE);
  mark(INDEFINITE_DETERMINERS, W.INDEFINITE);
  mark(PERSON_PRONOUNS, W.PRONOUN);
  mark(GROUP_NOUNS, W.GROUP_NOUN);
  mark(ROLE_MODIFIERS, W.MODIFIER);
  mark(HONORIFICS, W.HONORIFIC);
  mark(NOT_NAME_WORDS, W.NOT_NAME);
  mark(CALENDAR_WORDS, W.CALENDAR);
  mark(NAME_PARTICLES, W.PARTICLE);
  mark(NAME_JOINERS, W.JOINER);
  mark(SITE_WORDS, W.SITE);
  mark(ORGANIZATION_WORDS, W.ORGANIZATION);
  mark(PERSON_VERBS_AFTER, W.VERB_AFTER);
  mark(PERSON_CUES_BEFORE, W.CUE_BEFORE);
  mark(LOCATIVE_CUES, W.LOCATIVE);
  mark(MOVEMENT_WORDS, W.MOVEMENT);
  mark(GIVEN_NAMES, W.GIVEN_NAME);
  mark(GROUP_LEADER_CUES, W.GROUP_LEADER);
  mark(
    Object.keys(TITLE_HEADS).map((phrase) => phrase.split(" ")[0] as string),
    W.TITLE_FIRST,
  );
  return classes;
}

/** Lower-case word → its class flags (an immutable constant built from the data lists). */
export const WORD_CLASSES: ReadonlyMap<string, number> = build();

/** The class flags of a lower-case word (0 when it is in no list). */
export function wordClasses(lower: string): number {
  return WORD_CLASSES.get(lower) ?? 0;
}
