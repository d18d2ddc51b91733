const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

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

/**
 * Spelling differences that transliterations of one name commonly show, as ordered rewrites.
 * Each rule maps variants onto one spelling: Yuriy/Yury/Yuri → yury, Aleksandr/Alexander → alexandr,
 * Witkoff/Witcoff → witkof, Zelenskyy/Zelenskiy → zelensky, Sergei/Sergey → sergey.
 */
const TRANSLITERATION_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, "h"],
  [/ks/g, "x"],
  [/ck/g, "k"],
  [/c(?![eiy])/g, "k"],
  [/ph/g, "f"],
  [/tch/g, "ch"],
  [/([a-z])\1+/g, "$1"],
  [/^ye/, "e"],
  [/(?:iy|yy|ij|ii|yi)$/, "y"],
  [/i$/, "y"],
  [/ei/g, "ey"],
  [/ander$/, "andr"],
  [/of$/, "ov"],
];

function stripDiacritics(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * Folds one word of a name to a key that transliteration and diacritic variants share.
 *
 * @example
 * foldNameToken("Yuriy") === foldNameToken("Yuri"); // true
 * foldNameToken("Erdoğan"); // "erdogan"
 */
export function foldNameToken(word: string): string {
  let key = stripDiacritics(word.toLowerCase()).replace(NOT_ALPHANUMERIC, "");
  if (key.length < 3) return key;
  for (const [pattern, replacement] of TRANSLITERATION_RULES) key = key.replace(pattern, replacement);
  return key;
}
