import type { BlockKind } from "../../schema/document.js";

/**
 * Generic rules that say what a block of any article is, as data: the first rule whose pattern matches
 * a block decides its kind. Patterns are regular-expression sources tested on the block's text.
 */
export interface BlockRule {
  readonly kind: BlockKind;
  readonly pattern: string;
  /** Regular-expression flags; `u` is always added. Default `i`. */
  readonly flags?: string;
  /** `rest`: the block and the link list after it (stopped by the first block that reads like body text). */
  readonly extent?: "block" | "rest";
  /** Only blocks up to this many characters (a caption marker inside a long paragraph is not a caption). */
  readonly maxLength?: number;
  /** For patterns anchored at the end: test only this many characters from the end (keeps matching linear). */
  readonly tail?: number;
  /** Lower-case strings of which the (tested part of the) block must hold one before the pattern is tried. */
  readonly requires?: readonly string[];
}

/** Ends of lists of links: everything after these headers is a list of other stories. */
const LINK_LIST_HEADERS = [
  "explore",
  "explore more",
  "explore more on (?:these|this) topics?",
  "more on (?:these|this) topics?",
  "more stories",
  "more news",
  "more on this topic",
  "more on this story",
  "read next",
  "up next",
  "what to read next",
  "most read",
  "most popular",
  "most viewed",
  "you may also like",
  "you might also like",
  "you may be interested in",
  "related stories",
  "related articles",
  "related coverage",
  "related content",
  "related news",
  "related topics",
  "recommended stories",
  "recommended articles",
  "recommended for you",
  "latest stories",
  "latest news",
  "top stories",
  "trending",
  "trending now",
  "editor's picks",
  "editors' picks",
  "more from [\\p{L}0-9 '’&-]{2,40}",
  "more in [\\p{L}0-9 '’&-]{2,40}",
  "more about [\\p{L}0-9 '’&-]{2,40}",
  "other stories",
  "in other news",
  "keep reading",
  "also in the news",
];

export const BLOCK_RULES: readonly BlockRule[] = [
  // Metadata lines.
  { kind: "metadata", pattern: "^[^\\p{L}\\p{N}]+$" },
  { kind: "metadata", pattern: String.raw`^date\s+\d{4}-\d{2}-\d{2}\b`, maxLength: 40 },
  {
    kind: "metadata",
    pattern: String.raw`^(?:original|source|canonical|article)?\s*(?:url|link)\s*:`,
    maxLength: 400,
  },
  { kind: "metadata", pattern: String.raw`^(?:<)?https?://\S+(?:>)?$` },
  {
    kind: "metadata",
    pattern: String.raw`^(?:reading time:?\s*)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read(?:ing)?(?:\s+time)?)?$`,
  },
  {
    kind: "metadata",
    pattern: String.raw`^(?:reading time|read time|estimated reading time)\b`,
    maxLength: 60,
  },
  {
    kind: "metadata",
    pattern: String.raw`^(?:tags|topics|keywords|filed under|categories|category|section)\s*:`,
    maxLength: 300,
  },
  {
    kind: "metadata",
    pattern: String.raw`^(?:listen to (?:this )?(?:article|story)|audio version|listen)\b.{0,40}$`,
    maxLength: 60,
  },
  {
    kind: "metadata",
    pattern:
      "^(?:advertisement|advert|sponsored|sponsored content|ad|scroll to continue(?: reading)?|story continues below(?: advertisement)?|continue reading(?: below)?)$",
  },
  {
    kind: "metadata",
    pattern:
      "^(?:skip to (?:main )?content|loading\\.*|opens new tab|purchase licensing rights(?:, opens new tab)?|our standards:.*|add (?:us )?as a preferred source.*|save articles to read later.*|report an error|get alerts|text size|font size|reuse this content|comments|most viewed|print this page)$",
  },
  // Related-story links (a Markdown heading or bold line too: "**Related stories**", "## Read more").
  {
    kind: "related",
    pattern: `^(?:#{1,6}\\s*)?(?:[*_]{1,2})?(?:${LINK_LIST_HEADERS.join("|")})\\s*:?\\s*(?:[*_]{1,2})?\\s*:?$`,
    extent: "rest",
  },
  {
    kind: "related",
    pattern: String.raw`^(?:Related|RELATED)(?:\s*(?:article|articles|stories|story|content|news|coverage|reading|links|posts|video|topics|ARTICLE|STORY|STORIES))?\s*(?::|$|(?=\p{Lu}))`,
    flags: "",
    maxLength: 300,
  },
  {
    kind: "related",
    pattern: String.raw`^(?:recommended|read (?:also|more|next|the latest)|see also|also read|also see|must read|more on this|more:|further reading|watch:|video:|listen:|opinion:|analysis:|explainer:|live:|latest:)(?:\s*:|\s*$|\s+\S)`,
    maxLength: 250,
  },
  // Share and sign-up lines.
  {
    kind: "share",
    pattern: String.raw`^(?:share|share this(?: article| story| page| post)?|share on [\p{L} ]+|tweet|email|e-mail|print|copy link|link copied|copied|save|save article|bookmark|gift article|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|comments?|\d+\s+comments?|leave a comment|show comments|view comments|read more|show more|load more|click here(?: to [\p{L} ]+)?)$`,
  },
  {
    kind: "share",
    pattern: String.raw`^(?:sign up|subscribe|follow (?:us|[\p{L}.@ ]{2,40} on)|join (?:us|our)|get (?:our|the) [\p{L} ]{0,30}(?:newsletter|app|alerts)|download (?:our|the) app|support (?:our|independent) journalism|become a (?:member|subscriber)|newsletter|sign in to|log in to|already a subscriber|we (?:use|value your) (?:cookies|privacy)|this (?:article|story|content) is (?:available|for subscribers))\b`,
    maxLength: 300,
  },
  // Photo captions and credits.
  { kind: "caption", pattern: String.raw`^!\[[^\]]*\]\([^)]*\)$`, maxLength: 2000 },
  {
    kind: "caption",
    pattern: "^(?:image|video|media|photo) (?:caption|source|credit)s?\\s*[,:]",
    maxLength: 600,
  },
  { kind: "caption", pattern: "^FILE(?: PHOTO)?\\s*[-–—:]\\s", flags: "", maxLength: 600 },
  {
    kind: "caption",
    pattern: String.raw`\[(?:FILE|PHOTO|FILE PHOTO|ARCHIVE|IMAGE|VIDEO)\]`,
    maxLength: 600,
    requires: ["["],
  },
  {
    kind: "caption",
    pattern: String.raw`(?:^|[\s.(])(?:photo|photos|image|images|picture|photograph|foto|bild|illustration|graphic|video|credit|photo credit|source of photo)\s*(?:by)?\s*:\s*[^.!?]{1,80}[.)]?$`,
    maxLength: 600,
    tail: 160,
    requires: [":"],
  },
  {
    kind: "caption",
    pattern: String.raw`^(?:photo|image|picture|file photo|caption|illustration)\s*:`,
    maxLength: 600,
  },
  {
    kind: "caption",
    pattern: String.raw`(?:getty images|shutterstock|alamy|keystone|epa-efe|\bepa\b|\bsipa\b|anadolu via getty|via reuters|via getty|pool photo|pool via|file photo|handout|\(pool\)|/pool\b|/handout\b|©\s*\p{L})[^.!?]{0,80}[.)]?$`,
    maxLength: 600,
    tail: 160,
    requires: [
      "getty",
      "shutterstock",
      "alamy",
      "keystone",
      "epa-",
      "epa/",
      "/epa",
      " epa",
      "sipa",
      "via reuters",
      "pool",
      "file photo",
      "handout",
      "©",
    ],
  },
  {
    // "… Ludovic Marin / AP / TASS", "… [FILE]. / Reuters": a photographer or caption ending in agency credits.
    kind: "caption",
    pattern: String.raw`(?:\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\])\s*\.?\s*/\s*\p{Lu}[\p{L}.-]*(?:\s*/\s*\p{Lu}[\p{L}.-]*)*\.?$`,
    flags: "",
    maxLength: 600,
    tail: 160,
    requires: ["/"],
  },
  {
    // "REUTERS/Evgenia Novozhenina", "AFP/Natalia Kolesnikova": agency then photographer.
    kind: "caption",
    pattern: String.raw`\b(?:REUTERS|AFP|AP|EPA|SPUTNIK|TASS|XINHUA|ANADOLU|KEYSTONE|DPA)\s?/\s?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s*/\s*[\p{L} ]+)?\.?$`,
    flags: "",
    maxLength: 600,
    tail: 160,
    requires: ["/"],
  },
  {
    // "(L)", "(R)" mark people in a photo; one "(R)" alone may be a party label, so it takes two or a word.
    kind: "caption",
    pattern: String.raw`\((?:left|right|centre|center|2nd (?:left|right|L|R)|second (?:left|right)|front|back|top|bottom)\)|\([LRC]\).*\([LRC]\)`,
    flags: "",
    maxLength: 400,
    requires: ["("],
  },
  // Bylines.
  {
    kind: "byline",
    pattern: String.raw`^(?:by|written by|words by|story by|text by|author:|authors:|von)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|van|von|de|der|al|bin|el|and|&|,))*(?:\s*[,|–—-]\s*[\p{L} ]{2,40})?$`,
    flags: "",
    maxLength: 160,
  },
  { kind: "byline", pattern: String.raw`^(?:BY|By)\s+\p{Lu}[^.!?]*$`, flags: "", maxLength: 80 },
  // "*Sinisa Marusic, Skopje, and Ioannis Katsaros, Athens*": an emphasised line of capitalised names and places only.
  {
    kind: "byline",
    pattern: String.raw`^([*_]{1,2})\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*(?:,?\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*)?\1$`,
    flags: "",
    maxLength: 140,
  },
  // Credit lines.
  {
    kind: "credit",
    pattern: String.raw`^(?:source|sources|quelle|with|agencies)\s*:\s*\S.{0,80}$`,
    maxLength: 100,
  },
  {
    kind: "credit",
    pattern: String.raw`^\(?(?:additional reporting|reporting|writing|editing|compiled|research|translated|with reporting|graphics) (?:by|from)\b`,
    maxLength: 400,
  },
  {
    kind: "credit",
    pattern: String.raw`contributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$`,
    maxLength: 250,
  },
  {
    kind: "credit",
    pattern: String.raw`^\(?(?:with|from) (?:files from|agencies|agency reports|wire services|afp|reuters|ap)\b.{0,60}$`,
    maxLength: 100,
  },
  { kind: "credit", pattern: String.raw`^(?:©|\(c\)\s|copyright\b)`, maxLength: 200 },
  { kind: "credit", pattern: String.raw`^all rights reserved\b`, maxLength: 200 },
];

/**
 * Pieces split off the start of a block (before kinds are decided): the `date 2025-12-02` prefix some
 * exports put in front of the first paragraph.
 */
export const LEADING_FRAGMENTS: readonly { kind: BlockKind; pattern: string }[] = [
  { kind: "metadata", pattern: String.raw`^date\s+\d{4}-\d{2}-\d{2}(?=\s|$)` },
];

/**
 * Agency credits at the end of a paragraph, split off as credit blocks: "… at every meeting. (sda/dpa/con)",
 * "… on Monday. — Reuters". The group `list` must name at least one known agency.
 */
export const TRAILING_CREDITS: readonly string[] = [
  String.raw`(?<=[.!?"”’)\]]\s*|^)\(\s*(?<list>[\p{L}-]{1,30}(?:\s*[/,]\s*[\p{L}-]{1,30})*)\s*\)$`,
  String.raw`(?<=[.!?"”’]\s*)[–—-]{1,2}\s*(?<list>[\p{L}. -]{2,40}?)$`,
];

/**
 * Whole-block agency credits and where the agency list is: "SOURCE:AFP", "(AP)", "/ AFP", "— Reuters",
 * "© 2025 The Associated Press", "Reuters contributed to this report".
 */
export const CREDIT_FORMS: readonly { readonly pattern: string; readonly requires?: string }[] = [
  { pattern: String.raw`^(?:source|sources|quelle|agencies|with)\s*:\s*(?<list>.{1,80})$`, requires: ":" },
  { pattern: String.raw`^\(\s*(?<list>[\p{L}-]{1,30}(?:\s*[/,]\s*[\p{L}-]{1,30})*)\s*\)$`, requires: "(" },
  { pattern: String.raw`^[/–—-]{1,2}\s*(?<list>[\p{L} .-]{2,40})$` },
  {
    pattern: String.raw`^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?<list>[\p{L} .-]{2,40}?)(?:[.,]|\s+all rights reserved|$)`,
  },
  {
    pattern: String.raw`^\(?(?:with (?:files from|reporting from|reporting by)?|additional reporting (?:by|from))\s*(?<list>[\p{L} ,/&.-]{2,60}?)\)?\.?$`,
  },
  {
    pattern: String.raw`^(?<list>[\p{L} ,&.-]{2,60}?) contributed (?:to )?(?:this|the) (?:report|story|article)\.?$`,
    requires: "contributed",
  },
];

/** Short lines that are not headlines however they look: section labels like "WORLD" are headings. */
export const MIN_HEADLINE_WORDS = 3;
