/** Characters that are syntax in a pattern unless escaped; escaped, they stand for themselves. */
const SYNTAX = new Set("^$\\.*+?()[]{}|/-");

/** Index just past the character class opening at `start`. */
function skipClass(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === "\\") index++;
    else if (source[index] === "]") return index + 1;
  }
  return source.length;
}

/** Index just past the group opening at `start` (escapes and classes inside it respected). */
function skipGroup(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (char === "[") index = skipClass(source, index) - 1;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return index + 1;
  }
  return source.length;
}

/** Index just past a non-literal escape whose letter is at `at`: its payload (`\p{…}`, `\u0041`, `\k<…>`, `\12`) too. */
function skipEscape(source: string, at: number): number {
  const letter = source[at] ?? "";
  const after = at + 1;
  const closeAt = (close: string): number => source.indexOf(close, after) + 1 || source.length;
  if (letter === "p" || letter === "P") return closeAt("}");
  if (letter === "k") return closeAt(">");
  if (letter === "u") return source[after] === "{" ? closeAt("}") : after + 4;
  if (letter === "x") return after + 2;
  if (letter === "c") return after + 1;
  let index = after;
  if (letter >= "0" && letter <= "9") while (source[index]! >= "0" && source[index]! <= "9") index++;
  return index;
}

function isQuantifier(char: string): boolean {
  return char === "*" || char === "+" || char === "?" || char === "{";
}

/**
 * The runs of plain characters that every match of a pattern contains, read from the pattern's source:
 * literal characters at the top level, outside groups and classes and not under a quantifier. Empty
 * when there are none, when the pattern has a top-level alternative (`a|b`), or when it is not in `u`
 * mode (whose strict syntax this reading relies on). Lets a caller skip a costly pattern on a text that
 * lacks one of them (a cheap `includes`) — a prefilter that never rejects a text the pattern matches.
 *
 * @example
 * requiredLiterals(/(?:^|\n)[^\n()]{2,80}?\(Reuters\)\s*-/u); // ["(Reuters)", "-"]
 */
export function requiredLiterals(regex: RegExp): string[] {
  if (!regex.unicode || regex.flags.includes("v")) return [];
  const source = regex.source;
  const runs: string[] = [];
  let run = "";
  const endRun = (): void => {
    if (run !== "" && !runs.includes(run)) runs.push(run);
    run = "";
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === "|") return [];
    if (isQuantifier(char)) {
      // The quantified atom is the run's last character (a group, class or escape has already ended the run).
      run = run.slice(0, -1);
      endRun();
      index = char === "{" ? source.indexOf("}", index) + 1 || source.length : index + 1;
    } else if (char === "(") {
      endRun();
      index = skipGroup(source, index);
    } else if (char === "[") {
      endRun();
      index = skipClass(source, index);
    } else if (char === "\\" && SYNTAX.has(source[index + 1] ?? "")) {
      run += source[index + 1];
      index += 2;
    } else if (char === "\\") {
      endRun();
      index = skipEscape(source, index + 1);
    } else {
      if (char === "." || char === "^" || char === "$") endRun();
      else run += char;
      index++;
    }
  }
  endRun();
  return runs;
}

/** The longest of {@link requiredLiterals}; empty when there is none. */
export function requiredLiteral(regex: RegExp): string {
  let best = "";
  for (const run of requiredLiterals(regex)) if (run.length > best.length) best = run;
  return best;
}

/** A pattern with the literals it requires, for cheap `includes` tests before the pattern runs. */
export interface FilteredPattern {
  readonly regex: RegExp;
  /** Lower case when the pattern ignores case; empty when the pattern requires no usable literal. */
  readonly needles: readonly string[];
}

/**
 * Pairs a pattern with its {@link requiredLiterals} (for a case-insensitive pattern only the ASCII ones:
 * `toLowerCase` does not mirror case folding beyond ASCII).
 */
export function withRequiredLiterals(regex: RegExp): FilteredPattern {
  const literals = requiredLiterals(regex);
  if (!regex.ignoreCase) return { regex, needles: literals };
  const ascii = literals.filter((literal) => /^[\x20-\x7e]*$/.test(literal));
  return { regex, needles: ascii.map((literal) => literal.toLowerCase()) };
}

/**
 * A text as case-insensitive patterns see ASCII letters: lower case, with the long s (which `u`-mode
 * case folding equates with "s") made an "s". Compute it once per text for {@link mayMatch}.
 */
export function foldedForFilter(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** False only when the text lacks a literal the pattern requires, so the pattern cannot match. */
export function mayMatch(pattern: FilteredPattern, text: string, folded: string): boolean {
  const searched = pattern.regex.ignoreCase ? folded : text;
  for (const needle of pattern.needles) if (!searched.includes(needle)) return false;
  return true;
}

/** True when the text holds every needle (case-sensitive); true for no needles. */
export function holdsAll(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!text.includes(needle)) return false;
  return true;
}

/** The {@link requiredLiterals} of a case-sensitive pattern; none for one that ignores case. */
export function caseSensitiveLiterals(regex: RegExp): string[] {
  return regex.ignoreCase ? [] : requiredLiterals(regex);
}
