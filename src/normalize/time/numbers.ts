/** Reading amounts written as digits or English number words. */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  "a dozen": 12,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
  "a hundred": 100,
  "one hundred": 100,
  "a thousand": 1000,
  "a half": 0.5,
  half: 0.5,
};

/** Words that name an amount without saying it ("several hours"): the value becomes `X`. */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set([
  "few",
  "a few",
  "several",
  "many",
  "some",
  "the few",
  "numerous",
]);

/** Alternation matching number words (longest first) for use inside larger patterns. */
export const NUMBER_WORD_PATTERN =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|couple of|a dozen|a hundred|one hundred|a thousand|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|single|an|a)";

/** Digits with an optional decimal part, a ½ or a typed "1/2" ("1 1/2 hours"). */
export const DIGIT_AMOUNT_PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+[\\s-]1/2(?!\\d)|\\d+(?:\\.\\d+)?\\s?½?|½)";

/**
 * The number an amount expression stands for, or null when it is vague ("several") or unreadable.
 *
 * @example
 * parseAmount("twenty-four") // 24
 * parseAmount("2½") // 2.5
 */
export function parseAmount(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (s === "") return null;
  const typedHalf = /^(\d+)[ -]1\/2$/.exec(s);
  if (typedHalf) return Number(typedHalf[1]) + 0.5;
  if (/^[\d.,]*\s?½?$/.test(s)) {
    const half = s.includes("½") ? 0.5 : 0;
    const digits = s.replace("½", "").replace(/,/g, "").trim();
    if (digits === "") return half || null;
    const n = Number(digits);
    return Number.isFinite(n) ? n + half : null;
  }
  const direct = UNITS[s];
  if (direct !== undefined) return direct;
  const compound =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(
      s,
    );
  if (compound?.[1] && compound[2]) return (UNITS[compound[1]] ?? 0) + (UNITS[compound[2]] ?? 0);
  return null;
}
