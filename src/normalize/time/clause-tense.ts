/** The grammatical time of a clause, as far as cheap surface cues can tell. */
export type ClauseTense = "past" | "future" | "present";

/** Characters that end a clause for the purpose of tense: sentence ends (. ! ?), semicolons, line breaks. */
const isClauseEnd = (code: number): boolean =>
  code === 46 || code === 33 || code === 63 || code === 59 || code === 10;
/** How far either side of the index cues are looked for. */
const WINDOW = 160;

// Order matters only for readability; the nearest cue to the index wins.
const FUTURE_CUE =
  /\b(?:will|won't|wo n't|shall|'ll|going to|gonna|(?:is|are|was|were|been|be) (?:due|set|expected|scheduled|slated|supposed|meant|poised|going|likely|about) to|set to|due to|(?:hope|hopes|hoped|hoping|want|wants|wanted|intended|aimed|was|were|is|are) to(?= [a-z])|expected to|scheduled|planned|planning|plans? to|intends? to|aims? to|is to|are to|to be held|to meet|to visit|to travel|to hold|to take place|upcoming|forthcoming|would|should|could|might|must|may be|may not|may soon|may also)\b|’ll\b/gi;
const PAST_CUE =
  /\b(?:was|were|had|did|didn't|said|told|met|held|spoke|came|went|took|gave|saw|made|began|ended|left|ago|previously|been|wrote|found|became|paid|ran|won|lost|brought|thought|got|sent|sought|struck|fell|rose|hit|led|kept|felt|stood|sat|flew|broke|chose|drove|fought|grew|knew|meant|read|sold|spent|told|tried|[a-z]{2,}ed)\b/gi;
const PRESENT_CUE = /\b(?:is|are|am|says|say|has|have|does|do|meets|holds|visits|remains|continues|now)\b/gi;

/** All cues in one pass: group 1 future, group 2 past, group 3 present (future first so "is to" beats "is"). */
const CUE = new RegExp(`(${FUTURE_CUE.source})|(${PAST_CUE.source})|(${PRESENT_CUE.source})`, "gi");

/** -ed words that announce a plan rather than report a past event. */
const FUTURE_ED = /^(?:expected|scheduled|planned|slated|proposed|intended|supposed)$/i;

/** Verbs of saying (and auxiliaries before them) date the report, not the event: used only when nothing else is there. */
const REPORTING =
  /^(?:said|says|say|told|tells|tell|added|adds|announced|announces|reported|reports|stated|states|noted|notes|confirmed|confirms|wrote|writes)$/i;
const AUXILIARY_BEFORE_REPORTING =
  /^\s+(?:also\s+)?(?:said|told|announced|reported|stated|noted|confirmed|added)\b/i;

interface Cue {
  tense: ClauseTense;
  distance: number;
  weak: boolean;
}

function isCloser(cue: Cue, best: Cue | null): boolean {
  if (best === null) return true;
  if (cue.weak !== best.weak) return !cue.weak;
  return cue.distance < best.distance;
}

function nearestCue(segment: string, segmentStart: number, index: number): Cue | null {
  let best: Cue | null = null;
  for (const m of segment.matchAll(CUE)) {
    const word = m[0];
    const at = segmentStart + m.index;
    const distance = at < index ? index - (at + word.length) : at - index;
    // A strong cue at least as close is already there: this one cannot win, weak or not.
    if (best !== null && !best.weak && distance >= best.distance) continue;
    let tense: ClauseTense = m[1] !== undefined ? "future" : m[2] !== undefined ? "past" : "present";
    if (tense === "past" && FUTURE_ED.test(word)) tense = "future";
    const after = segment.slice(m.index + word.length, m.index + word.length + 20);
    // "said Friday", "announced on Friday": a verb of saying right next to the time does date it.
    const adjacent = at < index && distance <= 4;
    const weak = !adjacent && (REPORTING.test(word) || AUXILIARY_BEFORE_REPORTING.test(after));
    const cue = { tense, distance, weak };
    if (isCloser(cue, best)) best = cue;
  }
  return best;
}

/** The deciding cue of the clause around `index`, or null (see {@link clauseTense}). */
export function clauseCue(text: string, index: number): { tense: ClauseTense; weak: boolean } | null {
  if (index < 0 || index > text.length) return null;
  let from = Math.max(0, index - WINDOW);
  for (let i = index - 1; i >= from; i--) {
    if (isClauseEnd(text.charCodeAt(i)) && !isAbbreviationDot(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, index + WINDOW);
  for (let i = index; i < to; i++) {
    if (isClauseEnd(text.charCodeAt(i)) && !isAbbreviationDot(text, i)) {
      to = i;
      break;
    }
  }
  const segment = text.slice(from, to);
  const best = nearestCue(segment, from, index);
  return best && { tense: best.tense, weak: best.weak };
}

/**
 * The tense of the clause around `index` in `text`: the nearest future, past or present cue
 * (modal "will", "set to", "expected to", "to meet" …; past forms such as "said", "met", "-ed" verbs;
 * "is", "are", "says" …) within the same sentence. Null when the clause has no cue.
 *
 * @example
 * clauseTense("Putin will meet Witkoff on Tuesday.", 28) // "future"
 * clauseTense("The two men met on Tuesday.", 18) // "past"
 */
export function clauseTense(text: string, index: number): ClauseTense | null {
  return clauseCue(text, index)?.tense ?? null;
}

/** A full stop after a short capitalised abbreviation ("Dec.", "Feb.", "Mr.", "U.S.") does not end a clause. */
function isAbbreviationDot(text: string, i: number): boolean {
  if (text.charAt(i) !== ".") return false;
  const before = /([A-Za-z]{1,4})$/.exec(text.slice(Math.max(0, i - 5), i));
  if (!before?.[1])
    return /\d$/.test(text.slice(Math.max(0, i - 1), i)) && /^\d/.test(text.slice(i + 1, i + 2));
  const word = before[1];
  // "K.P. Sharma Oli", "J. D. Vance": an initial's dot ends no clause.
  if (/^[A-Z]$/.test(word) && !/[A-Za-z]/.test(text.charAt(i - 2))) return true;
  return /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|U|S|No|vs)$/.test(
    word,
  );
}
