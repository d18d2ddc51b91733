/** Whether a UTF-16 code unit is an ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Calls `visit(start, end)` for every maximal run of ASCII letters in `text`, in order: the cheap word
 * scan the keyword finders share ("Québec" gives "Qu" and "bec"; digits and punctuation separate words).
 *
 * @example
 * const words: string[] = [];
 * eachAsciiWord("met on 3 May", (start, end) => words.push("met on 3 May".slice(start, end)));
 * words; // ["met", "on", "May"]
 */
export function eachAsciiWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (ASCII_LETTERS[text.charCodeAt(at)] !== 1) {
      at++;
      continue;
    }
    const start = at;
    at++;
    while (at < length && ASCII_LETTERS[text.charCodeAt(at)] === 1) at++;
    visit(start, at);
  }
}

/** 1 at the UTF-16 units that are ASCII letters: one table read per character in the scan's tight loop. */
const ASCII_LETTERS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 128; code++) if (isAsciiLetter(code)) table[code] = 1;
  return table;
})();
