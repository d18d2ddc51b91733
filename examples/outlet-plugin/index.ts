/**
 * An example third-party plugin for corroborate: an outlet profile for a (fictional) regional paper and a
 * claim extractor for a phrasing the built-in tables may not know — "X paid a courtesy call on Y".
 * It imports only from the package's public entry point.
 */
import {
  type ClaimExtractor,
  type Corroborator,
  createCorroborator,
  defineExtractor,
  defineOutlet,
  type OutletProfile,
} from "corroborate";

/** The Lakeside Courier: a masthead line, "Courier Reporter" bylines, and a "More from the Courier" link list. */
export const lakesideCourier: OutletProfile = defineOutlet({
  id: "lakeside-courier",
  name: "The Lakeside Courier",
  validFrom: "2020-01-01",
  match: {
    domains: ["lakesidecourier.example"],
    // The masthead opens the page; `(?:^|\n)` anchors it to the start of a line.
    markers: [String.raw`(?:^|\n)THE LAKESIDE COURIER\s*[|—-]`],
  },
  timezone: "Africa/Nairobi",
  boilerplate: [
    { kind: "byline", pattern: "^By Courier (?:Reporter|Correspondent)s?$" },
    { kind: "related", pattern: "^More from the Courier$", extent: "rest" },
  ],
  // Only articles of this outlet run the extractor below.
  extractors: ["courtesy-call"],
});

const TITLE = String.raw`(?:President|Prime Minister|Deputy President|Governor|Minister|Speaker|Chief Justice|King|Queen|Mr\.?|Ms\.?|Dr\.?)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}`;

/** "Ambassador Jane Doe paid a courtesy call on President John Roe at State House on Monday". */
export const courtesyCall: ClaimExtractor = defineExtractor({
  meta: {
    id: "courtesy-call",
    description: "“X paid a courtesy call on Y [at/in PLACE] [on DAY]” is a meeting of X and Y",
    claimTypes: ["meeting"],
  },
  pattern: new RegExp(
    String.raw`(?<visitor>${NAME}) (?:paid|pays|will pay) a courtesy call on (?:${TITLE}\s)?(?<host>${NAME})(?: (?:at|in) (?<place>(?:the )?${NAME}))?(?: on (?<day>\p{Lu}\p{Ll}+day))?`,
    "u",
  ),
  extract(match) {
    const groups = match.groups ?? {};
    if (!groups.visitor || !groups.host) return null;
    return {
      type: "meeting",
      participants: [groups.visitor, groups.host],
      modality: match[0].includes("will pay") ? "planned" : "occurred",
      ...(groups.place ? { location: groups.place.replace(/^the /, "") } : {}),
      ...(groups.day ? { dateText: groups.day } : {}),
      confidence: 0.8,
    };
  },
});

/**
 * A corroborator with the built-in profiles plus this plugin's outlet and extractor.
 *
 * @example
 * const report = withLakesideCourier().report([{ id: "a", text }]);
 */
export function withLakesideCourier(base: Corroborator = createCorroborator()): Corroborator {
  return base.withExtractors(courtesyCall).withOutlets(lakesideCourier);
}
