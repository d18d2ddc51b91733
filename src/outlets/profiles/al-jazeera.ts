import type { OutletProfileInput } from "../../schema/outlet.js";

/** Al Jazeera English: "Published On 6 Aug 2025", "list 1 of 4 … end of list" link boxes. */
export const alJazeera = {
  id: "al-jazeera",
  name: "Al Jazeera",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["aljazeera.com", "aljazeera.net"],
    markers: [
      /(?:^|\n)Published On \d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}/u,
      /(?:^|\n)Save articles to read later/u,
    ],
  },
  timezone: "Asia/Qatar",
  wire: [],
  dateline: [String.raw`^(?:Published|Updated) On (?<date>\d{1,2} {month} \d{4})$`],
  boilerplate: [
    { kind: "related", pattern: String.raw`^(?:list \d+ of \d+|end of list|Recommended Stories)$` },
    {
      kind: "share",
      pattern: String.raw`^(?:Save articles to read later and create your own reading list\.?|Click here to share on social media|Save|share2?)$`,
    },
    { kind: "related", pattern: "^(?:Keep reading|Listen to these stories)$", extent: "rest" },
    { kind: "credit", pattern: String.raw`^Source:\s*Al Jazeera(?: and news agencies)?$` },
  ],
} satisfies OutletProfileInput;
