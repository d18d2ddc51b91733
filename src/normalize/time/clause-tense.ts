/** The grammatical time of a clause, as far as cheap surface cues can tell. */
export type ClauseTense = "past" | "future" | "present";

/** Characters that end a clause for the purpose of tense: sentence ends (. ! ?), semicolons, line breaks. */
const isClauseEnd = (code: number): boolean =>
  code === 46 || code === 33 || code === 63 || code === 59 || code === 10;
/** How far either side of the index cues are looked for. */
const WINDOW = 160;

// The alternatives of each pattern, tried in this order where a cue starts (the first that matches wins);
// which of a clause's cues decides is the nearest one to the index.
const FUTURE_CUES: readonly string[] = [
  "will",
  "won't",
  "wo n't",
  "shall",
  "'ll",
  "going to",
  "gonna",
  "(?:is|are|was|were|been|be) (?:due|set|expected|scheduled|slated|supposed|meant|poised|going|likely|about) to",
  "set to",
  "due to",
  "(?:hope|hopes|hoped|hoping|want|wants|wanted|intended|aimed|was|were|is|are) to(?= [a-z])",
  "expected to",
  "scheduled",
  "planned",
  "planning",
  "plans? to",
  "intends? to",
  "aims? to",
  "is to",
  "are to",
  "to be held",
  "to meet",
  "to visit",
  "to travel",
  "to hold",
  "to take place",
  "to brief",
  // "Kerry flies to Jerusalem on Sunday": the simple present of a journey is its timetable.
  "flies to",
  "travels to",
  "heads to",
  "leaves for",
  "departs for",
  "upcoming",
  "forthcoming",
  "would",
  "should",
  "could",
  "might",
  "must",
  "may be",
  "may not",
  "may soon",
  "may also",
];
const PAST_CUES: readonly string[] = [
  ...`was were had did didn't said told met held spoke came went took gave saw made began ended left ago
    previously been wrote found became paid ran won lost brought thought got sent sought struck fell rose hit
    led kept felt stood sat flew broke chose drove fought grew knew meant read sold spent told tried`.split(
    /\s+/,
  ),
  "[a-z]{2,}ed",
];
const PRESENT_CUES: readonly string[] =
  "is are am says say has have does do meets holds visits remains continues now".split(" ");

const FUTURE_CUE = `\\b(?:${FUTURE_CUES.join("|")})\\b|’ll\\b`;
const PAST_CUE = `\\b(?:${PAST_CUES.join("|")})\\b`;
const PRESENT_CUE = `\\b(?:${PRESENT_CUES.join("|")})\\b`;

/**
 * All cues in one pass: group 1 future, group 2 past, group 3 present (future first so "is to" beats "is").
 * The reference for {@link cueMatches}, which finds the same matches faster.
 */
export const CUE: RegExp = new RegExp(`(${FUTURE_CUE})|(${PAST_CUE})|(${PRESENT_CUE})`, "gi");
/** {@link CUE} tried at one position only. */
const CUE_AT = new RegExp(CUE.source, "iy");

/**
 * The words (lower case) the cues can open with: the leading letters of each alternative, or of each
 * word of a leading group ("(?:is|are) …"), with and without a final letter marked optional ("plans? to").
 * The "-ed" alternative and the apostrophe ones ("'ll") open with no listed word.
 */
function openingWords(alternative: string): string[] {
  if (alternative.startsWith("(?:")) return alternative.slice(3, alternative.indexOf(")")).split("|");
  const word = /^[a-z]*/.exec(alternative)?.[0] ?? "";
  return alternative[word.length] === "?" ? [word.slice(0, -1), word] : [word];
}

const OPENING_WORDS: ReadonlySet<string> = new Set(
  [...FUTURE_CUES, ...PAST_CUES, ...PRESENT_CUES].flatMap(openingWords).filter((word) => word !== ""),
);
const MAX_OPENING_LENGTH = Math.max(...[...OPENING_WORDS].map((word) => word.length));

const lowerCode = (code: number): number => code | 32;
/** (first letter, last letter, length) of a word, lower-cased: a test before slicing the word out. */
const shapeKey = (first: number, last: number, length: number): number =>
  ((lowerCode(first) & 31) * 32 + (lowerCode(last) & 31)) * (MAX_OPENING_LENGTH + 1) + length;
const OPENING_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array(32 * 32 * (MAX_OPENING_LENGTH + 1));
  for (const word of OPENING_WORDS)
    shapes[shapeKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  return shapes;
})();

/** Whether a UTF-16 unit is a word character as `\b` reads it without the `u` flag: [A-Za-z0-9_]. */
const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_D = 100;
const LOWER_E = 101;

/** Whether the word `clause.slice(start, end)` can open a cue: a listed opening word, or one ending in "ed". */
function mayOpenCue(clause: string, start: number, end: number): boolean {
  const length = end - start;
  const last = clause.charCodeAt(end - 1);
  if (length >= 4 && lowerCode(last) === LOWER_D && lowerCode(clause.charCodeAt(end - 2)) === LOWER_E)
    return true;
  if (length > MAX_OPENING_LENGTH) return false;
  if (OPENING_SHAPES[shapeKey(clause.charCodeAt(start), last, length)] !== 1) return false;
  return OPENING_WORDS.has(clause.slice(start, end).toLowerCase());
}

/**
 * The matches of {@link CUE} in `clause`, the same as `clause.matchAll(CUE)` gives: a cue can start only
 * where a word opens that can open one, or at an apostrophe ("they'll", "we’ll"), so the pattern (whose
 * many alternatives are what costs) is tried only there.
 */
export function cueMatches(clause: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const length = clause.length;
  let at = 0;
  while (at < length) {
    const code = clause.charCodeAt(at);
    let next = at + 1;
    let tried = false;
    if (isWordCode(code)) {
      // `at` opens a word (a match never ends inside one): no cue starts inside it.
      while (next < length && isWordCode(clause.charCodeAt(next))) next++;
      tried = mayOpenCue(clause, at, next);
    } else {
      tried =
        code === RIGHT_QUOTE || (code === APOSTROPHE && at > 0 && isWordCode(clause.charCodeAt(at - 1)));
    }
    if (tried) {
      CUE_AT.lastIndex = at;
      const match = CUE_AT.exec(clause);
      if (match) {
        found.push(match);
        next = at + match[0].length;
      }
    }
    at = next;
  }
  return found;
}

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

/** A tense cue of a clause, with what does not depend on where the expression stands. */
interface ClauseCueWord {
  /** Offset in the whole text. */
  readonly at: number;
  readonly word: string;
  readonly tense: ClauseTense;
  /** Where its clause ends: what follows the cue is read up to there. */
  readonly clauseEnd: number;
  /** A verb of saying (or an auxiliary before one); worked out only when the cue could win. */
  reporting?: boolean;
}

/**
 * The cues of each clause already read, by clause bounds: the expressions of one clause share them.
 * Made by the caller for one text (see {@link clauseCue}).
 */
export type ClauseCueMemo = Map<number, ClauseCueWord[]>;

function isCloser(cue: Cue, best: Cue | null): boolean {
  if (best === null) return true;
  if (cue.weak !== best.weak) return !cue.weak;
  return cue.distance < best.distance;
}

/** Every cue of the clause `text.slice(from, to)`, in order. */
function cueWords(text: string, from: number, to: number): ClauseCueWord[] {
  const words: ClauseCueWord[] = [];
  for (const m of cueMatches(text.slice(from, to))) {
    const word = m[0];
    let tense: ClauseTense = m[1] !== undefined ? "future" : m[2] !== undefined ? "past" : "present";
    if (tense === "past" && FUTURE_ED.test(word)) tense = "future";
    words.push({ at: from + m.index, word, tense, clauseEnd: to });
  }
  return words;
}

function isReporting(text: string, cue: ClauseCueWord): boolean {
  const afterStart = cue.at + cue.word.length;
  const after = text.slice(afterStart, Math.min(cue.clauseEnd, afterStart + 20));
  return REPORTING.test(cue.word) || AUXILIARY_BEFORE_REPORTING.test(after);
}

/** A verb of saying between a time and a cue after it: the cue is the reported speech's. */
const REPORTED_BETWEEN = /\b(?:said|says|told|tells|saying|telling|assured|warned|promised|adding)\b/i;
/** A relative or complement clause opening between a time and a cue after it. */
const RELATIVE_BETWEEN = /\b(?:that|which|who|whom|whose)\b/i;

function nearestCue(text: string, words: readonly ClauseCueWord[], index: number): Cue | null {
  let best: Cue | null = null;
  for (const word of words) {
    const { at, tense } = word;
    const distance = at < index ? index - (at + word.word.length) : at - index;
    // A strong cue at least as close is already there: this one cannot win, weak or not.
    if (best !== null && !best.weak && distance >= best.distance) continue;
    // "said Friday", "announced on Friday": a verb of saying right next to the time does date it.
    const adjacent = at < index && distance <= 4;
    word.reporting ??= isReporting(text, word);
    // "met on Tuesday for a visit that both sides said would open …": a cue in a clause the time's clause governs.
    // "received him on Friday and told him China would …": a cue in what is reported after the time.
    const governed =
      at > index &&
      (RELATIVE_BETWEEN.test(text.slice(index, at)) || REPORTED_BETWEEN.test(text.slice(index, at)));
    const cue = { tense, distance, weak: (!adjacent && word.reporting) || governed };
    if (isCloser(cue, best)) best = cue;
  }
  return best;
}

/**
 * The deciding cue of the clause around `index`, or null (see {@link clauseTense}). Pass the same
 * `memo` for every call on one text to read each clause's cues once.
 */
export function clauseCue(
  text: string,
  index: number,
  memo?: ClauseCueMemo,
): { tense: ClauseTense; weak: boolean } | null {
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
  const key = from * (text.length + 1) + to;
  let words = memo?.get(key);
  if (words === undefined) {
    words = cueWords(text, from, to);
    memo?.set(key, words);
  }
  const best = nearestCue(text, words, index);
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
