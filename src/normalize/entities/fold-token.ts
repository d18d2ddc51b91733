const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const NOT_ALPHANUMERIC = /[^a-z0-9]/;
const NOT_ALPHANUMERIC_ALL = /[^a-z0-9]/g;

/** Letters that NFD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  ß: "ss",
  đ: "d",
  ı: "i",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ð: "d",
};
const SPECIAL_LETTER = /[łøßđıæœþð]/g;

const HARD_C = /c(?![eiy])/g;

/**
 * Spelling differences that transliterations of one name commonly show, inside the word. Together with
 * {@link foldEndings} they map Yuriy/Yury/Yuri → yury, Aleksandr/Alexander → alexandr, Witkoff/Witcoff →
 * witkov, Zelenskyy/Zelenskiy → zelensky, Sergei/Sergey → sergey, Mikhail/Mihail → mihayl.
 */
function foldInner(word: string): string {
  let key = word;
  if (key.includes("kh")) key = key.replaceAll("kh", "h");
  if (key.includes("ks")) key = key.replaceAll("ks", "x");
  if (key.includes("ck")) key = key.replaceAll("ck", "k");
  if (key.includes("c")) key = key.replace(HARD_C, "k");
  if (key.includes("ph")) key = key.replaceAll("ph", "f");
  if (key.includes("tch")) key = key.replaceAll("tch", "ch");
  return key;
}

/**
 * Ending and onset rewrites: Yevgeniya → evgeniya, -skiy/-skyy → -sky, Dmitri → dmitry, Sergei → sergey,
 * Berdimuhamedow/Witkoff → -ov.
 */
function foldEndings(word: string): string {
  let key = word;
  if (key.startsWith("ye")) key = `e${key.slice(2)}`;
  const lastTwo = key.slice(-2);
  if (lastTwo === "iy" || lastTwo === "yy" || lastTwo === "ij" || lastTwo === "ii" || lastTwo === "yi") {
    key = `${key.slice(0, -2)}y`;
  } else if (key.endsWith("i")) {
    key = `${key.slice(0, -1)}y`;
  }
  if (key.includes("ei")) key = key.replaceAll("ei", "ey");
  if (key.endsWith("ander")) key = `${key.slice(0, -5)}andr`;
  else if (key.endsWith("of") || key.endsWith("ow")) key = `${key.slice(0, -2)}ov`;
  return key;
}

function stripDiacritics(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c);
}

function collapseDoubles(word: string): string {
  let out = "";
  let previous = "";
  for (const char of word) {
    if (char !== previous) out += char;
    previous = char;
  }
  return out;
}

function hasDouble(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1)) return true;
  return false;
}

/**
 * Folds one word of a name to a key that transliteration and diacritic variants share.
 *
 * @example
 * foldNameToken("Yuriy") === foldNameToken("Yuri"); // true
 * foldNameToken("Erdoğan"); // "erdogan"
 */
export function foldNameToken(word: string): string {
  let key = stripDiacritics(word.toLowerCase());
  // "el-Sisi", "al-Sisi": one Arabic article, transliterated two ways (a hyphen may also split it off: "el").
  if (key === "el") return "al";
  if (key.startsWith("el-")) key = `al-${key.slice(3)}`;
  if (NOT_ALPHANUMERIC.test(key)) key = key.replace(NOT_ALPHANUMERIC_ALL, "");
  if (key.length < 3) return key;
  key = foldInner(key);
  if (hasDouble(key)) key = collapseDoubles(key);
  return foldEndings(key);
}
