import type { BlockKind } from "../../schema/document.js";

/**
 * Dateline shapes, as data. A pattern is tried at the start of a block near the top of an article;
 * its named group `date` holds the date text (`{date}`: a date with a year, `{anyDate}`: with or without),
 * and an optional group `wire` holds an agency credit. `{label}`, `{weekday}` and `{time}` are expanded
 * from the lists below.
 */
export interface DatelinePattern {
  readonly kind: BlockKind;
  readonly pattern: string;
  /** Regular-expression flags; `u` is always added. */
  readonly flags: string;
  /**
   * `line`: the whole block is the dateline, and at most `maxRest` characters may follow the match.
   * `prefix`: the match opens a paragraph ("MOSCOW, April 25 (Reuters) - …"); it is split off as its own block.
   */
  readonly shape: "line" | "prefix";
  readonly maxRest: number;
}

/** Words that introduce a date in a dateline ("Published:", "Updated", "Last modified on"). */
export const DATE_LABELS: readonly string[] = [
  "first published",
  "last updated",
  "last modified",
  "published",
  "updated",
  "posted",
  "modified",
  "created",
  "issued",
  "released",
  "date",
  "dated",
  "veröffentlicht",
  "publiziert",
  "aktualisiert",
  "publié le",
  "mis à jour le",
];

/** Time of day after a date in a dateline ("5:19 am", "at 10.23 BST", "14:05 GMT+3"). */
export const TIME_OF_DAY = String.raw`(?:\s*[,|·•–-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})\)?)?)?`;

/** A time of day before the date ("Updated 10:05 AM EST, December 2, 2025"). */
export const LEADING_TIME = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\d{1,2})?)?,?\s+(?:on\s+)?)?`;

export const DATELINE_PATTERNS: readonly DatelinePattern[] = [
  {
    kind: "dateline",
    pattern: String.raw`^(?:{label}(?:\s+on)?\s*[:|-]?\s*)?{leadingTime}(?:{weekday}\.?,?\s+)?(?<date>{date}){time}`,
    flags: "i",
    shape: "line",
    maxRest: 40,
  },
  {
    kind: "byline",
    pattern: String.raw`^by\s+[^|•·\n]{2,80}?(?:\s*[|•·,–—-]\s*|\s+)(?:{label}(?:\s+on)?\s*[:|-]?\s*)?{leadingTime}(?:{weekday}\.?,?\s+)?(?<date>{date}){time}`,
    flags: "i",
    shape: "line",
    maxRest: 30,
  },
  {
    // "Catharine Tunney · CBC News · Posted: Nov 30, 2024 7:12 AM EST": a byline without "By", its parts set
    // apart by dots or bars, ending on the date.
    kind: "byline",
    pattern: String.raw`^[^|•·\n]{2,60}?(?:\s*[|•·]\s*[^|•·\n]{2,60}?){0,2}\s*[|•·]\s*(?:{label}(?:\s+on)?\s*[:|-]?\s*)?{leadingTime}(?:{weekday}\.?,?\s+)?(?<date>{date}){time}`,
    flags: "i",
    shape: "line",
    maxRest: 20,
  },
  {
    // "KYODO NEWS - May 7, 2023 - 20:15": an outlet's masthead in capitals, then the date and a time.
    kind: "dateline",
    pattern: String.raw`^(?<wire>\p{Lu}[\p{Lu}\p{N}&'’.]*(?:\s+\p{Lu}[\p{Lu}\p{N}&'’.]*){0,4})\s+[-–—|]\s+(?:{weekday}\.?,?\s+)?(?<date>{date}){time}`,
    flags: "",
    shape: "line",
    maxRest: 20,
  },
  {
    // "Source: Xinhua | 2023-11-16 09:12:40 | Editor: …": a source line with the date and its time.
    kind: "dateline",
    pattern: String.raw`^source\s*:\s*(?<wire>[^|·•\n]{2,40}?)\s*[|·•]\s*(?:{weekday}\.?,?\s+)?(?<date>{date}){time}`,
    flags: "i",
    shape: "line",
    maxRest: 80,
  },
  {
    // "MOSCOW, April 25 (Reuters) -", "KYIV, Ukraine (AP) —", "BEIJING, Dec. 2 (Xinhua) --": an upper-case
    // place (or places filed from together: "VIENNA/DUBAI"), optionally a region and a date, then the agency in
    // brackets and a dash.
    kind: "dateline",
    pattern: String.raw`^\p{Lu}[\p{Lu}'’.]+(?:(?:[ -]|\s?/\s?)\p{Lu}[\p{Lu}'’.]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:,?\s*(?<date>{anyDate}))?\s*\((?<wire>[^()\n]{2,40})\)\s*(?:--|[-–—:])\s*`,
    flags: "",
    shape: "prefix",
    maxRest: Number.POSITIVE_INFINITY,
  },
  {
    // "MOSCOW, December 2. /TASS/." — the place, a date, and the agency between slashes.
    kind: "dateline",
    pattern: String.raw`^\p{Lu}[\p{Lu}'’.]+(?:[ -]\p{Lu}[\p{Lu}'’.]+){0,3},\s*(?<date>{anyDate})\.?\s*/(?<wire>[\p{L}-]{2,20})/\.?\s*`,
    flags: "",
    shape: "prefix",
    maxRest: Number.POSITIVE_INFINITY,
  },
  {
    // "Kyiv, 22 May 2022 (AFP) –", "Victoria Falls, Zimbabwe, 9 February 2023 (AFP) –": a capitalised place
    // (and its country), a date, and the agency in brackets.
    kind: "dateline",
    pattern: String.raw`^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2},\s*(?:\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2},\s*)?(?<date>{anyDate})\s*\((?<wire>[^()\n]{2,30})\)\s*(?:--|[-–—:])\s*`,
    flags: "",
    shape: "prefix",
    maxRest: Number.POSITIVE_INFINITY,
  },
  {
    // "ASTANA. December 22. KAZINFORM –", "BEIJING, Nov. 10 Kyodo -": an upper-case place, a date, then the
    // agency's name without brackets and a dash.
    kind: "dateline",
    pattern: String.raw`^\p{Lu}[\p{Lu}'’.]+(?:[ -]\p{Lu}[\p{Lu}'’.]+){0,3}[.,]\s*(?<date>{anyDate})\.?\s+(?<wire>\p{Lu}[\p{L}]{2,15})\s*(?:--|[-–—])\s+`,
    flags: "",
    shape: "prefix",
    maxRest: Number.POSITIVE_INFINITY,
  },
  {
    // "Berlin (dpa) -", "Zürich (sda) –": a capitalised place and the agency in brackets.
    kind: "dateline",
    pattern: String.raw`^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}\s*\((?<wire>[^()\n]{2,30})\)\s*(?:--|[-–—:])\s*`,
    flags: "",
    shape: "prefix",
    maxRest: Number.POSITIVE_INFINITY,
  },
];
