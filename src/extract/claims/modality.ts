/**
 * Modality of one claim from the words of its clause: denied, hypothetical, planned or occurred
 * ("unconfirmed" needs the following sentences and is decided when claims are assembled).
 */
import type { Sentence } from "../../schema/document.js";
import type { Modality } from "../../schema/primitives.js";
import { CONDITIONAL_CUES, DENIAL_CUES, HYPOTHETICAL_CUES, PLANNED_CUES } from "./lexicon.js";
import type { ClaimDraft, TextRange } from "./types.js";

const INTENT_BEFORE_INFINITIVE =
  /\b(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|ready|willing|open|offered|offers|proposed|proposes|seeks?|sought|trying|tried|would like|invited|asked|urged|keen|eager|prepared)\s+to\s+(?:(?:host|hold|arrange|organi[sz]e|broker|convene|facilitate|set up|mediate)\s+(?:a|an|the|another|new)?\s*(?:[\w-]+\s+){0,2})?$/i;
const PLAN_BEFORE_INFINITIVE =
  /\b(?:set|expected|scheduled|due|plans?|planned|planning|going|agreed|agrees|is|are|was|were)\s+to\s+$/i;
/** "Yellen said she hoped He would visit Washington": someone else's trip wished for. */
const HOPED_WOULD_BEFORE =
  /\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?)\s+(?:that\s+)?(?:[\p{L}’'.-]+\s+){1,4}(?:would|will|could|can)\s+$/iu;
/** "had requested a courtesy call on", "sought a meeting with", "proposed a summit": an event asked for. */
const REQUESTED_BEFORE =
  /\b(?:requested|requests|request|sought|seeks|seek|asked for|proposed|proposes|propose|called for|calls for)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "… is possible", "remains unlikely", "is not ruled out": the event told as a possibility after its trigger. */
const POSSIBLE_AFTER =
  /^[^.;]{0,100}?\b(?:is|was|would be|remains|remained|seems|seemed|looks|looked)\s+(?:still\s+|now\s+|only\s+|quite\s+|also\s+)?["“'‘]?(?:possible|conceivable|unlikely|uncertain|in doubt|not ruled out|on the table)\b/i;
/** How far past its trigger a "had not met" still speaks of the event (a denial such as "no such call took place" reaches further). */
const DENIAL_REACH = 80;
const UNMET = /\b(?:not|never)\s+met\b/i;
/** "was unable to land in", "could not travel to", "was barred from entering": the event did not take place. */
const PREVENTED_BEFORE =
  /\b(?:unable to|could not|couldn['’]t|cannot|can['’]t|failed to|not (?:allowed|permitted) to|barred from|prevented from)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "not expected to hold another …", "there are no plans for the two to meet": a plan said not to exist. */
const NEGATED_PLAN_BEFORE =
  /\b(?:(?:not|never|no longer)\s+(?:be\s+)?(?:expected|scheduled|due|set|planned|planning|going|likely)|no\s+plans?(?:\s+for\s+(?:[\w-]+\s+){1,4})?)\s+to\s+(?:[\w-]+\s+){0,5}$/i;
const ACCEPTED_INVITATION =
  /\baccept(?:ed|s|ing)?\s+(?:an?|the|his|her|their|its|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s)\s+(?:[\p{L}-]+\s+)?invitation\b[^.;]{0,80}$/iu;
/** The word both acceptance patterns need: a literal test that spares their slower scan on most clauses. */
const ACCEPT_WORD = /accept/i;
/** "X invited Y to visit …, and Y accepted the invitation": the acceptance told after the trigger. */
const INVITATION_ACCEPTED_AFTER = /\baccept(?:ed|s)\s+(?:the|this|that|his|her|their|its)\s+invitation\b/i;
const SUBORDINATE_AFTER =
  /,?\s+(?:(?:a|one|two|three|several|\d+)\s+(?:day|days|hours?|weeks?)\s+)?(?:before|after|until|while|as|since)\s+(?:the\s+)?(?:new\s+)?\p{Ll}|,?\s+and\s+(?:also\s+)?(?:agreed|pledged|promised|decided|vowed|resolved|undertook)\s+to\b/u;
/**
 * "… held a telephone conversation in which they agreed to …", "… ahead of the summit, which is scheduled for
 * Dec. 7": a relative clause tells of something else than the event, unless it opens right on the trigger noun
 * ("the meeting, which is scheduled for Monday").
 */
const RELATIVE_AFTER = /(?:,\s*|\s+)(?:in|at|during|after)\s+which\b|,\s+which\b/;
/** How far after the trigger a ", which" must open to be about something else than the event. */
const OWN_RELATIVE_REACH = 12;

function relativeClauseAfter(after: string): RegExpExecArray | null {
  const match = RELATIVE_AFTER.exec(after);
  if (match === null) return null;
  return /^\s*(?:in|at|during|after)\b/.test(match[0].replace(/^,/, "")) || match.index > OWN_RELATIVE_REACH
    ? match
    : null;
}

/** ", saying …", "… and that …": a new statement after a denial, whose events the denial does not deny. */
const DENIAL_COMPLEMENT_ENDS = /,\s+(?:saying|adding|insisting|arguing|explaining)\b|\band\s+that\b/i;

/** "agreed to a truce when they met": a verb told done in a when-clause has the cues of that clause only. */
function ownClauseBefore(before: string): string {
  const opener = /\b(?:when|while|after|as|because)\s(?![\s\S]*\b(?:when|while|after|as|because)\s)/i.exec(
    before,
  );
  return opener ? before.slice(opener.index) : before;
}

/** A trigger that opens on a verb in the simple past: "met", "held talks", "spoke by phone", "visited". */
const PAST_TRIGGER =
  /^(?:met|held|had|spoke|talked|visited|toured|hosted|received|welcomed|conferred|dined|travell?ed|flew|came|went|arrived|landed|phoned|telephoned|called|rang|sat|joined|greeted|co-chaired|chaired|attended)\b/i;

/** "if", "unless", "whether" anywhere in the clause make it conditional. */
const CONDITION_WORDS = /\b(?:if|unless)\b/;
/** "asked whether X would meet Y": a question before the trigger; after it ("a test of whether …") it is another's. */
const WHETHER = /\bwhether\b/;
/** ", whom he is due to ", ", who will ": a relative clause opening before the trigger, in its clause. */
const RELATIVE_OPENS_BEFORE = /,\s*(?:who|whom)\s[^,;:]*$/i;
/** A sentence (or the quotation it opens with) that opens on a condition: the condition and what hangs on it. */
const CONDITION_OPENS = /^\s*["“]?\s*(?:if|unless|provided)\s[^.;:!?]*$/i;
/**
 * "would have met" before the trigger is a counterfactual ("would have to be dismantled" is an obligation);
 * after it, the words describe the event ("a visit that would have been unthinkable months ago").
 */
const COUNTERFACTUAL_BEFORE = /\bwould have(?! to\b)\b/;
/**
 * "lasted longer than scheduled", "went ahead as planned": a plan measured against what happened; "the meeting is
 * expected to last about an hour": a plan for its length, told of a meeting that may be under way.
 */
const MEASURED_PLAN =
  /\b(?:than|as)\s+(?:originally\s+)?(?:scheduled|planned|expected)\b|\b(?:expected|scheduled|due|set|planned)\s+to\s+(?:last|run)\b/gi;
const HEADLINE_INFINITIVE = /[\p{L}’'.]\s+to\s+$/u;

const UNABLE_TO_CONFIRM = /\b(?:could|can|would)\s*not\s+(?:independently\s+)?(?:confirm|verify)\b/gi;

const MONTH_MAY = /\bMay\b(?=\s+\d)/g;
const MARKED_MAY = /\bMAY\b/g;

/** Lower-cases the first letter so that sentence-initial "Will"/"May" read as words, leaving "May" the month mid-sentence. */
function casedForCues(text: string): string {
  return text.includes("May") ? text.replace(MONTH_MAY, "MAY") : text;
}

/** The text without the month "May" that {@link casedForCues} marked (nor any other "MAY"). */
function withoutMarkedMay(text: string): string {
  return text.includes("MAY") ? text.replace(MARKED_MAY, "") : text;
}

function acceptsInvitationBefore(text: string): boolean {
  return ACCEPT_WORD.test(text) && ACCEPTED_INVITATION.test(text);
}

function acceptsInvitationAfter(text: string): boolean {
  return ACCEPT_WORD.test(text) && INVITATION_ACCEPTED_AFTER.test(text);
}

const WHITESPACE = /\s/;

/**
 * Whether `text[start, end)` ends as a sentence does: a full stop, question or exclamation mark, maybe a closing
 * quote after it, then only white space (what `/[.!?]["”’]?\s*$/` tests, read from the end rather than scanned).
 */
function endsLikeSentence(text: string, start: number, end: number): boolean {
  let at = end;
  while (at > start && WHITESPACE.test(text[at - 1] as string)) at--;
  if (at > start && '"”’'.includes(text[at - 1] as string)) at--;
  return at > start && ".!?".includes(text[at - 1] as string);
}

/** "after a meeting", "following their talks", "on his first visit to …": a noun phrase that presupposes the event happened. */
const HAPPENED_BEFORE_NOUN =
  /\b(?:after|following)\s+(?:a|an|the|their|his|her|two|three|four|five|several)?\s*(?:[\w-]+\s+){0,2}$|\b(?:on|during)\s+(?:his|her|their)\s+(?!(?:[\w-]+\s+)?(?:upcoming|planned|next|forthcoming|expected|proposed|possible)\b)(?:[\w-]+\s+){0,2}$/i;

export function modalityOf(
  text: string,
  clause: TextRange | { from: number; to: number },
  hit: TextRange,
  sentence: Sentence,
  draft: ClaimDraft,
): { modality: Modality | "skip"; cued: boolean } {
  const clauseFrom = "from" in clause ? clause.from : clause.start;
  // "ready to discuss it with Y, whom he is due to meet on Feb. 10": a relative clause has its own modality.
  const relative = RELATIVE_OPENS_BEFORE.exec(text.slice(clauseFrom, hit.start));
  const from = relative ? clauseFrom + relative.index : clauseFrom;
  const to = "to" in clause ? clause.to : clause.end;
  const clauseText = casedForCues(text.slice(from, to));
  const beforeTrigger = text.slice(Math.max(from, hit.start - 40), hit.start);
  // "… for the 11th session of the commission, a forum set up in 1999 but which had not met since 2021": a denial
  // far past the trigger is about something else than the event.
  const denial = DENIAL_CUES.exec(clauseText);
  const denialEnd = denial ? from + denial.index + denial[0].length : 0;
  // "denied that any meeting had taken place, saying … what occurred was an encounter during a meeting with X":
  // the denial's own complement ends where the saying of something else begins.
  const deniesOther =
    denial !== null &&
    denialEnd <= hit.start &&
    DENIAL_COMPLEMENT_ENDS.test(text.slice(denialEnd, hit.start));
  if (denial && !deniesOther && !(from + denial.index > hit.end + DENIAL_REACH && UNMET.test(denial[0])))
    return { modality: "denied", cued: true };
  // An accepted invitation is a commitment: planned, unlike an invitation merely extended.
  if (
    acceptsInvitationBefore(text.slice(Math.max(from, hit.start - 120), hit.start)) ||
    acceptsInvitationAfter(text.slice(hit.end, sentence.end))
  )
    return { modality: "planned", cued: true };
  // "he was unable to land in the Dominican Republic": an event that could not happen is no claim.
  if (PREVENTED_BEFORE.test(beforeTrigger)) return { modality: "skip", cued: true };
  // "the two are not expected to hold another bilateral meeting": an event nobody plans is no claim.
  if (NEGATED_PLAN_BEFORE.test(text.slice(Math.max(from, hit.start - 90), hit.start)))
    return { modality: "skip", cued: true };
  if (
    INTENT_BEFORE_INFINITIVE.test(beforeTrigger) ||
    HOPED_WOULD_BEFORE.test(beforeTrigger) ||
    REQUESTED_BEFORE.test(beforeTrigger)
  )
    return { modality: "hypothetical", cued: true };
  // "a meeting between X and Y is possible, but only once …": an event the clause calls possible.
  if (POSSIBLE_AFTER.test(text.slice(hit.end, to))) return { modality: "hypothetical", cued: true };
  // "… said they could see a pathway after a meeting on Thursday": an event named after "after"/"following"
  // happened, whatever verb the sentence's modal governs.
  if (
    (draft.form === "noun" || draft.form === "travel-noun") &&
    HAPPENED_BEFORE_NOUN.test(beforeTrigger) &&
    !PLANNED_CUES.test(text.slice(hit.end, to))
  )
    return { modality: "occurred", cued: false };
  // "if"/"unless" make the whole clause conditional; "could"/"might" only the verb they come before
  // ("met on Monday but could not agree" is a meeting that happened).
  // "TASS could not confirm reports that X met Y": the "could" is the reporter's, not the event's.
  const casedBefore = casedForCues(text.slice(from, hit.start)).replace(UNABLE_TO_CONFIRM, "");
  if (
    CONDITIONAL_CUES.test(withoutMarkedMay(casedBefore)) ||
    COUNTERFACTUAL_BEFORE.test(casedBefore) ||
    CONDITION_WORDS.test(clauseText) ||
    WHETHER.test(casedBefore) ||
    // '"If X asks for a meeting …, the President will meet him," Y said': the condition opens the sentence.
    CONDITION_OPENS.test(text.slice(sentence.start, hit.start))
  )
    return { modality: "hypothetical", cued: true };
  const hypothetical = HYPOTHETICAL_CUES.exec(casedBefore);
  if (hypothetical && !/^(?:possible|potential|potentially|possibly)$/i.test(hypothetical[0]))
    return { modality: "hypothetical", cued: true };
  if (hypothetical && /\b(?:possible|potential)\s+(?:[a-z-]+\s+)?$/i.test(beforeTrigger))
    return { modality: "hypothetical", cued: true };
  // "… on Thursday, a day before tariffs were due to take effect": a later subordinate clause has its own subject.
  const after = text.slice(hit.end, to);
  const subordinate = SUBORDINATE_AFTER.exec(after) ?? relativeClauseAfter(after);
  const planText = subordinate ? casedForCues(text.slice(from, hit.end + subordinate.index)) : clauseText;
  // "lasted longer than scheduled", "went ahead as planned": a plan measured against what happened. A trigger
  // verb in the past tense ("held a call to finalise the declaration the leaders are due to sign") is told as
  // done: only a plan cue before it ("is due to meet") makes it a plan.
  const toldAsDone = PAST_TRIGGER.test(text.slice(hit.start, hit.end));
  const planCued = toldAsDone
    ? PLANNED_CUES.test(ownClauseBefore(casedForCues(text.slice(from, hit.start))).replace(MEASURED_PLAN, ""))
    : PLANNED_CUES.test(planText.replace(MEASURED_PLAN, ""));
  if (PLAN_BEFORE_INFINITIVE.test(beforeTrigger) || planCued) return { modality: "planned", cued: true };
  if (
    !endsLikeSentence(text, sentence.start, sentence.end) &&
    HEADLINE_INFINITIVE.test(beforeTrigger) &&
    !/\b(?:in order|so as|came|went|travell?ed|flew|arrived)\s+to\s+$/i.test(beforeTrigger)
  )
    return { modality: "planned", cued: true };
  void draft;
  return { modality: "occurred", cued: false };
}
